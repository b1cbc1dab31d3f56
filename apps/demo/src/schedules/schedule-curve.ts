import type { ScheduleChoice } from './schedule-choice';

/**
 * The lr in force at each of `steps` steps (before each step call), on a one-group optimizer.
 * Metric-driven schedules see a metric that never improves, which shows where they would drop.
 */
export function scheduleCurve(
  choice: ScheduleChoice,
  options: { steps: number; baseLr: number },
): number[] {
  const group = { lr: options.baseLr };
  const scheduler = choice.create({ paramGroups: [group] });
  const lrs: number[] = [];
  for (let i = 0; i < options.steps; i++) {
    lrs.push(group.lr);
    if (!scheduler) continue;
    if (choice.monitor) scheduler.step(1);
    else scheduler.step();
  }
  return lrs;
}
