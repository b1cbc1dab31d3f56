import { withGroupsRollback } from '../internal/groups';
import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import { invalid, readOptions } from '../internal/validate';
import { type Optimizer, type ParamGroup, validateOptimizer } from '../optimizer';
import { BaseScheduler, type Scheduler, type SchedulerState } from '../scheduler';
import { isMetricDriven } from './metric-driven';
import { prepareComposite } from './sequential-lr';
import { lrLimit, lrsWithin, stepAll, stepBound } from './step-guard';

/** Builds the scheduler of one param group from a one-group view of the optimizer. */
export type GroupSchedulerFactory = (groupOptimizer: Optimizer, groupIndex: number) => Scheduler;

export interface ParamwiseSchedulerOptions {
  /** One factory per param group, or one factory used for every group. */
  schedulers: GroupSchedulerFactory | readonly GroupSchedulerFactory[];
}

/**
 * One independent scheduler per param group: each child sees an optimizer holding only its own
 * group, so a backbone can follow a cosine while a head follows a step decay.
 * `step(metric)` passes the metric to every child (plateau children need it).
 */
export class ParamwiseScheduler extends BaseScheduler {
  static override readonly schedulerName = 'ParamwiseScheduler';
  private readonly schedulers: Scheduler[];

  constructor(optimizer: Optimizer, options: ParamwiseSchedulerOptions) {
    options = readOptions('ParamwiseScheduler', options, ['schedulers']);
    const groups = validateOptimizer(optimizer).paramGroups;
    const factories = factoriesPerGroup(options.schedulers, groups.length);
    super(optimizer);
    // A factory that throws (or a child rejecting its options) leaves no group half-scheduled.
    this.schedulers = withGroupsRollback(optimizer, () =>
      groups.map((group, i) => {
        const view: Optimizer = { paramGroups: [group as ParamGroup] };
        const child = factories[i]!(view, i);
        if (!child || typeof child.step !== 'function' || child.optimizer !== view) {
          invalid(
            `schedulers[${i}]`,
            child,
            'must return a scheduler built on the one-group optimizer it was given',
          );
        }
        return child;
      }),
    );
    Object.defineProperty(this, 'takesMetric', { value: this.schedulers.map(needsMetric) });
    Object.defineProperty(this, 'needsAMetric', { value: this.takesMetric.includes(true) });
    Object.defineProperty(this, 'lrLimits', {
      value: this.schedulers.map((child) => lrLimit(stepBound(child))),
      writable: true,
    });
    this.recordLastLrs();
  }

  override step(metric?: number): void {
    // Only metric-driven children take the metric: an LRScheduler would read it as an epoch.
    const children = this.schedulers;
    const takesMetric = this.takesMetric;
    // Checked before any child steps, so a missing metric leaves every group as it was.
    if (this.needsAMetric && (typeof metric !== 'number' || !Number.isFinite(metric))) {
      invalid(
        'metric',
        metric,
        'must be the monitored metric, a finite number: a group of this ParamwiseScheduler is driven by a metric (ReduceLROnPlateau, PlateauLR)',
      );
    }
    if (this.guarded()) {
      // A child may throw (a user function, OneCycleLR run out): then none of them steps.
      stepAll(this.optimizer, children, true, (child, i) => {
        if (takesMetric[i]) child.step(metric);
        else child.step();
      });
    } else {
      for (let i = 0; i < children.length; i++) {
        if (takesMetric[i]) children[i]!.step(metric);
        else children[i]!.step();
      }
    }
    this.recordLastLrs();
  }

  /** Which children take the metric, decided once (not enumerable: not state). */
  declare private readonly takesMetric: boolean[];
  declare private readonly needsAMetric: boolean;
  /** Each child's largest safe |lr|, -Infinity where it may throw (not state: see lrLimit). */
  declare private lrLimits: number[];

  /** Whether a child may throw or overflow this step, so that the children are saved first. */
  private guarded(): boolean {
    const limits = this.lrLimits;
    const groups = this.optimizer.paramGroups;
    // Child i drives group i.
    for (let i = 0; i < limits.length; i++) if (!lrsWithin(groups, limits[i]!, i)) return true;
    return false;
  }

  /** Whether any group's scheduler is driven by a metric (ReduceLROnPlateau). */
  get metricDriven(): boolean {
    return this.schedulers.some(needsMetric);
  }

  /** The child scheduler of one group. */
  schedulerOf(groupIndex: number): Scheduler {
    const child = this.schedulers[groupIndex];
    if (!child)
      invalid('groupIndex', groupIndex, `must be an index below ${this.schedulers.length}`);
    return child;
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
      this.lrLimits = this.schedulers.map((child) => lrLimit(stepBound(child)));
    };
  }
}

function needsMetric(scheduler: Scheduler): boolean {
  return isMetricDriven(scheduler);
}

function factoriesPerGroup(value: unknown, groupCount: number): GroupSchedulerFactory[] {
  if (typeof value === 'function')
    return Array.from({ length: groupCount }, () => value as GroupSchedulerFactory);
  if (!Array.isArray(value) || value.length !== groupCount) {
    invalid(
      'schedulers',
      value,
      `must be one factory or a list of ${groupCount} factories (one per param group)`,
    );
  }
  value.forEach((f, i) => {
    if (typeof f !== 'function')
      invalid(`schedulers[${i}]`, f, 'must be a function (groupOptimizer) => scheduler');
  });
  return value as GroupSchedulerFactory[];
}
