import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { invalid, isPlainObject } from '../internal/validate';
import { checkNesting } from '../limits';
import { RESIZE_SCHEDULE_KEYS, resizeSchedule } from '../resize/resize-schedule';
import { CONSTANT_KEYS, constantSchedule } from './constant';
import { COSINE_KEYS, cosineSchedule } from './cosine';
import { EXPONENTIAL_KEYS, exponentialSchedule } from './exponential';
import {
  hfConstant,
  hfConstantWithWarmup,
  hfCosine,
  hfCosineWarmupWithMinLr,
  hfCosineWithMinLr,
  hfCosineWithRestarts,
  hfInverseSqrt,
  hfLinear,
  hfPolynomial,
  hfWarmupStableDecay,
} from './huggingface';
import { INVERSE_SQRT_KEYS, inverseSqrtSchedule } from './inverse-sqrt';
import { INVERSE_TIME_KEYS, inverseTimeSchedule } from './inverse-time';
import { JOIN_KEYS, joinSchedules } from './join';
import {
  kerasCosineDecay,
  kerasCosineDecayRestarts,
  kerasExponentialDecay,
  kerasInverseTimeDecay,
  kerasPiecewiseConstantDecay,
  kerasPolynomialDecay,
} from './keras';
import { LINEAR_KEYS, linearSchedule } from './linear';
import { megatronSchedule, megatronWeightDecaySchedule } from './megatron';
import { NOISE_KEYS, noiseSchedule } from './noise';
import { optaxCosineOnecycleSchedule, optaxLinearOnecycleSchedule } from './optax';
import { PIECEWISE_CONSTANT_KEYS, piecewiseConstantSchedule } from './piecewise-constant';
import {
  PIECEWISE_INTERPOLATED_KEYS,
  piecewiseInterpolatedSchedule,
} from './piecewise-interpolated';
import { POLYNOMIAL_KEYS, polynomialSchedule } from './polynomial';
import { RESTARTS_KEYS, restartsSchedule } from './restarts';
import { SCALE_KEYS, scaleSchedule } from './scale';
import type { Schedule } from './schedule';
import { timmCosine, timmPoly, timmTanh } from './timm';
import { torchtitanSchedule } from './torchtitan';
import { WARMUP_KEYS, warmupSchedule } from './warmup';

interface ScheduleType {
  /** Allowed fields; null: the builder checks its own (the library presets). */
  keys: readonly string[] | null;
  /** Fields holding one nested schedule spec, or a list of them. */
  nested?: Readonly<Record<string, 'one' | 'many'>>;
  // biome-ignore lint/suspicious/noExplicitAny: each builder validates its own options.
  build: (options: any) => Schedule;
}

const TYPES: Readonly<Record<string, ScheduleType>> = {
  constant: { keys: CONSTANT_KEYS, build: constantSchedule },
  linear: { keys: LINEAR_KEYS, build: linearSchedule },
  cosine: { keys: COSINE_KEYS, build: cosineSchedule },
  exponential: { keys: EXPONENTIAL_KEYS, build: exponentialSchedule },
  polynomial: { keys: POLYNOMIAL_KEYS, build: polynomialSchedule },
  'piecewise-constant': { keys: PIECEWISE_CONSTANT_KEYS, build: piecewiseConstantSchedule },
  'piecewise-interpolated': {
    keys: PIECEWISE_INTERPOLATED_KEYS,
    build: piecewiseInterpolatedSchedule,
  },
  'inverse-sqrt': { keys: INVERSE_SQRT_KEYS, build: inverseSqrtSchedule },
  'inverse-time': { keys: INVERSE_TIME_KEYS, build: inverseTimeSchedule },
  warmup: { keys: WARMUP_KEYS, nested: { schedule: 'one' }, build: warmupSchedule },
  join: { keys: JOIN_KEYS, nested: { schedules: 'many' }, build: joinSchedules },
  restarts: { keys: RESTARTS_KEYS, build: restartsSchedule },
  noise: { keys: NOISE_KEYS, nested: { schedule: 'one' }, build: noiseSchedule },
  scale: { keys: SCALE_KEYS, nested: { schedule: 'one' }, build: scaleSchedule },
  resize: { keys: RESIZE_SCHEDULE_KEYS, nested: { schedule: 'one' }, build: resizeSchedule },
  'hf-constant': { keys: null, build: hfConstant },
  'hf-constant-with-warmup': { keys: null, build: hfConstantWithWarmup },
  'hf-linear': { keys: null, build: hfLinear },
  'hf-cosine': { keys: null, build: hfCosine },
  'hf-cosine-with-restarts': { keys: null, build: hfCosineWithRestarts },
  'hf-polynomial': { keys: null, build: hfPolynomial },
  'hf-inverse-sqrt': { keys: null, build: hfInverseSqrt },
  'hf-cosine-with-min-lr': { keys: null, build: hfCosineWithMinLr },
  'hf-cosine-warmup-with-min-lr': { keys: null, build: hfCosineWarmupWithMinLr },
  'hf-warmup-stable-decay': { keys: null, build: hfWarmupStableDecay },
  'timm-cosine': { keys: null, build: timmCosine },
  'timm-poly': { keys: null, build: timmPoly },
  'timm-tanh': { keys: null, build: timmTanh },
  'keras-exponential-decay': { keys: null, build: kerasExponentialDecay },
  'keras-piecewise-constant-decay': { keys: null, build: kerasPiecewiseConstantDecay },
  'keras-polynomial-decay': { keys: null, build: kerasPolynomialDecay },
  'keras-inverse-time-decay': { keys: null, build: kerasInverseTimeDecay },
  'keras-cosine-decay': { keys: null, build: kerasCosineDecay },
  'keras-cosine-decay-restarts': { keys: null, build: kerasCosineDecayRestarts },
  'optax-linear-onecycle': { keys: null, build: optaxLinearOnecycleSchedule },
  'optax-cosine-onecycle': { keys: null, build: optaxCosineOnecycleSchedule },
  megatron: { keys: null, build: megatronSchedule },
  'megatron-weight-decay': { keys: null, build: megatronWeightDecaySchedule },
  torchtitan: { keys: null, build: torchtitanSchedule },
};

/** Every spec `type` that {@link scheduleFromSpec} rebuilds, sorted. */
export function scheduleTypes(): string[] {
  return Object.keys(TYPES).sort();
}

/** True when `type` is a closed-form schedule type (as opposed to a stateful scheduler name). */
export function isScheduleType(type: unknown): boolean {
  return typeof type === 'string' && Object.hasOwn(TYPES, type);
}

function join(path: string, field: string): string {
  if (path === '') return field;
  return field.startsWith('[') ? `${path}${field}` : `${path}.${field}`;
}

/** Rejects functions anywhere in a spec: a spec is data, and never runs code. */
function rejectFunctions(value: unknown, path: string): void {
  if (typeof value === 'function') {
    invalid(
      path || 'spec',
      value,
      'is a function, but a spec is JSON data only (functions are not serializable)',
    );
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      rejectFunctions(v, join(path, `[${i}]`));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) rejectFunctions(v, join(path, k));
  }
}

/** Re-throws a builder's error with the path into the spec in front of the parameter. */
function withPath(error: unknown, path: string): unknown {
  if (path === '' || !InvalidArgumentError.isInstance(error)) return error;
  const parameter = error.parameter === 'options' ? path : join(path, error.parameter);
  return new InvalidArgumentError({
    parameter,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
}

function nestedOptions(
  spec: Record<string, unknown>,
  nested: Readonly<Record<string, 'one' | 'many'>>,
  path: string,
): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(nested)) {
    const value = spec[field];
    const at = join(path, field);
    if (kind === 'one') {
      if (!isPlainObject(value)) invalid(at, value, 'must be a nested schedule spec { type, ... }');
      options[field] = scheduleFromSpec(value, at);
    } else {
      if (!Array.isArray(value)) invalid(at, value, 'must be an array of schedule specs');
      options[field] = value.map((v, i) => scheduleFromSpec(v, join(at, `[${i}]`)));
    }
  }
  return options;
}

/**
 * Rebuilds a closed-form schedule from its JSON spec (`schedule.spec`), exactly: the rebuilt
 * schedule has the same spec and the same value at every step. Rejects unknown types (listing
 * the valid ones), unknown, missing or wrong-typed fields and functions, with an
 * InvalidArgumentError whose parameter is the path into the spec, prefixed by `path`
 * (e.g. `schedules[1].warmupSteps`). A top-level `version: 1` is accepted.
 */
export function scheduleFromSpec(spec: unknown, path = ''): Schedule {
  if (path === '') checkNesting(spec, 'spec');
  rejectFunctions(spec, path);
  if (!isPlainObject(spec)) {
    invalid(path || 'spec', spec, 'must be a schedule spec object { type, ...fields }');
  }
  const { type } = spec;
  if (typeof type !== 'string' || !Object.hasOwn(TYPES, type)) {
    invalid(join(path, 'type'), type, `must be one of ${scheduleTypes().join(', ')}`);
  }
  const definition = TYPES[type]!;
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'type') continue;
    if (key === 'version' && path === '') {
      if (value !== 1) invalid('version', value, 'must be 1');
      continue;
    }
    // '__proto__' (an own key of parsed JSON) would set the options' prototype, not a field.
    if (key === '__proto__' || (definition.keys && !definition.keys.includes(key))) {
      invalid(
        join(path, key),
        value,
        `is not a field of the '${type}' schedule${definition.keys ? `; valid fields are ${definition.keys.join(', ')}` : ''}`,
      );
    }
    options[key] = value;
  }
  Object.assign(options, nestedOptions(spec, definition.nested ?? {}, path));
  try {
    return definition.build(options);
  } catch (error) {
    throw withPath(error, path);
  }
}
