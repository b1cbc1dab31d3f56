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
  return makeSchedule(
    { type: 'exponential', startLr, decayRate, decaySteps, staircase, endLr },
    (t) => {
      const p = staircase ? Math.floor(t / decaySteps) : t / decaySteps;
      const lr = startLr * decayRate ** p;
      return clip ? clip(lr, endLr!) : lr;
    },
  );
}
