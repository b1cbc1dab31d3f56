import type { FieldRule } from '../internal/state';
import {
  eachOf,
  invalid,
  knownKeys,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  perGroup,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';

export interface SWALROptions extends SchedulerBaseOptions {
  /** The lr every group anneals to: one for all groups, or one per group (PyTorch's swa_lr). */
  swaLr: number | readonly number[];
  /** Steps of the annealing; 0 jumps to swaLr at construction. Default 10. */
  annealEpochs?: number;
  /** 'cos' (default) or 'linear'. */
  annealStrategy?: 'cos' | 'linear';
}

const OPTION_KEYS = ['swaLr', 'annealEpochs', 'annealStrategy', 'lastEpoch', 'verbose'];

/**
 * PyTorch's `torch.optim.swa_utils.SWALR` (Stochastic Weight Averaging): anneals every group's
 * lr to `swaLr` over `annealEpochs` steps, then holds it. Like PyTorch's, it starts from the lr the
 * group has at each step (whatever set it: a schedule stepped before SWA started), so it is
 * recursive rather than closed-form, and it counts its own steps (step(epoch) sets lastEpoch only).
 * PyTorch keeps swa_lr in each param group; lrkit keeps it in the scheduler (and its state).
 */
export class SWALR extends LRScheduler {
  static override readonly schedulerName = 'SWALR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    swaLrs: eachOf(nonNegativeNumber),
    annealEpochs: nonNegativeInteger,
    annealStrategy: (p, v) => oneOf(p, v, ['cos', 'linear']),
  };
  private swaLrs: number[];
  private annealEpochs: number;
  private annealStrategy: 'cos' | 'linear';

  constructor(optimizer: Optimizer, options: SWALROptions) {
    knownKeys('SWALR', options, OPTION_KEYS);
    const groupCount = validateOptimizer(optimizer).paramGroups.length;
    if (options.swaLr === undefined) invalid('swaLr', undefined, 'is required');
    const swaLrs = perGroup('swaLr', options.swaLr, groupCount, nonNegativeNumber);
    const annealStrategy = oneOf('annealStrategy', options.annealStrategy ?? 'cos', [
      'cos',
      'linear',
    ]);
    const annealEpochs = nonNegativeInteger('annealEpochs', options.annealEpochs ?? 10);
    super(optimizer, options);
    this.swaLrs = swaLrs;
    this.annealEpochs = annealEpochs;
    this.annealStrategy = annealStrategy;
    this.initialStep();
  }

  private anneal(t: number): number {
    return this.annealStrategy === 'linear' ? t : (1 - Math.cos(Math.PI * t)) / 2;
  }

  getLr(): number[] {
    return this.freshLr();
  }

  /** PyTorch's rule: undo the previous step's blend from the group's lr, then blend anew. */
  protected override computeLr(out: number[]): void {
    let step = this.stepCount - 1;
    if (this.annealEpochs === 0) step = Math.max(1, step);
    const span = Math.max(1, this.annealEpochs);
    const prevAlpha = this.anneal(Math.max(0, Math.min(1, (step - 1) / span)));
    const alpha = this.anneal(Math.max(0, Math.min(1, step / span)));
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < out.length; i++) {
      const swaLr = this.swaLrs[i]!;
      const lr = groups[i]!.lr;
      const start = prevAlpha === 1 ? swaLr : (lr - prevAlpha * swaLr) / (1 - prevAlpha);
      out[i] = swaLr * alpha + start * (1 - alpha);
    }
  }
}
