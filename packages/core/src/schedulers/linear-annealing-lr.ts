import type { FieldRule } from '../internal/state';
import { invalid, positiveInteger, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

export interface LinearAnnealingLROptions extends SchedulerBaseOptions {
  /** Steps of the linear warmup to the base lr (the tutorial's num_annealing_steps). */
  annealingSteps: number;
  /** Step at which the lr reaches 0 (the tutorial's num_total_steps). */
  totalSteps: number;
}

/**
 * Linear warmup to the base lr over annealingSteps, then linear decay to 0 at totalSteps - 1.
 * Same numbers as the tutorial's LinearAnnealingLR, but held at 0 past the end instead of
 * going negative.
 */
export class LinearAnnealingLR extends LRScheduler {
  static override readonly schedulerName = 'LinearAnnealingLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    annealingSteps: positiveInteger,
    totalSteps: positiveInteger,
  };
  private annealingSteps: number;
  private totalSteps: number;

  constructor(optimizer: Optimizer, options: LinearAnnealingLROptions) {
    options = readOptions('LinearAnnealingLR', options, [
      'annealingSteps',
      'totalSteps',
      'lastEpoch',
      'verbose',
    ]);
    const annealingSteps = positiveInteger('annealingSteps', options.annealingSteps);
    const totalSteps = positiveInteger('totalSteps', options.totalSteps);
    if (totalSteps <= annealingSteps) {
      invalid('totalSteps', totalSteps, `must be greater than annealingSteps (${annealingSteps})`);
    }
    super(optimizer, options);
    this.annealingSteps = annealingSteps;
    this.totalSteps = totalSteps;
    this.initialStep();
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    if ((next.totalSteps as number) <= (next.annealingSteps as number)) {
      invalid(
        `${root}.totalSteps`,
        next.totalSteps,
        `must be greater than annealingSteps (${next.annealingSteps})`,
      );
    }
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const step = this.lastEpoch;
    const factor =
      step < this.annealingSteps
        ? (step + 1) / this.annealingSteps
        : Math.max(0, (this.totalSteps - step - 1) / (this.totalSteps - this.annealingSteps));
    for (let i = 0; i < out.length; i++) out[i] = this.baseLrs[i]! * factor;
  }

  protected override closedFormLr(): number[] {
    return this.getLr();
  }

  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
