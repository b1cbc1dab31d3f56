import { boolean, nonNegativeNumber, positiveInteger, positiveNumber } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link exponentialSchedule}. */
export interface ExponentialScheduleOptions {
  /** The lr at step 0. */
  startLr: number;
  /** The lr is multiplied by decayRate every decaySteps steps (positive; > 1 grows). */
  decayRate: number;
  /** Steps per factor of decayRate (a positive integer). */
  decaySteps: number;
  /** Decay in whole steps of decaySteps (⌊t / decaySteps⌋) instead of smoothly. Default false. */
  staircase?: boolean;
  /** A bound the lr never crosses: a floor when decayRate < 1, a ceiling when > 1 (optax's end_value). */
  endLr?: number;
}

/** Option keys of the `'exponential'` spec. */
export const EXPONENTIAL_KEYS = [
  'startLr',
  'decayRate',
  'decaySteps',
  'staircase',
  'endLr',
] as const;

/**
 * Exponential decay (Keras `ExponentialDecay`, optax `exponential_decay`), optionally in
 * staircase steps and clipped at endLr. Spec type `'exponential'`.
 *
 * lr(t) = startLr · decayRate^(t / decaySteps), the exponent floored when staircase
 */
export function exponentialSchedule(options: ExponentialScheduleOptions): Schedule {
  checkOptions('exponential', options, EXPONENTIAL_KEYS);
  const startLr = nonNegativeNumber('startLr', options.startLr);
  const decayRate = positiveNumber('decayRate', options.decayRate);
  const decaySteps = positiveInteger('decaySteps', options.decaySteps);
  const staircase = boolean('staircase', options.staircase ?? false);
  const endLr = options.endLr === undefined ? undefined : nonNegativeNumber('endLr', options.endLr);
  const clip = endLr === undefined ? null : decayRate < 1 ? Math.max : Math.min;
  const power = powerOf(decayRate, decaySteps, staircase);
  return makeSchedule(
    { type: 'exponential', startLr, decayRate, decaySteps, staircase, endLr },
    (t) => {
      const lr = startLr * power(t);
      return clip ? clip(lr, endLr!) : lr;
    },
  );
}

/**
 * rate^(t / steps), floored exponent when staircase. Math.pow is several times slower than exp
 * in V8: the smooth form is exp(p · ln rate) (within 1e-15 of pow), the staircase form caches
 * the power of its current stair.
 */
export function powerOf(rate: number, steps: number, staircase: boolean): (t: number) => number {
  if (!staircase) {
    const logRate = Math.log(rate);
    return (t) => Math.exp((t / steps) * logRate);
  }
  let stair = 0;
  let value = 1;
  return (t) => {
    const p = Math.floor(t / steps);
    if (p !== stair) {
      stair = p;
      value = rate ** p;
    }
    return value;
  };
}
