import type { FieldRule } from '../internal/state';
import { numberInRange, positiveInteger, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface ConstantLROptions extends SchedulerBaseOptions {
  /** Multiplier during the first `totalIters` steps, in (0, 1]. Default 1/3. */
  factor?: number;
  /** Steps at the reduced lr. Default 5. */
  totalIters?: number;
}

/** PyTorch accepts a factor of 0 and then divides by it when the constant phase ends. */
const FACTOR = { min: 0, max: 1, minOpen: true };

/** lr = baseLr × factor until step totalIters, then baseLr. */
export class ConstantLR extends LRScheduler {
  static override readonly schedulerName = 'ConstantLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    factor: (p, v) => numberInRange(p, v, FACTOR),
    totalIters: positiveInteger,
  };
  private factor: number;
  private totalIters: number;

  constructor(optimizer: Optimizer, options: ConstantLROptions = {}) {
    options = readOptions('ConstantLR', options, ['factor', 'totalIters', 'lastEpoch', 'verbose']);
    const factor = numberInRange('factor', options.factor ?? 1 / 3, FACTOR);
    const totalIters = positiveInteger('totalIters', options.totalIters ?? 5);
    super(optimizer, options);
    this.factor = factor;
    this.totalIters = totalIters;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, totalIters, factor } = this;
    for (let i = 0; i < out.length; i++) {
      const lr = groups[i]!.lr;
      if (lastEpoch === 0) out[i] = lr * factor;
      else if (lastEpoch !== totalIters) out[i] = lr;
      else out[i] = lr * (1 / factor);
    }
  }

  protected override closedFormLr(): number[] {
    const reached = this.lastEpoch >= this.totalIters ? 1 : 0;
    return this.baseLrs.map((baseLr) => baseLr * (this.factor + reached * (1 - this.factor)));
  }

  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
