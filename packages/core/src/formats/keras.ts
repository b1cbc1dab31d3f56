import type { JsonValue } from '../internal/state';
import { invalid, isPlainObject } from '../internal/validate';
import {
  kerasCosineDecay,
  kerasCosineDecayRestarts,
  kerasExponentialDecay,
  kerasInverseTimeDecay,
  kerasPiecewiseConstantDecay,
  kerasPolynomialDecay,
} from '../schedules/keras';
import type { Schedule, ScheduleSpec } from '../schedules/schedule';
import { inLibraryTerms } from './snake-args';

/**
 * A Keras learning-rate schedule as `keras.optimizers.schedules.serialize` writes it: Keras 3
 * adds `module` and `registered_name`, tf.keras (Keras 2) writes `class_name` and `config` only.
 */
export interface KerasScheduleConfig {
  class_name: string;
  config: Record<string, JsonValue>;
  module?: string;
  registered_name?: string | null;
}

interface KerasClass {
  /** The lrkit spec type of the preset. */
  type: string;
  /** Keras config key → preset option; `name` is Keras' own and has no lrkit counterpart. */
  names: Readonly<Record<string, string>>;
  /** Keras' default `name` of the class. */
  defaultName: string;
  build(options: Record<string, unknown>): Schedule;
}

const CLASSES: Readonly<Record<string, KerasClass>> = {
  ExponentialDecay: {
    type: 'keras-exponential-decay',
    names: {
      initial_learning_rate: 'initialLearningRate',
      decay_steps: 'decaySteps',
      decay_rate: 'decayRate',
      staircase: 'staircase',
    },
    defaultName: 'ExponentialDecay',
    build: (o) => kerasExponentialDecay(o as never),
  },
  PiecewiseConstantDecay: {
    type: 'keras-piecewise-constant-decay',
    names: { boundaries: 'boundaries', values: 'values' },
    defaultName: 'PiecewiseConstant',
    build: (o) => kerasPiecewiseConstantDecay(o as never),
  },
  PolynomialDecay: {
    type: 'keras-polynomial-decay',
    names: {
      initial_learning_rate: 'initialLearningRate',
      decay_steps: 'decaySteps',
      end_learning_rate: 'endLearningRate',
      power: 'power',
      cycle: 'cycle',
    },
    defaultName: 'PolynomialDecay',
    build: (o) => kerasPolynomialDecay(o as never),
  },
  InverseTimeDecay: {
    type: 'keras-inverse-time-decay',
    names: {
      initial_learning_rate: 'initialLearningRate',
      decay_steps: 'decaySteps',
      decay_rate: 'decayRate',
      staircase: 'staircase',
    },
    defaultName: 'InverseTimeDecay',
    build: (o) => kerasInverseTimeDecay(o as never),
  },
  CosineDecay: {
    type: 'keras-cosine-decay',
    names: {
      initial_learning_rate: 'initialLearningRate',
      decay_steps: 'decaySteps',
      alpha: 'alpha',
      warmup_target: 'warmupTarget',
      warmup_steps: 'warmupSteps',
    },
    defaultName: 'CosineDecay',
    build: (o) => kerasCosineDecay(o as never),
  },
  CosineDecayRestarts: {
    type: 'keras-cosine-decay-restarts',
    names: {
      initial_learning_rate: 'initialLearningRate',
      first_decay_steps: 'firstDecaySteps',
      t_mul: 'tMul',
      m_mul: 'mMul',
      alpha: 'alpha',
    },
    defaultName: 'SGDRDecay',
    build: (o) => kerasCosineDecayRestarts(o as never),
  },
};

/** The Keras schedule classes `fromKeras` reads and `toKeras` writes. */
export const kerasScheduleNames: readonly string[] = Object.keys(CLASSES);

const MODULE = 'keras.optimizers.schedules';

function checkEnvelope(json: unknown): { entry: KerasClass; config: Record<string, unknown> } {
  if (!isPlainObject(json)) {
    invalid(
      'json',
      json,
      'must be an object { class_name, config } (keras.optimizers.schedules.serialize)',
    );
  }
  for (const key of Object.keys(json)) {
    if (!['class_name', 'config', 'module', 'registered_name'].includes(key)) {
      invalid(
        key,
        json[key],
        'is not a key of a serialized Keras schedule (class_name, config, module, registered_name)',
      );
    }
  }
  const name = json.class_name;
  const entry =
    typeof name === 'string' && Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
  if (!entry) invalid('class_name', name, `must be one of ${kerasScheduleNames.join(', ')}`);
  if (json.module !== undefined && json.module !== MODULE) {
    invalid('module', json.module, `must be '${MODULE}' (a custom schedule cannot be read)`);
  }
  const registered = json.registered_name;
  if (registered !== undefined && registered !== null && registered !== name) {
    invalid(
      'registered_name',
      registered,
      'must be null (a registered custom schedule cannot be read)',
    );
  }
  if (!isPlainObject(json.config)) invalid('config', json.config, 'must be an object');
  return { entry, config: json.config };
}

/**
 * Reads a Keras learning-rate schedule serialized by `keras.optimizers.schedules.serialize`
 * (or `schedule.get_config()` under `class_name`) into lrkit's closed-form preset with the same
 * values: absolute lrs as a function of the optimizer's step (drive an optimizer with
 * `new ScheduleLR(optimizer, { schedule, scale: 'absolute' })`). `name` is accepted and dropped.
 */
export function fromKeras(json: KerasScheduleConfig): Schedule {
  const { entry, config } = checkEnvelope(json);
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'name') {
      if (value !== null && typeof value !== 'string')
        invalid('config.name', value, 'must be a string');
      continue;
    }
    const option = Object.hasOwn(entry.names, key) ? entry.names[key] : undefined;
    if (option === undefined) {
      invalid(
        `config.${key}`,
        value,
        `is not an argument of ${json.class_name}; valid ones are ${Object.keys(entry.names).join(', ')}, name`,
      );
    }
    // Python's None is the default (CosineDecay's warmup_target).
    if (value !== null) options[option] = value;
  }
  try {
    return entry.build(options);
  } catch (error) {
    const prefixed = Object.fromEntries(
      Object.entries(entry.names).map(([k, v]) => [`config.${k}`, v]),
    );
    throw inLibraryTerms(error, prefixed);
  }
}

/**
 * Writes a Keras preset (spec type `keras-*`, built by `kerasCosineDecay` and friends or read by
 * `fromKeras`) as `keras.optimizers.schedules.serialize` writes it (Keras 3's form, every field
 * of get_config() with Keras' default `name`). Any other schedule has no Keras counterpart and
 * is refused with an InvalidArgumentError naming `spec.type`.
 */
export function toKeras(source: Schedule | ScheduleSpec): KerasScheduleConfig {
  const spec =
    isPlainObject(source) && typeof source.type === 'string' ? source : (source as Schedule)?.spec;
  if (!isPlainObject(spec) || typeof spec.type !== 'string') {
    return invalid('spec', source, 'must be a Schedule or a schedule spec { type, ... }');
  }
  const className = kerasScheduleNames.find((n) => CLASSES[n]!.type === spec.type);
  if (className === undefined) {
    return invalid(
      'spec.type',
      spec.type,
      `has no Keras LearningRateSchedule counterpart; representable types are ${kerasScheduleNames.map((n) => CLASSES[n]!.type).join(', ')}`,
    );
  }
  const entry = CLASSES[className]!;
  // Rebuilding validates the spec and fills in the defaults, as Keras' get_config() lists them.
  const options: Record<string, unknown> = { ...spec };
  delete options.type;
  const full = entry.build(options).spec;
  const config: Record<string, JsonValue> = {};
  for (const [key, option] of Object.entries(entry.names)) config[key] = full[option] ?? null;
  config.name = entry.defaultName;
  return { module: MODULE, class_name: className, config, registered_name: null };
}
