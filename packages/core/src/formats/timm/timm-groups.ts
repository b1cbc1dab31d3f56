import { finiteNumber, invalid, nonNegativeNumber } from '../../internal/validate';
import { type Optimizer, validateOptimizer } from '../../optimizer';

// What timm's `Scheduler.__init__` and `update_groups` do with the param groups: `initial_lr`
// recorded once, and every written lr multiplied by the group's `lr_scale` when it has one.

/** Checks the groups (lr, lr_scale, and initial_lr when not initializing) before any write. */
export function checkTimmGroups(optimizer: Optimizer, initialize: boolean): void {
  validateOptimizer(optimizer);
  optimizer.paramGroups.forEach((group, i) => {
    if (group.lrScale !== undefined)
      finiteNumber(`optimizer.paramGroups[${i}].lrScale`, group.lrScale);
    if (!initialize && typeof group.initialLr !== 'number') {
      invalid(
        `optimizer.paramGroups[${i}].initialLr`,
        group.initialLr,
        'must be set when initialize is false (timm raises KeyError: initial_lr missing)',
      );
    }
    if (group.initialLr !== undefined)
      finiteNumber(`optimizer.paramGroups[${i}].initialLr`, group.initialLr);
  });
}

/** timm's `group.setdefault('initial_lr', lr)`; returns the base values. */
export function timmBaseValues(optimizer: Optimizer, initialize: boolean): number[] {
  if (initialize) for (const group of optimizer.paramGroups) group.initialLr ??= group.lr;
  return optimizer.paramGroups.map((g) => g.initialLr as number);
}

/** timm's `update_groups`: one value per group, times the group's lr_scale. */
export function updateTimmGroups(
  optimizer: Optimizer,
  values: readonly number[],
  last: number[],
): void {
  const groups = optimizer.paramGroups;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const lr = group.lrScale === undefined ? values[i]! : values[i]! * group.lrScale;
    group.lr = lr;
    last[i] = lr;
  }
}

/** The warmup increment of every group: (target − warmup_lr_init) / warmup_t, or 1 without warmup. */
export function warmupIncrements(
  targets: readonly number[],
  warmupT: number,
  warmupLrInit: number,
): number[] {
  return targets.map((v) => (warmupT ? (v - warmupLrInit) / warmupT : 1));
}

/** The epoch or update count a timm scheduler is stepped with. */
export function timmTime(parameter: string, value: unknown): number {
  // timm counts epochs and updates from 0; a negative count would extrapolate the warmup below 0.
  return nonNegativeNumber(parameter, value);
}

/** A metric: a finite number, or null/undefined for none (Python's None). */
export function timmMetric(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || Number.isNaN(value))
    invalid('metric', value, 'must be a number (or null for none)');
  return value;
}
