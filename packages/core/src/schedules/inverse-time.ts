import { boolean, nonNegativeNumber, positiveNumber } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link inverseTimeSchedule}. */
export interface InverseTimeScheduleOptions {
  /** The lr at step 0. */
  startLr: number;
  /** How fast the lr falls: it is startLr / (1 + decayRate) after decaySteps. */
  decayRate: number;
  /** Steps per unit of decay (positive). */
  decaySteps: number;
  /** Decay in whole steps of decaySteps. Default false. */
  staircase?: boolean;
}

/** Option keys of the `'inverse-time'` spec. */
export const INVERSE_TIME_KEYS = ['startLr', 'decayRate', 'decaySteps', 'staircase'] as const;

/**
 * Inverse time decay (Keras `InverseTimeDecay`). Spec type `'inverse-time'`.
 *
 * lr(t) = startLr / (1 + decayRate · t / decaySteps), t / decaySteps floored when staircase
 */
export function inverseTimeSchedule(options: InverseTimeScheduleOptions): Schedule {
  checkOptions('inverse-time', options, INVERSE_TIME_KEYS);
  const startLr = nonNegativeNumber('startLr', options.startLr);
  const decayRate = nonNegativeNumber('decayRate', options.decayRate);
  const decaySteps = positiveNumber('decaySteps', options.decaySteps);
  const staircase = boolean('staircase', options.staircase ?? false);
  return makeSchedule(
    { type: 'inverse-time', startLr, decayRate, decaySteps, staircase },
    (t) => startLr / (1 + decayRate * (staircase ? Math.floor(t / decaySteps) : t / decaySteps)),
  );
}
