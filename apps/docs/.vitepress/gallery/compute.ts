import type { ParamGroup } from '@lrkit/core';
import type { Curve, GalleryEntry, OptionValues } from './types';

/**
 * Steps the entry's scheduler on plain param groups and records every group's lr (and momentum
 * when it cycles) at steps 0..steps-1: step 0 is the lr right after construction, as in PyTorch.
 */
export function computeCurve(
  entry: GalleryEntry,
  values: OptionValues,
  baseLrs: readonly number[],
  steps: number,
): Curve {
  const withMomentum = entry.cyclesMomentum?.(values) ?? false;
  const paramGroups: ParamGroup[] = baseLrs.map((lr) =>
    withMomentum ? { lr, momentum: 0.9 } : { lr },
  );
  const scheduler = entry.build({ paramGroups }, values);
  const curve: Curve = {
    steps: [],
    lr: baseLrs.map(() => []),
    momentum: withMomentum ? baseLrs.map(() => []) : null,
    metric: entry.stepArg ? [] : null,
  };
  const record = (t: number): void => {
    curve.steps.push(t);
    paramGroups.forEach((group, g) => {
      curve.lr[g]!.push(group.lr);
      if (curve.momentum) curve.momentum[g]!.push(group.momentum as number);
    });
  };
  record(0);
  for (let t = 1; t < steps; t++) {
    if (entry.stepArg) {
      // A plateau scheduler sees the metric of the epoch that just ended.
      const metric = entry.stepArg(t - 1, values);
      curve.metric!.push(metric);
      scheduler.step(metric);
    } else {
      scheduler.step();
    }
    record(t);
  }
  if (entry.stepArg) curve.metric!.push(entry.stepArg(steps - 1, values));
  return curve;
}
