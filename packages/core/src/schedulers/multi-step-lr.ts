import type { FieldRule } from '../internal/state';
import { invalid, nonNegativeInteger, positiveNumber, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface MultiStepLROptions extends SchedulerBaseOptions {
  /** Steps at which the lr is multiplied by gamma; non-decreasing integers. A milestone given twice applies gamma twice. */
  milestones: readonly number[];
  /** Default 0.1. */
  gamma?: number;
}

export function sortedMilestones(parameter: string, value: unknown): number[] {
  if (!Array.isArray(value)) invalid(parameter, value, 'must be an array of non-negative integers');
  const milestones = value.map((m, i) => nonNegativeInteger(`${parameter}[${i}]`, m));
  for (let i = 1; i < milestones.length; i++) {
    if (milestones[i]! < milestones[i - 1]!) {
      invalid(parameter, value, 'must be sorted in non-decreasing order');
    }
  }
  return milestones;
}

/** Upper bound: how many milestones are ≤ step (Python's bisect_right). */
export function countAtOrBelow(sorted: readonly number[], step: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lr = baseLr × gamma^(number of milestones reached). */
export class MultiStepLR extends LRScheduler {
  static override readonly schedulerName = 'MultiStepLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    milestones: sortedMilestones,
    gamma: positiveNumber,
  };
  private milestones: number[];
  private gamma: number;

  constructor(optimizer: Optimizer, options: MultiStepLROptions) {
    options = readOptions('MultiStepLR', options, ['milestones', 'gamma', 'lastEpoch', 'verbose']);
    const milestones = sortedMilestones('milestones', options.milestones);
    const gamma = positiveNumber('gamma', options.gamma ?? 0.1);
    super(optimizer, options);
    this.milestones = milestones;
    this.gamma = gamma;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const hits =
      countAtOrBelow(this.milestones, this.lastEpoch) -
      countAtOrBelow(this.milestones, this.lastEpoch - 1);
    const factor = hits === 0 ? 1 : this.gamma ** hits;
    for (let i = 0; i < out.length; i++) {
      out[i] = hits === 0 ? groups[i]!.lr : groups[i]!.lr * factor;
    }
  }

  protected override closedFormLr(): number[] {
    const factor = this.gamma ** countAtOrBelow(this.milestones, this.lastEpoch);
    return this.baseLrs.map((baseLr) => baseLr * factor);
  }

  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
