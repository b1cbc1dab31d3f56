import type { FieldRule } from '../internal/state';
import { positiveInteger, positiveNumber, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface StepLROptions extends SchedulerBaseOptions {
  /** Steps between decays. */
  stepSize: number;
  /** Multiplier at each decay. Default 0.1. */
  gamma?: number;
}

/** lr = baseLr × gamma^⌊step / stepSize⌋. */
export class StepLR extends LRScheduler {
  static override readonly schedulerName = 'StepLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    stepSize: positiveInteger,
    gamma: positiveNumber,
  };
  private stepSize: number;
  private gamma: number;

  constructor(optimizer: Optimizer, options: StepLROptions) {
    options = readOptions('StepLR', options, ['stepSize', 'gamma', 'lastEpoch', 'verbose']);
    const stepSize = positiveInteger('stepSize', options.stepSize);
    const gamma = positiveNumber('gamma', options.gamma ?? 0.1);
    super(optimizer, options);
    this.stepSize = stepSize;
    this.gamma = gamma;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const decay = this.lastEpoch !== 0 && this.lastEpoch % this.stepSize === 0;
    for (let i = 0; i < out.length; i++) {
      out[i] = decay ? groups[i]!.lr * this.gamma : groups[i]!.lr;
    }
  }

  protected override closedFormLr(): number[] {
    const factor = this.gamma ** Math.floor(this.lastEpoch / this.stepSize);
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
