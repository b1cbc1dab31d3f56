import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import { readOptions } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler, type LRScheduler, type Scheduler, type SchedulerState } from '../scheduler';
import { isMetricDriven } from './metric-driven';
import { checkChildren, checkStepMetric, prepareComposite } from './sequential-lr';
import { chainBound, lrLimit, lrsWithin, stepAll } from './step-guard';

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
    options = readOptions('ChainedScheduler', options, ['schedulers']);
    validateOptimizer(optimizer);
    const schedulers = checkChildren(optimizer, options.schedulers);
    super(optimizer);
    this.schedulers = schedulers;
    Object.defineProperty(this, 'lrLimit', {
      value: lrLimit(chainBound(schedulers)),
      writable: true,
    });
    // The children are fixed at construction, so whether one takes a metric is asked once.
    Object.defineProperty(this, 'metricChild', { value: schedulers.some(isMetricDriven) });
  }

  /** Whether a child takes a metric (not state: it follows from the children). */
  declare private readonly metricChild: boolean;

  /**
   * The largest |lr| from which no child can overflow (-Infinity when a child may throw), from
   * the children's step bounds (not state): above it step() saves the children first.
   */
  declare private lrLimit: number;

  private get guarded(): boolean {
    return !lrsWithin(this.optimizer.paramGroups, this.lrLimit);
  }

  /** Whether a child is stepped with a metric (PlateauLR): then step(metric) passes it on. */
  get metricDriven(): boolean {
    return this.metricChild;
  }

  /**
   * Steps every child in order (metric-driven children with the metric); if one throws, none of
   * them (nor the groups) has changed.
   */
  override step(metric?: number): void {
    if (metric === undefined && !this.metricChild) {
      stepAll(this.optimizer, this.schedulers, this.guarded, stepPlain);
    } else {
      // Checked before any child steps, so a missing metric changes nothing.
      checkStepMetric(this, 'ChainedScheduler', metric);
      stepAll(this.optimizer, this.schedulers, this.guarded, (child) => {
        if (isMetricDriven(child)) child.step(metric);
        else child.step();
      });
    }
    this.recordLastLrs();
  }

  override stateDict(): SchedulerState {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }

  override [PREPARE_LOAD](state: unknown, root: string): Commit {
    const commit = prepareComposite(this.optimizer, this.schedulers, state, root, (own) =>
      super[PREPARE_LOAD](own, root),
    );
    return () => {
      commit();
      // A loaded child may now fail where it could not before (a gamma above 1).
      this.lrLimit = lrLimit(chainBound(this.schedulers));
    };
  }
}
