import type { LRScheduler } from '../scheduler';
import { checkStep } from '../schedules/schedule';

/**
 * Evaluates a scheduler's closed form (the formula `step(epoch)` uses) at `step`, leaving the
 * scheduler as it was: the implementation of `lrAt(step)` for the schedulers that have one.
 */
export function closedFormAt(
  scheduler: LRScheduler,
  step: number,
  closedForm: () => number[],
): number[] {
  checkStep(step);
  const saved = scheduler.lastEpoch;
  scheduler.lastEpoch = step;
  try {
    return closedForm();
  } finally {
    scheduler.lastEpoch = saved;
  }
}
