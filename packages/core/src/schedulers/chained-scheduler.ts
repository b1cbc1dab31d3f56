import { knownKeys } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler, type LRScheduler, type Scheduler, type SchedulerState } from '../scheduler';
import { checkChildren, loadComposite, noStepArgument } from './sequential-lr';
import { stepAll, stepMayFail } from './step-guard';

export interface ChainedSchedulerOptions {
  /** Schedulers stepped one after another at every step, each multiplying into the lr. */
  schedulers: readonly LRScheduler[];
}

function stepPlain(child: Scheduler): void {
  child.step();
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
    Object.defineProperty(this, 'guarded', { value: schedulers.some(stepMayFail) });
  }

  /** Whether a child's step may throw, so that step() saves the children first (not state). */
  declare private readonly guarded: boolean;

  /** Steps every child in order; if one throws, none of them (nor the groups) has changed. */
  override step(epoch?: number): void {
    if (epoch !== undefined) noStepArgument('ChainedScheduler', epoch);
    stepAll(this.optimizer, this.schedulers, this.guarded, stepPlain);
    this.recordLastLrs();
  }

  override stateDict(): SchedulerState {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }

  override loadStateDict(state: SchedulerState): void {
    loadComposite(this.optimizer, this.schedulers, state, (own) => super.loadStateDict(own));
  }
}
