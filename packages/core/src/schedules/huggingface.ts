import {
  invalid,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

// HuggingFace transformers' `get_scheduler` schedules (src/transformers/optimization.py). Each
// returns a MULTIPLIER of the base lr, as transformers' LambdaLR does: drive an optimizer with
// `new ScheduleLR(optimizer, { schedule, scale: 'multiplier' })` to get transformers' lrs.

/** HF's warmup: step / max(1, numWarmupSteps), used by most presets. */
function hfWarmup(t: number, warmup: number): number {
  return t / Math.max(1, warmup);
}

/** Options of {@link hfConstantWithWarmup}. */
export interface HfConstantWithWarmupOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
}

/**
 * transformers `get_constant_schedule`: the multiplier 1 at every step. Spec type `'hf-constant'`.
 */
export function hfConstant(options: Record<string, never> = {}): Schedule {
  checkOptions('hf-constant', options, []);
  return makeSchedule({ type: 'hf-constant' }, () => 1);
}

/**
 * transformers `get_constant_schedule_with_warmup`: t / W during warmup, then 1.
 * Spec type `'hf-constant-with-warmup'`.
 */
export function hfConstantWithWarmup(options: HfConstantWithWarmupOptions): Schedule {
  checkOptions('hf-constant-with-warmup', options, ['numWarmupSteps']);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  return makeSchedule({ type: 'hf-constant-with-warmup', numWarmupSteps }, (t) =>
    t < numWarmupSteps ? hfWarmup(t, numWarmupSteps) : 1,
  );
}

/** Options of {@link hfLinear}. */
export interface HfLinearOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Total training steps (transformers' num_training_steps). */
  numTrainingSteps: number;
}

/**
 * transformers `get_linear_schedule_with_warmup`: 0 → 1 over the warmup, then linearly to 0 at
 * numTrainingSteps, clamped at 0. Spec type `'hf-linear'`.
 */
export function hfLinear(options: HfLinearOptions): Schedule {
  checkOptions('hf-linear', options, ['numWarmupSteps', 'numTrainingSteps']);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  return makeSchedule({ type: 'hf-linear', numWarmupSteps, numTrainingSteps }, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    return Math.max(0, (numTrainingSteps - t) / Math.max(1, numTrainingSteps - numWarmupSteps));
  });
}

/** Options of {@link hfCosine}. */
export interface HfCosineOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Total training steps (transformers' num_training_steps). */
  numTrainingSteps: number;
  /** Waves of the cosine; 0.5 (default) is a single half cosine down to 0. */
  numCycles?: number;
}

function hfProgress(t: number, warmup: number, training: number): number {
  return (t - warmup) / Math.max(1, training - warmup);
}

/**
 * transformers `get_cosine_schedule_with_warmup`: linear warmup, then
 * max(0, ½ (1 + cos(2π · numCycles · progress))). As in transformers, the cosine is not clamped
 * past numTrainingSteps (with numCycles 0.5 it rises again). Spec type `'hf-cosine'`.
 */
export function hfCosine(options: HfCosineOptions): Schedule {
  checkOptions('hf-cosine', options, ['numWarmupSteps', 'numTrainingSteps', 'numCycles']);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  const numCycles = nonNegativeNumber('numCycles', options.numCycles ?? 0.5);
  return makeSchedule({ type: 'hf-cosine', numWarmupSteps, numTrainingSteps, numCycles }, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    const progress = hfProgress(t, numWarmupSteps, numTrainingSteps);
    return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress)));
  });
}

/** Options of {@link hfCosineWithRestarts}. */
export interface HfCosineWithRestartsOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Total training steps (transformers' num_training_steps). */
  numTrainingSteps: number;
  /** Number of hard restarts. Default 1. */
  numCycles?: number;
}

/**
 * transformers `get_cosine_with_hard_restarts_schedule_with_warmup`: linear warmup, then
 * numCycles half cosines from 1 to 0, and 0 from numTrainingSteps on.
 * Spec type `'hf-cosine-with-restarts'`.
 */
export function hfCosineWithRestarts(options: HfCosineWithRestartsOptions): Schedule {
  checkOptions('hf-cosine-with-restarts', options, [
    'numWarmupSteps',
    'numTrainingSteps',
    'numCycles',
  ]);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  const numCycles = positiveInteger('numCycles', options.numCycles ?? 1);
  return makeSchedule(
    { type: 'hf-cosine-with-restarts', numWarmupSteps, numTrainingSteps, numCycles },
    (t) => {
      if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
      const progress = hfProgress(t, numWarmupSteps, numTrainingSteps);
      if (progress >= 1) return 0;
      return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * ((numCycles * progress) % 1))));
    },
  );
}

/** Options of {@link hfPolynomial}. */
export interface HfPolynomialOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Total training steps (transformers' num_training_steps). */
  numTrainingSteps: number;
  /** The absolute lr reached at numTrainingSteps. Default 1e-7. */
  lrEnd?: number;
  /** Default 1. */
  power?: number;
  /** The optimizer's lr (transformers reads `optimizer.defaults['lr']`); must exceed lrEnd. */
  lrInit: number;
}

/**
 * transformers `get_polynomial_decay_schedule_with_warmup`: linear warmup, then polynomial
 * decay of the lr from lrInit to lrEnd, as a multiplier of lrInit. Spec type `'hf-polynomial'`.
 */
export function hfPolynomial(options: HfPolynomialOptions): Schedule {
  checkOptions('hf-polynomial', options, [
    'numWarmupSteps',
    'numTrainingSteps',
    'lrEnd',
    'power',
    'lrInit',
  ]);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  // transformers divides by numTrainingSteps - numWarmupSteps when a step reaches it.
  if (numTrainingSteps <= numWarmupSteps) {
    invalid('numTrainingSteps', numTrainingSteps, `must exceed numWarmupSteps (${numWarmupSteps})`);
  }
  const lrEnd = nonNegativeNumber('lrEnd', options.lrEnd ?? 1e-7);
  const power = positiveNumber('power', options.power ?? 1);
  const lrInit = positiveNumber('lrInit', options.lrInit);
  if (!(lrInit > lrEnd)) invalid('lrEnd', lrEnd, `must be smaller than lrInit (${lrInit})`);
  const spec = { type: 'hf-polynomial', numWarmupSteps, numTrainingSteps, lrEnd, power, lrInit };
  return makeSchedule(spec, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    if (t > numTrainingSteps) return lrEnd / lrInit;
    const pctRemaining = 1 - (t - numWarmupSteps) / (numTrainingSteps - numWarmupSteps);
    return ((lrInit - lrEnd) * pctRemaining ** power + lrEnd) / lrInit;
  });
}

/** Options of {@link hfInverseSqrt}. */
export interface HfInverseSqrtOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Default numWarmupSteps, or 10000 when there is no warmup. */
  timescale?: number;
}

/**
 * transformers `get_inverse_sqrt_schedule`: linear warmup, then 1 / √((t + timescale − W) /
 * timescale). Spec type `'hf-inverse-sqrt'`.
 */
export function hfInverseSqrt(options: HfInverseSqrtOptions): Schedule {
  checkOptions('hf-inverse-sqrt', options, ['numWarmupSteps', 'timescale']);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const timescale = positiveInteger('timescale', options.timescale ?? (numWarmupSteps || 10_000));
  const shift = timescale - numWarmupSteps;
  return makeSchedule({ type: 'hf-inverse-sqrt', numWarmupSteps, timescale }, (t) =>
    t < numWarmupSteps ? hfWarmup(t, numWarmupSteps) : 1 / Math.sqrt((t + shift) / timescale),
  );
}

/** Options of {@link hfCosineWithMinLr}. */
export interface HfCosineWithMinLrOptions {
  /** Steps of the linear warmup from 0 (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Total training steps (transformers' num_training_steps). */
  numTrainingSteps: number;
  /** Default 0.5. */
  numCycles?: number;
  /** The floor as a fraction of the base lr. Give this or minLr. */
  minLrRate?: number;
  /** The floor as an absolute lr; needs `lr`. Give this or minLrRate. */
  minLr?: number;
  /** The optimizer's lr (`optimizer.defaults['lr']`), to turn minLr into minLrRate. */
  lr?: number;
}

/** transformers' min_lr / min_lr_rate rule: exactly one of them; min_lr is divided by the lr. */
function minLrRateOf(options: HfCosineWithMinLrOptions): number {
  if (options.minLr !== undefined && options.minLrRate !== undefined) {
    invalid('minLr', options.minLr, 'must not be given together with minLrRate');
  }
  if (options.minLr !== undefined) {
    const minLr = nonNegativeNumber('minLr', options.minLr);
    return minLr / positiveNumber('lr', options.lr);
  }
  if (options.minLrRate === undefined) {
    invalid('minLrRate', undefined, 'or minLr (with lr) must be given');
  }
  if (options.lr !== undefined) positiveNumber('lr', options.lr);
  return nonNegativeNumber('minLrRate', options.minLrRate);
}

const MIN_LR_KEYS = ['numWarmupSteps', 'numTrainingSteps', 'numCycles', 'minLrRate', 'minLr', 'lr'];

/**
 * transformers `get_cosine_with_min_lr_schedule_with_warmup` (`cosine_with_min_lr`): as
 * hfCosine, the cosine factor rescaled to [minLrRate, 1]. Spec type `'hf-cosine-with-min-lr'`.
 */
export function hfCosineWithMinLr(options: HfCosineWithMinLrOptions): Schedule {
  checkOptions('hf-cosine-with-min-lr', options, MIN_LR_KEYS);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  const numCycles = nonNegativeNumber('numCycles', options.numCycles ?? 0.5);
  const rate = minLrRateOf(options);
  const { minLrRate, minLr, lr } = options;
  const spec = { numWarmupSteps, numTrainingSteps, numCycles, minLrRate, minLr, lr };
  return makeSchedule({ type: 'hf-cosine-with-min-lr', ...spec }, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    const progress = hfProgress(t, numWarmupSteps, numTrainingSteps);
    const factor = 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress));
    return Math.max(0, factor * (1 - rate) + rate);
  });
}

/** Options of {@link hfCosineWarmupWithMinLr}. */
export interface HfCosineWarmupWithMinLrOptions extends HfCosineWithMinLrOptions {
  /** The warmup's first multiplier; default: the warmup is (t + 1) / W. */
  warmupLrRate?: number;
}

/**
 * transformers `get_cosine_with_min_lr_schedule_with_warmup_lr_rate`
 * (`cosine_warmup_with_min_lr`): the warmup counts from step + 1 (or starts at warmupLrRate)
 * and the cosine's progress is (t − W + 1) / (N − W). Spec type `'hf-cosine-warmup-with-min-lr'`.
 */
export function hfCosineWarmupWithMinLr(options: HfCosineWarmupWithMinLrOptions): Schedule {
  checkOptions('hf-cosine-warmup-with-min-lr', options, [...MIN_LR_KEYS, 'warmupLrRate']);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  const numCycles = nonNegativeNumber('numCycles', options.numCycles ?? 0.5);
  const rate = minLrRateOf(options);
  const warmupLrRate =
    options.warmupLrRate === undefined
      ? undefined
      : nonNegativeNumber('warmupLrRate', options.warmupLrRate);
  const { minLrRate, minLr, lr } = options;
  const fields = { numWarmupSteps, numTrainingSteps, numCycles, minLrRate, minLr, lr };
  const spec = { type: 'hf-cosine-warmup-with-min-lr', ...fields, warmupLrRate };
  return makeSchedule(spec, (t) => {
    if (t < numWarmupSteps) {
      if (warmupLrRate === undefined) return (t + 1) / Math.max(1, numWarmupSteps);
      return warmupLrRate + ((1 - warmupLrRate) * t) / Math.max(1, numWarmupSteps - 1);
    }
    const progress = (t - numWarmupSteps + 1) / Math.max(1, numTrainingSteps - numWarmupSteps);
    const factor = 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress));
    return Math.max(0, factor * (1 - rate) + rate);
  });
}

/** The shapes of warmup_stable_decay's warmup and decay. */
export type HfWsdShape = 'linear' | 'cosine' | '1-sqrt';

/** Options of {@link hfWarmupStableDecay}. */
export interface HfWarmupStableDecayOptions {
  /** Steps of the warmup (transformers' num_warmup_steps). */
  numWarmupSteps: number;
  /** Steps of the final decay (num_decay_steps). */
  numDecaySteps: number;
  /** Total steps; the stable phase is what warmup and decay leave. Give this or numStableSteps. */
  numTrainingSteps?: number;
  /** Steps at the full lr; used when given (as transformers, even with numTrainingSteps). */
  numStableSteps?: number;
  /** Default 'linear'. */
  warmupType?: HfWsdShape;
  /** Default 'cosine'. */
  decayType?: HfWsdShape;
  /** Floor (and warmup start) as a fraction of the base lr. Default 0. */
  minLrRatio?: number;
  /** Waves of the cosine decay. Default 0.5. */
  numCycles?: number;
}

const WSD_SHAPES: readonly HfWsdShape[] = ['linear', 'cosine', '1-sqrt'];

function stableStepsOf(options: HfWarmupStableDecayOptions, warmup: number, decay: number) {
  if (options.numStableSteps !== undefined) {
    if (options.numTrainingSteps !== undefined) {
      nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
    }
    return nonNegativeInteger('numStableSteps', options.numStableSteps);
  }
  if (options.numTrainingSteps === undefined) {
    invalid('numTrainingSteps', undefined, 'or numStableSteps must be given');
  }
  const training = nonNegativeInteger('numTrainingSteps', options.numTrainingSteps);
  if (training < warmup + decay) {
    invalid(
      'numTrainingSteps',
      training,
      `must be at least numWarmupSteps + numDecaySteps (${warmup + decay})`,
    );
  }
  return training - warmup - decay;
}

function wsdWarmup(shape: HfWsdShape, p: number): number {
  if (shape === 'linear') return p;
  if (shape === 'cosine') return 0.5 * (1 - Math.cos(Math.PI * p));
  return 1 - Math.sqrt(1 - p);
}

function wsdDecay(shape: HfWsdShape, p: number, numCycles: number): number {
  if (shape === 'linear') return 1 - p;
  if (shape === 'cosine') return 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * p));
  return 1 - Math.sqrt(p);
}

/**
 * transformers `get_wsd_schedule` (`warmup_stable_decay`): warmup (linear, cosine or 1-sqrt)
 * from minLrRatio to 1, a stable phase at 1, a decay (linear, cosine or 1-sqrt) back to
 * minLrRatio, then minLrRatio. Spec type `'hf-warmup-stable-decay'`.
 */
export function hfWarmupStableDecay(options: HfWarmupStableDecayOptions): Schedule {
  checkOptions('hf-warmup-stable-decay', options, [
    'numWarmupSteps',
    'numDecaySteps',
    'numTrainingSteps',
    'numStableSteps',
    'warmupType',
    'decayType',
    'minLrRatio',
    'numCycles',
  ]);
  const numWarmupSteps = nonNegativeInteger('numWarmupSteps', options.numWarmupSteps);
  const numDecaySteps = nonNegativeInteger('numDecaySteps', options.numDecaySteps);
  const stable = stableStepsOf(options, numWarmupSteps, numDecaySteps);
  const warmupType = oneOf('warmupType', options.warmupType ?? 'linear', WSD_SHAPES);
  const decayType = oneOf('decayType', options.decayType ?? 'cosine', WSD_SHAPES);
  const minLrRatio = nonNegativeNumber('minLrRatio', options.minLrRatio ?? 0);
  const numCycles = nonNegativeNumber('numCycles', options.numCycles ?? 0.5);
  const { numTrainingSteps, numStableSteps } = options;
  const spec = {
    type: 'hf-warmup-stable-decay',
    numWarmupSteps,
    numDecaySteps,
    numTrainingSteps,
    numStableSteps,
    warmupType,
    decayType,
    minLrRatio,
    numCycles,
  };
  const rescale = (factor: number) => Math.max(0, factor * (1 - minLrRatio) + minLrRatio);
  return makeSchedule(spec, (t) => {
    if (t < numWarmupSteps) {
      return rescale(wsdWarmup(warmupType, t / Math.max(1, numWarmupSteps)));
    }
    if (t < numWarmupSteps + stable) return 1;
    if (t < numWarmupSteps + stable + numDecaySteps) {
      const p = (t - numWarmupSteps - stable) / Math.max(1, numDecaySteps);
      return rescale(wsdDecay(decayType, p, numCycles));
    }
    return minLrRatio;
  });
}

/** transformers' `SchedulerType` names that have a closed form (all but reduce_lr_on_plateau). */
export type HfSchedulerName =
  | 'linear'
  | 'cosine'
  | 'cosine_with_restarts'
  | 'polynomial'
  | 'constant'
  | 'constant_with_warmup'
  | 'inverse_sqrt'
  | 'cosine_with_min_lr'
  | 'cosine_warmup_with_min_lr'
  | 'warmup_stable_decay';

/** Arguments of {@link hfGetScheduler}, as transformers' `get_scheduler` takes them. */
export interface HfGetSchedulerOptions {
  /** num_warmup_steps: required by every name but 'constant'. */
  numWarmupSteps?: number;
  /** num_training_steps: required by every name but 'constant', 'constant_with_warmup' and 'inverse_sqrt'. */
  numTrainingSteps?: number;
  /**
   * The schedule's own arguments in camelCase (numCycles, lrEnd, power, minLr, minLrRate, ...),
   * plus what transformers reads from the optimizer: `lrInit` (polynomial) or `lr` (minLr).
   */
  schedulerSpecificKwargs?: Record<string, unknown>;
}

const HF_BUILDERS: Record<HfSchedulerName, (options: never) => Schedule> = {
  linear: hfLinear,
  cosine: hfCosine,
  cosine_with_restarts: hfCosineWithRestarts,
  polynomial: hfPolynomial,
  constant: hfConstant,
  constant_with_warmup: hfConstantWithWarmup,
  inverse_sqrt: hfInverseSqrt,
  cosine_with_min_lr: hfCosineWithMinLr,
  cosine_warmup_with_min_lr: hfCosineWarmupWithMinLr,
  warmup_stable_decay: hfWarmupStableDecay,
};

/**
 * transformers' `get_scheduler(name, optimizer, num_warmup_steps, num_training_steps,
 * scheduler_specific_kwargs)` without the optimizer: the named schedule as a multiplier.
 * As in transformers, `constant` ignores the other arguments, and `constant_with_warmup`
 * and `inverse_sqrt` ignore numTrainingSteps and the kwargs.
 */
export function hfGetScheduler(
  name: HfSchedulerName,
  options: HfGetSchedulerOptions = {},
): Schedule {
  checkOptions('hf get_scheduler', options, [
    'numWarmupSteps',
    'numTrainingSteps',
    'schedulerSpecificKwargs',
  ]);
  const builder = HF_BUILDERS[oneOf('name', name, Object.keys(HF_BUILDERS) as HfSchedulerName[])];
  if (name === 'constant') return hfConstant();
  const { numWarmupSteps, numTrainingSteps } = options;
  if (numWarmupSteps === undefined) {
    invalid('numWarmupSteps', undefined, `is required by the '${name}' schedule`);
  }
  if (name === 'constant_with_warmup' || name === 'inverse_sqrt') {
    return builder({ numWarmupSteps } as never);
  }
  const kwargs = options.schedulerSpecificKwargs ?? {};
  if (name === 'warmup_stable_decay') {
    const args = numTrainingSteps === undefined ? {} : { numTrainingSteps };
    return builder({ numWarmupSteps, ...args, ...kwargs } as never);
  }
  if (numTrainingSteps === undefined) {
    invalid('numTrainingSteps', undefined, `is required by the '${name}' schedule`);
  }
  return builder({ numWarmupSteps, numTrainingSteps, ...kwargs } as never);
}
