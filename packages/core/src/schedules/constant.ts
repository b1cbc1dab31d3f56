import { nonNegativeNumber } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link constantSchedule}. */
export interface ConstantScheduleOptions {
  /** The lr at every step. */
  lr: number;
}

/** Option keys of the `'constant'` spec. */
export const CONSTANT_KEYS = ['lr'] as const;

/**
 * The same lr at every step. Spec type `'constant'`.
 *
 * @example constantSchedule({ lr: 1e-3 }).lrAt(500) // 0.001
 */
export function constantSchedule(options: ConstantScheduleOptions): Schedule {
  checkOptions('constant', options, CONSTANT_KEYS);
  const lr = nonNegativeNumber('lr', options.lr);
  return makeSchedule({ type: 'constant', lr }, () => lr);
}
