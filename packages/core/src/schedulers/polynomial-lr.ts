import type { FieldRule } from '../internal/state';
import { nonNegativeNumber, positiveInteger, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface PolynomialLROptions extends SchedulerBaseOptions {
  /** Steps until the lr reaches 0. Default 5. */
  totalIters?: number;
  /** Exponent of the decay. Default 1. */
  power?: number;
}

/** lr = baseLr × (1 − min(step, totalIters) / totalIters)^power. */
export class PolynomialLR extends LRScheduler {
  static override readonly schedulerName = 'PolynomialLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    totalIters: positiveInteger,
    power: nonNegativeNumber,
  };
  private totalIters: number;
  private power: number;

  constructor(optimizer: Optimizer, options: PolynomialLROptions = {}) {
    options = readOptions('PolynomialLR', options, ['totalIters', 'power', 'lastEpoch', 'verbose']);
    const totalIters = positiveInteger('totalIters', options.totalIters ?? 5);
    const power = nonNegativeNumber('power', options.power ?? 1);
    super(optimizer, options);
    this.totalIters = totalIters;
    this.power = power;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, totalIters } = this;
    const hold = lastEpoch === 0 || lastEpoch > totalIters;
    const decay = hold
      ? 1
      : ((1 - lastEpoch / totalIters) / (1 - (lastEpoch - 1) / totalIters)) ** this.power;
    for (let i = 0; i < out.length; i++) out[i] = hold ? groups[i]!.lr : groups[i]!.lr * decay;
  }

  protected override closedFormLr(): number[] {
    const decay = (1 - Math.min(this.totalIters, this.lastEpoch) / this.totalIters) ** this.power;
    return this.baseLrs.map((baseLr) => baseLr * decay);
  }

  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
