import { type Optimizer, preview } from '@lrkit/core';
import type { Curve, GalleryEntry, OptionValues, SpecJson } from './types';

/** The spec a chart previews, or null when the schedule is built in code (function options). */
export function specOf(entry: GalleryEntry, values: OptionValues, groups: number): SpecJson | null {
  return entry.spec ? entry.spec(values, groups) : null;
}

/**
 * The curve of a gallery schedule, by @lrkit/core's `preview`: every group's lr (and momentum when
 * it cycles) at steps 0 … steps − 1, step 0 being the lr right after construction.
 */
export function computeCurve(
  entry: GalleryEntry,
  values: OptionValues,
  baseLrs: readonly number[],
  steps: number,
): Curve {
  // A plateau scheduler sees, at step t, the metric of the epoch that just ended (t − 1).
  const metric = entry.stepArg
    ? Array.from({ length: steps }, (_, t) => entry.stepArg!(t, values))
    : null;
  const options = {
    steps,
    baseLrs,
    ...(metric ? { metrics: metric.slice(0, steps - 1) } : {}),
  };
  const spec = specOf(entry, values, baseLrs.length);
  const build = entry.build;
  if (!spec && !build) throw new Error(`gallery entry ${entry.slug} has neither spec nor build`);
  const curve = spec
    ? preview(spec, options)
    : preview((optimizer: Optimizer) => build!(optimizer, values), options);
  return {
    steps: curve.steps,
    lr: curve.lr,
    momentum: curve.momentum ?? null,
    metric,
  };
}
