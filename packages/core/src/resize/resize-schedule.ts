import { invalid } from '../internal/validate';
import { scheduleOption } from '../schedules/options';
import { formulaOf, makeSchedule, type Schedule } from '../schedules/schedule';
import { planLength } from './plan-length';
import { planJson, RESIZE_KEYS, type ResizeOptions, resizePlan } from './resize-plan';
import { peakStep, resizedCurve } from './resized-curve';

/** Options of {@link resizeSchedule}: the old plan and how to fit it to the new length. */
export interface ResizeScheduleOptions extends ResizeOptions {
  /** The schedule the run was started with. */
  schedule: Schedule;
}

/** Option keys of the `'resize'` spec. */
export const RESIZE_SCHEDULE_KEYS = ['schedule', ...RESIZE_KEYS] as const;

/**
 * A closed-form schedule fitted to a new total length at a resume step, by a named policy
 * ('keep-fraction', 'continue', 'cooldown-now', 'rewarm'; see {@link ResizePolicy}). Spec type
 * `'resize'`, holding the old schedule's spec, so a resumed run's plan is still one JSON object.
 *
 * @example
 * // saved at step 40 of a 100-step cosine; the run now has 150 steps
 * const old = cosineSchedule({ peakLr: 0.1, decaySteps: 100 });
 * const resized = resizeSchedule({ schedule: old, policy: 'continue', resumeStep: 40, totalSteps: 150 });
 * resized.lrAt(40) === old.lrAt(40); // true: no jump
 */
export function resizeSchedule(options: ResizeScheduleOptions): Schedule {
  if (typeof options !== 'object' || options === null) {
    invalid('options', options, 'must be an object { schedule, policy, resumeStep, totalSteps }');
  }
  const { schedule: given, ...rest } = options;
  const schedule = scheduleOption('schedule', given);
  const plan = resizePlan(rest, planLength(schedule.spec));
  const f = formulaOf(schedule);
  const peak = plan.policy === 'rewarm' ? peakStep(f, plan.previousTotalSteps) : undefined;
  const at = resizedCurve(plan, f, peak);
  return makeSchedule({ type: 'resize', ...planJson(plan), schedule: schedule.spec }, at);
}
