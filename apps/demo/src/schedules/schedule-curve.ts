import { preview } from '@lrkit/core';
import type { ScheduleChoice } from './schedule-choice';

/**
 * The lr in force at steps 0 … steps − 1, from the core's `preview`. Metric-driven schedules see a
 * metric that never improves, which shows where they would drop.
 */
export function scheduleCurve(
  choice: ScheduleChoice,
  options: { steps: number; baseLr: number },
): number[] {
  if (choice.curve) return choice.curve(options);
  if (!choice.spec) return new Array<number>(options.steps).fill(options.baseLr);
  const metrics = choice.monitor ? new Array<number>(options.steps).fill(1) : undefined;
  const curve = preview(choice.spec, {
    steps: options.steps,
    baseLrs: [options.baseLr],
    ...(metrics ? { metrics } : {}),
  });
  return curve.lr[0] ?? [];
}
