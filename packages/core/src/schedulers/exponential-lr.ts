import type { FieldRule } from '../internal/state';
import { positiveNumber, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface ExponentialLROptions extends SchedulerBaseOptions {
  /** Multiplier per step. */
  gamma: number;
}

/** lr = baseLr × gamma^step. */
export class ExponentialLR extends LRScheduler {
  static override readonly schedulerName = 'ExponentialLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    gamma: positiveNumber,
  };
  private gamma: number;

  constructor(optimizer: Optimizer, options: ExponentialLROptions) {
    options = readOptions('ExponentialLR', options, ['gamma', 'lastEpoch', 'verbose']);
    const gamma = positiveNumber('gamma', options.gamma);
    super(optimizer, options);
    this.gamma = gamma;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const gamma = this.lastEpoch === 0 ? 1 : this.gamma;
    for (let i = 0; i < out.length; i++) out[i] = groups[i]!.lr * gamma;
  }

  protected override closedFormLr(): number[] {
    return this.baseLrs.map((baseLr) => baseLr * this.gamma ** this.lastEpoch);
  }

  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
