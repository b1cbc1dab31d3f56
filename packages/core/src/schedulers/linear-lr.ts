import type { FieldRule } from '../internal/state';
import { numberInRange, positiveInteger, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface LinearLROptions extends SchedulerBaseOptions {
  /** Multiplier at step 0, in (0, 1]. Default 1/3. */
  startFactor?: number;
  /** Multiplier from step totalIters on, in [0, 1]. Default 1. */
  endFactor?: number;
  /** Steps of the linear change. Default 5. */
  totalIters?: number;
}

/** A start factor of 0 would divide by zero in PyTorch's recursive form. */
const START_FACTOR = { min: 0, max: 1, minOpen: true };

/** The multiplier moves linearly from startFactor to endFactor over totalIters steps. */
export class LinearLR extends LRScheduler {
  static override readonly schedulerName = 'LinearLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    startFactor: (p, v) => numberInRange(p, v, START_FACTOR),
    endFactor: (p, v) => numberInRange(p, v, { min: 0, max: 1 }),
    totalIters: positiveInteger,
  };
  private startFactor: number;
  private endFactor: number;
  private totalIters: number;

  constructor(optimizer: Optimizer, options: LinearLROptions = {}) {
    options = readOptions('LinearLR', options, [
      'startFactor',
      'endFactor',
      'totalIters',
      'lastEpoch',
      'verbose',
    ]);
    const startFactor = numberInRange('startFactor', options.startFactor ?? 1 / 3, START_FACTOR);
    const endFactor = numberInRange('endFactor', options.endFactor ?? 1, { min: 0, max: 1 });
    const totalIters = positiveInteger('totalIters', options.totalIters ?? 5);
    super(optimizer, options);
    this.startFactor = startFactor;
    this.endFactor = endFactor;
    this.totalIters = totalIters;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const { startFactor, endFactor, totalIters, lastEpoch } = this;
    if (lastEpoch === 0 || lastEpoch > totalIters) {
      const factor = lastEpoch === 0 ? startFactor : 1;
      for (let i = 0; i < out.length; i++) out[i] = groups[i]!.lr * factor;
      return;
    }
    const ratio =
      1 +
      (endFactor - startFactor) /
        (totalIters * startFactor + (lastEpoch - 1) * (endFactor - startFactor));
    for (let i = 0; i < out.length; i++) out[i] = groups[i]!.lr * ratio;
  }

  protected override closedFormLr(): number[] {
    const { startFactor, endFactor, totalIters } = this;
    const factor =
      startFactor + ((endFactor - startFactor) * Math.min(totalIters, this.lastEpoch)) / totalIters;
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
