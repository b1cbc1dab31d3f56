import { readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { checkedFactor, type LrLambda, lambdasPerGroup } from './lambda-lr';

export interface MultiplicativeLROptions extends SchedulerBaseOptions {
  /** The factor applied to the current lr at each step; one function or one per group. */
  lrLambda: LrLambda | readonly LrLambda[];
}

/** lr ← lr × lrLambda(step) at every step after the first. */
export class MultiplicativeLR extends LRScheduler {
  static override readonly schedulerName = 'MultiplicativeLR';
  private readonly lrLambdas: LrLambda[];

  constructor(optimizer: Optimizer, options: MultiplicativeLROptions) {
    options = readOptions('MultiplicativeLR', options, ['lrLambda', 'lastEpoch', 'verbose']);
    const lambdas = lambdasPerGroup(options.lrLambda, optimizer);
    super(optimizer, options);
    this.lrLambdas = lambdas;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const epoch = this.lastEpoch;
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < out.length; i++) {
      const lr = groups[i]!.lr;
      out[i] = epoch <= 0 ? lr : lr * checkedFactor(this.lrLambdas[i]!(epoch), i, epoch);
    }
  }
}
