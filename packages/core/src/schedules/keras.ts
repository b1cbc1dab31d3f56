import { floorLogRatio } from '../internal/exact-log';
import {
  boolean,
  finiteNumber,
  invalid,
  nonNegativeNumber,
  numberInRange,
  positiveNumber,
} from '../internal/validate';
import { powerOf } from './exponential';
import { checkOptions, countBelow, increasing, numberList } from './options';
import { polynomialDecay } from './polynomial';
import { makeSchedule, type Schedule } from './schedule';

// Keras 3 schedules (keras/src/optimizers/schedules/learning_rate_schedule.py), with Keras's
// argument names in camelCase. Keras computes in the lr's dtype (float32 by default); lrkit
// evaluates the same formulas in float64.

/** Options of {@link kerasExponentialDecay}. */
export interface KerasExponentialDecayOptions {
  /** The lr at step 0 (Keras' initial_learning_rate). */
  initialLearningRate: number;
  /** Steps per unit of decay (decay_steps, positive). */
  decaySteps: number;
  /** The decay rate (decay_rate). */
  decayRate: number;
  /** Default false. */
  staircase?: boolean;
}

/**
 * Keras `ExponentialDecay`: initialLearningRate · decayRate^(step / decaySteps), the exponent
 * floored when staircase. Spec type `'keras-exponential-decay'`.
 */
export function kerasExponentialDecay(options: KerasExponentialDecayOptions): Schedule {
  checkOptions('keras-exponential-decay', options, [
    'initialLearningRate',
    'decaySteps',
    'decayRate',
    'staircase',
  ]);
  const initialLearningRate = nonNegativeNumber('initialLearningRate', options.initialLearningRate);
  const decaySteps = positiveNumber('decaySteps', options.decaySteps);
  const decayRate = positiveNumber('decayRate', options.decayRate);
  const staircase = boolean('staircase', options.staircase ?? false);
  const spec = { initialLearningRate, decaySteps, decayRate, staircase };
  const power = powerOf(decayRate, decaySteps, staircase);
  return makeSchedule(
    { type: 'keras-exponential-decay', ...spec },
    (t) => initialLearningRate * power(t),
  );
}

/** Options of {@link kerasPiecewiseConstantDecay}. */
export interface KerasPiecewiseConstantDecayOptions {
  /** Strictly increasing steps. */
  boundaries: readonly number[];
  /** One more than boundaries. */
  values: readonly number[];
}

/**
 * Keras `PiecewiseConstantDecay`: values[0] while step ≤ boundaries[0], values[i] while
 * boundaries[i−1] < step ≤ boundaries[i], the last value after. Spec type
 * `'keras-piecewise-constant-decay'`.
 */
export function kerasPiecewiseConstantDecay(options: KerasPiecewiseConstantDecayOptions): Schedule {
  checkOptions('keras-piecewise-constant-decay', options, ['boundaries', 'values']);
  const boundaries = numberList('boundaries', options.boundaries, finiteNumber);
  if (boundaries.length === 0) invalid('boundaries', options.boundaries, 'must not be empty');
  increasing('boundaries', boundaries, true);
  const values = numberList('values', options.values, nonNegativeNumber);
  if (values.length !== boundaries.length + 1) {
    invalid(
      'values',
      options.values,
      `must have one more entry than boundaries (${boundaries.length + 1}), but it has ${values.length}`,
    );
  }
  return makeSchedule(
    { type: 'keras-piecewise-constant-decay', boundaries, values },
    (t) => values[countBelow(boundaries, t)]!,
  );
}

/** Options of {@link kerasPolynomialDecay}. */
export interface KerasPolynomialDecayOptions {
  /** The lr at step 0 (Keras' initial_learning_rate). */
  initialLearningRate: number;
  /** Steps of the decay (decay_steps, positive). */
  decaySteps: number;
  /** Default 0.0001. */
  endLearningRate?: number;
  /** Default 1. */
  power?: number;
  /** Default false. */
  cycle?: boolean;
}

/**
 * Keras `PolynomialDecay`: (initial − end) · (1 − step / decaySteps)^power + end, step clamped
 * to decaySteps; with cycle, decaySteps grows to the first multiple ≥ step.
 * Spec type `'keras-polynomial-decay'`.
 */
export function kerasPolynomialDecay(options: KerasPolynomialDecayOptions): Schedule {
  checkOptions('keras-polynomial-decay', options, [
    'initialLearningRate',
    'decaySteps',
    'endLearningRate',
    'power',
    'cycle',
  ]);
  const initialLearningRate = nonNegativeNumber('initialLearningRate', options.initialLearningRate);
  const decaySteps = positiveNumber('decaySteps', options.decaySteps);
  const endLearningRate = nonNegativeNumber('endLearningRate', options.endLearningRate ?? 0.0001);
  const power = positiveNumber('power', options.power ?? 1);
  const cycle = boolean('cycle', options.cycle ?? false);
  const spec = { initialLearningRate, decaySteps, endLearningRate, power, cycle };
  return makeSchedule({ type: 'keras-polynomial-decay', ...spec }, (t) =>
    polynomialDecay(t, initialLearningRate, endLearningRate, decaySteps, power, cycle),
  );
}

/** Options of {@link kerasInverseTimeDecay}. */
export interface KerasInverseTimeDecayOptions {
  /** The lr at step 0 (Keras' initial_learning_rate). */
  initialLearningRate: number;
  /** Steps per unit of decay (decay_steps, positive). */
  decaySteps: number;
  /** The decay rate (decay_rate). */
  decayRate: number;
  /** Default false. */
  staircase?: boolean;
}

/**
 * Keras `InverseTimeDecay`: initialLearningRate / (1 + decayRate · step / decaySteps), the
 * ratio floored when staircase. Spec type `'keras-inverse-time-decay'`.
 */
export function kerasInverseTimeDecay(options: KerasInverseTimeDecayOptions): Schedule {
  checkOptions('keras-inverse-time-decay', options, [
    'initialLearningRate',
    'decaySteps',
    'decayRate',
    'staircase',
  ]);
  const initialLearningRate = nonNegativeNumber('initialLearningRate', options.initialLearningRate);
  const decaySteps = positiveNumber('decaySteps', options.decaySteps);
  const decayRate = nonNegativeNumber('decayRate', options.decayRate);
  const staircase = boolean('staircase', options.staircase ?? false);
  const spec = { initialLearningRate, decaySteps, decayRate, staircase };
  return makeSchedule({ type: 'keras-inverse-time-decay', ...spec }, (t) => {
    const p = t / decaySteps;
    return initialLearningRate / (1 + decayRate * (staircase ? Math.floor(p) : p));
  });
}

/** Options of {@link kerasCosineDecay}. */
export interface KerasCosineDecayOptions {
  /** The lr at step 0 (Keras' initial_learning_rate). */
  initialLearningRate: number;
  /** Steps of the decay (decay_steps, positive). */
  decaySteps: number;
  /** The floor as a fraction of the decay's start. Default 0. */
  alpha?: number;
  /** The lr the warmup climbs to; omitted: no warmup. */
  warmupTarget?: number;
  /** Default 0. */
  warmupSteps?: number;
}

function kerasCosine(step: number, decaySteps: number, from: number, alpha: number): number {
  const cosineDecayed = 0.5 * (1 + Math.cos(Math.PI * (step / decaySteps)));
  return from * ((1 - alpha) * cosineDecayed + alpha);
}

/**
 * Keras `CosineDecay`: an optional linear warmup from initialLearningRate to warmupTarget, then
 * a cosine decay over decaySteps to alpha times its start, held there.
 * Spec type `'keras-cosine-decay'`.
 */
export function kerasCosineDecay(options: KerasCosineDecayOptions): Schedule {
  checkOptions('keras-cosine-decay', options, [
    'initialLearningRate',
    'decaySteps',
    'alpha',
    'warmupTarget',
    'warmupSteps',
  ]);
  const initialLearningRate = nonNegativeNumber('initialLearningRate', options.initialLearningRate);
  const decaySteps = positiveNumber('decaySteps', options.decaySteps);
  const alpha = numberInRange('alpha', options.alpha ?? 0, { min: 0, max: 1 });
  const warmupTarget =
    options.warmupTarget === undefined
      ? undefined
      : nonNegativeNumber('warmupTarget', options.warmupTarget);
  const warmupSteps = nonNegativeNumber('warmupSteps', options.warmupSteps ?? 0);
  const spec = { initialLearningRate, decaySteps, alpha, warmupTarget, warmupSteps };
  return makeSchedule({ type: 'keras-cosine-decay', ...spec }, (t) => {
    if (warmupTarget === undefined) {
      return kerasCosine(Math.min(t, decaySteps), decaySteps, initialLearningRate, alpha);
    }
    const step = Math.min(t, decaySteps + warmupSteps);
    if (step < warmupSteps) {
      return (warmupTarget - initialLearningRate) * (step / warmupSteps) + initialLearningRate;
    }
    return kerasCosine(step - warmupSteps, decaySteps, warmupTarget, alpha);
  });
}

/** Options of {@link kerasCosineDecayRestarts}. */
export interface KerasCosineDecayRestartsOptions {
  /** The lr at step 0 (Keras' initial_learning_rate). */
  initialLearningRate: number;
  /** Steps of the first period (first_decay_steps). */
  firstDecaySteps: number;
  /** Each period is tMul times longer. Default 2. */
  tMul?: number;
  /** Each period starts at mMul times the previous peak. Default 1. */
  mMul?: number;
  /** The floor as a fraction of initialLearningRate. Default 0. */
  alpha?: number;
}

/**
 * Keras `CosineDecayRestarts` (SGDR): cosine periods of firstDecaySteps · tMul^i steps, each
 * starting at mMul^i of the first peak; the floor is alpha · initialLearningRate.
 * Spec type `'keras-cosine-decay-restarts'`.
 */
export function kerasCosineDecayRestarts(options: KerasCosineDecayRestartsOptions): Schedule {
  checkOptions('keras-cosine-decay-restarts', options, [
    'initialLearningRate',
    'firstDecaySteps',
    'tMul',
    'mMul',
    'alpha',
  ]);
  const initialLearningRate = nonNegativeNumber('initialLearningRate', options.initialLearningRate);
  const firstDecaySteps = positiveNumber('firstDecaySteps', options.firstDecaySteps);
  const tMul = positiveNumber('tMul', options.tMul ?? 2);
  const mMul = positiveNumber('mMul', options.mMul ?? 1);
  const alpha = numberInRange('alpha', options.alpha ?? 0, { min: 0, max: 1 });
  const spec = { initialLearningRate, firstDecaySteps, tMul, mMul, alpha };
  return makeSchedule({ type: 'keras-cosine-decay-restarts', ...spec }, (t) => {
    let fraction = t / firstDecaySteps;
    let restart: number;
    if (tMul === 1) {
      restart = Math.floor(fraction);
      fraction -= restart;
    } else {
      // The restart index floors a ratio of logs; at an exact period boundary one ulp of Math.log
      // would pick the period, so the logs are correctly rounded (as a float64 libm rounds them).
      restart = floorLogRatio(1 - fraction * (1 - tMul), tMul);
      // Shrinking periods (tMul < 1) end after a finite time; Keras gives NaN there.
      if (!Number.isFinite(restart)) return initialLearningRate * alpha;
      const sumR = (1 - tMul ** restart) / (1 - tMul);
      fraction = (fraction - sumR) / tMul ** restart;
    }
    const cosineDecayed = 0.5 * mMul ** restart * (1 + Math.cos(Math.PI * fraction));
    return initialLearningRate * ((1 - alpha) * cosineDecayed + alpha);
  });
}
