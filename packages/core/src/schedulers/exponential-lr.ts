import { finiteNumber, knownKeys } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';

export interface ExponentialLROptions extends SchedulerBaseOptions {
  /** Multiplier per step. */
  gamma: number;
}

/** lr = baseLr × gamma^step. */
export class ExponentialLR extends LRScheduler {
  static override readonly schedulerName = 'ExponentialLR';
  private gamma: number;

  constructor(optimizer: Optimizer, options: ExponentialLROptions) {
    knownKeys('ExponentialLR', options, ['gamma', 'lastEpoch', 'verbose']);
    const gamma = finiteNumber('gamma', options.gamma);
    super(optimizer, options);
    this.gamma = gamma;
    this.initialStep();
  }

  getLr(): number[] {
    const groups = this.optimizer.paramGroups;
    if (this.lastEpoch === 0) return groups.map((g) => g.lr);
    return groups.map((g) => g.lr * this.gamma);
  }

  protected override closedFormLr(): number[] {
    return this.baseLrs.map((baseLr) => baseLr * this.gamma ** this.lastEpoch);
  }
}
