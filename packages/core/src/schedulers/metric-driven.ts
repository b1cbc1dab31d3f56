import type { Scheduler } from '../scheduler';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau';

/**
 * Whether a scheduler is stepped with a monitored metric, `step(metric)`: ReduceLROnPlateau, a
 * PlateauLR, or a composite (SequentialLR, ChainedScheduler, ParamwiseScheduler) holding one.
 * Those expose a `metricDriven` getter; a number given to any other scheduler is an epoch.
 */
export function isMetricDriven(scheduler: Scheduler): boolean {
  if (scheduler instanceof ReduceLROnPlateau) return true;
  return (scheduler as { metricDriven?: unknown }).metricDriven === true;
}
