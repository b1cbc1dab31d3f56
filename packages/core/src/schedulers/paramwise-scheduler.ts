import { invalid, knownKeys } from '../internal/validate';
import { type Optimizer, type ParamGroup, validateOptimizer } from '../optimizer';
import { BaseScheduler, type Scheduler, type SchedulerState } from '../scheduler';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau';
import { loadChildren } from './sequential-lr';

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
    knownKeys('ParamwiseScheduler', options, ['schedulers']);
    const groups = validateOptimizer(optimizer).paramGroups;
    const factories = factoriesPerGroup(options.schedulers, groups.length);
    super(optimizer);
    this.schedulers = groups.map((group, i) => {
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
    });
    this.recordLastLrs();
  }

  override step(metric?: number): void {
    // Only metric-driven children take the metric: an LRScheduler would read it as an epoch.
    for (const child of this.schedulers) {
      if (needsMetric(child)) child.step(metric);
      else child.step();
    }
    this.recordLastLrs();
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

  override loadStateDict(state: SchedulerState): void {
    loadChildren(this.schedulers, state);
    const { schedulers: _children, ...own } = state;
    super.loadStateDict(own as SchedulerState);
  }
}

function needsMetric(scheduler: Scheduler): boolean {
  return (
    scheduler instanceof ReduceLROnPlateau ||
    (scheduler instanceof ParamwiseScheduler && scheduler.metricDriven)
  );
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
