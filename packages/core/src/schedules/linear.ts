import { nonNegativeNumber, positiveInteger } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link linearSchedule}. */
export interface LinearScheduleOptions {
  /** The lr at step 0. */
  startLr: number;
  /** The lr from step `transitionSteps` on. */
  endLr: number;
  /** Steps of the straight line from startLr to endLr (a positive integer). */
  transitionSteps: number;
}

/** Option keys of the `'linear'` spec. */
export const LINEAR_KEYS = ['startLr', 'endLr', 'transitionSteps'] as const;

/**
 * A straight line from startLr to endLr over transitionSteps, then endLr (optax's
 * `linear_schedule`). Goes up or down. Spec type `'linear'`.
 *
 * lr(t) = startLr + (endLr − startLr) · min(t, T) / T
 */
export function linearSchedule(options: LinearScheduleOptions): Schedule {
  checkOptions('linear', options, LINEAR_KEYS);
  const startLr = nonNegativeNumber('startLr', options.startLr);
  const endLr = nonNegativeNumber('endLr', options.endLr);
  const transitionSteps = positiveInteger('transitionSteps', options.transitionSteps);
  return makeSchedule({ type: 'linear', startLr, endLr, transitionSteps }, (t) =>
    t >= transitionSteps ? endLr : startLr + ((endLr - startLr) * t) / transitionSteps,
  );
}
