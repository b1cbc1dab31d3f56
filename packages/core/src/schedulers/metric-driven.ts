import { hasBrand } from '../internal/brand';
import type { Scheduler } from '../scheduler';

/**
 * Whether a scheduler is stepped with a monitored metric, `step(metric)`: ReduceLROnPlateau, a
 * PlateauLR, or a composite (SequentialLR, ChainedScheduler, ParamwiseScheduler) holding one.
 * Those expose a `metricDriven` getter; a number given to any other scheduler is an epoch.
 */
export function isMetricDriven(scheduler: Scheduler): boolean {
  // A brand rather than instanceof: also a ReduceLROnPlateau of another copy of @lrkit/core.
  if (hasBrand(scheduler, 'ReduceLROnPlateau')) return true;
  return (scheduler as { metricDriven?: unknown }).metricDriven === true;
}
