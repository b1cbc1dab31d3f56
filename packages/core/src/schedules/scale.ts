import { nonNegativeNumber } from '../internal/validate';
import { checkOptions, scheduleOption } from './options';
import { formulaOf, makeSchedule, type Schedule } from './schedule';

/** Options of {@link scaleSchedule}. */
export interface ScaleScheduleOptions {
  /** The schedule to multiply. */
  schedule: Schedule;
  /** The constant factor (≥ 0): a base lr for a multiplier schedule, or a rescale. */
  factor: number;
}

/** Option keys of the `'scale'` spec. */
export const SCALE_KEYS = ['schedule', 'factor'] as const;

/**
 * A schedule times a constant: turns a multiplier schedule (the transformers presets) into
 * absolute lrs for a given base lr, or rescales a whole composed curve. Spec type `'scale'`.
 *
 * @example scaleSchedule({ schedule: hfLinear({ numWarmupSteps: 100, numTrainingSteps: 1000 }), factor: 3e-4 })
 */
export function scaleSchedule(options: ScaleScheduleOptions): Schedule {
  checkOptions('scale', options, SCALE_KEYS);
  const inner = scheduleOption('schedule', options.schedule);
  const factor = nonNegativeNumber('factor', options.factor);
  const innerAt = formulaOf(inner);
  return makeSchedule({ type: 'scale', factor, schedule: inner.spec }, (t) => factor * innerAt(t));
}
