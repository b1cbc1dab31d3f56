import { knownKeys } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler, type LRScheduler, type SchedulerState } from '../scheduler';
import { checkChildren, loadComposite, noStepArgument } from './sequential-lr';

export interface ChainedSchedulerOptions {
  /** Schedulers stepped one after another at every step, each multiplying into the lr. */
  schedulers: readonly LRScheduler[];
}

/** Steps every child at each step, so their chainable effects compose (PyTorch's ChainedScheduler). */
export class ChainedScheduler extends BaseScheduler {
  static override readonly schedulerName = 'ChainedScheduler';
  private readonly schedulers: LRScheduler[];

  constructor(optimizer: Optimizer, options: ChainedSchedulerOptions) {
    knownKeys('ChainedScheduler', options, ['schedulers']);
    validateOptimizer(optimizer);
    const schedulers = checkChildren(optimizer, options.schedulers);
    super(optimizer);
    this.schedulers = schedulers;
  }

  override step(epoch?: number): void {
    if (epoch !== undefined) noStepArgument('ChainedScheduler', epoch);
    for (const child of this.schedulers) child.step();
    this.recordLastLrs();
  }

  override stateDict(): SchedulerState {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }

  override loadStateDict(state: SchedulerState): void {
    loadComposite(this.optimizer, this.schedulers, state, (own) => super.loadStateDict(own));
  }
}
