import { restoreGroups, snapshotGroups } from '../internal/groups';
import { type Commit, PREPARE_LOAD, prepareLoadOf } from '../internal/prepare-load';
import { type FieldRule, ownValue } from '../internal/state';
import {
  finiteNumber,
  invalid,
  isPlainObject,
  lastEpochOption,
  nonNegativeInteger,
  positiveInteger,
  readOptions,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler, LRScheduler, type Scheduler, type SchedulerState } from '../scheduler';
import { isMetricDriven } from './metric-driven';
import { countAtOrBelow } from './multi-step-lr';

export interface SequentialLROptions {
  /** The schedulers in order, all built on this optimizer. */
  schedulers: readonly LRScheduler[];
  /** Steps at which the next scheduler takes over; one fewer than schedulers, increasing. */
  milestones: readonly number[];
  /** -1 for a fresh start. */
  lastEpoch?: number;
}

/** PyTorch's SequentialLR and ChainedScheduler take no epoch: passing one is a mistake. */
export function noStepArgument(scheduler: string, value: unknown): never {
  return invalid(
    'epoch',
    value,
    `must be omitted: ${scheduler}.step() takes no argument (it steps its schedulers by one)`,
  );
}

/**
 * A composite's step argument: a metric, allowed only when a child is metric-driven (PyTorch's
 * SequentialLR and ChainedScheduler take no argument); it must then be finite.
 */
export function checkStepMetric(
  composite: { readonly metricDriven: boolean },
  name: string,
  metric: unknown,
): void {
  if (!composite.metricDriven) noStepArgument(name, metric);
  finiteNumber('metric', metric);
}

/** Checks that every child is an LRScheduler built on `optimizer`. */
export function checkChildren(
  optimizer: Optimizer,
  schedulers: unknown,
  parameter = 'schedulers',
): LRScheduler[] {
  if (!Array.isArray(schedulers) || schedulers.length === 0) {
    invalid(parameter, schedulers, 'must be a non-empty array of schedulers');
  }
  schedulers.forEach((child, i) => {
    if (!LRScheduler.isInstance(child)) {
      invalid(
        `${parameter}[${i}]`,
        child,
        'must be an LRScheduler (ReduceLROnPlateau and composites cannot be nested here)',
      );
    }
    if (child.optimizer !== optimizer) {
      invalid(
        `${parameter}[${i}]`,
        child.constructor.name,
        'must be built on the same optimizer as the parent scheduler',
      );
    }
  });
  return schedulers as LRScheduler[];
}

/** Runs schedulers one after another, switching at each milestone (PyTorch's SequentialLR). */
export class SequentialLR extends BaseScheduler {
  static override readonly schedulerName = 'SequentialLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    lastEpoch: nonNegativeInteger,
    milestones: increasingMilestones,
  };
  lastEpoch: number;
  private milestones: number[];
  private readonly schedulers: LRScheduler[];

  constructor(optimizer: Optimizer, options: SequentialLROptions) {
    options = readOptions('SequentialLR', options, ['schedulers', 'milestones', 'lastEpoch']);
    validateOptimizer(optimizer);
    const schedulers = checkChildren(optimizer, options.schedulers);
    const milestones = milestonesFor(options.milestones, schedulers.length);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    optimizer.paramGroups.forEach((group, i) => {
      if (typeof group.initialLr !== 'number') {
        invalid(
          `optimizer.paramGroups[${i}].initialLr`,
          group.initialLr,
          'must have been recorded by the child schedulers',
        );
      }
    });
    super(optimizer);
    this.schedulers = schedulers;
    // The children are fixed at construction: which ones take a metric is asked once (not state).
    Object.defineProperty(this, 'metricChildren', { value: schedulers.map(isMetricDriven) });
    this.milestones = milestones;
    this.lastEpoch = lastEpoch + 1;
    // As PyTorch: undo the children's construction steps and start the first one afresh.
    const before = snapshotGroups(optimizer);
    for (const group of optimizer.paramGroups) group.lr = group.initialLr as number;
    for (const child of schedulers) child.lastEpoch -= 1;
    try {
      (schedulers[0] as unknown as { initialStep(): void }).initialStep();
    } catch (error) {
      for (const child of schedulers) child.lastEpoch += 1;
      restoreGroups(before);
      throw error;
    }
    this.lastLrs = schedulers[0]!.getLastLr();
  }

  /** Whether each child is stepped with a metric. */
  declare private readonly metricChildren: readonly boolean[];

  /** Whether a child is stepped with a metric (PlateauLR): then step(metric) passes it on. */
  get metricDriven(): boolean {
    return this.metricChildren.includes(true);
  }

  /** Steps the active child; a metric (allowed only when a child is metric-driven) goes to it. */
  override step(metric?: number): void {
    if (metric !== undefined) checkStepMetric(this, 'SequentialLR', metric);
    const next = this.lastEpoch + 1;
    const index = countAtOrBelow(this.milestones, next);
    const child = this.schedulers[index]!;
    // A child's step either completes or changes nothing, so lastEpoch moves only after it.
    // A metric-driven child was rewound to -1 at construction, so its next step is its step 0.
    if (this.metricChildren[index]) child.step(metric);
    else if (index > 0 && this.milestones[index - 1] === next) child.step(0);
    else child.step();
    this.lastEpoch = next;
    this.recordLastLrs();
  }

  override stateDict(): SchedulerState {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }

  override [PREPARE_LOAD](state: unknown, root: string): Commit {
    return prepareComposite(this.optimizer, this.schedulers, state, root, (own) =>
      super[PREPARE_LOAD](own, root),
    );
  }
}

function milestonesFor(value: unknown, schedulerCount: number): number[] {
  if (Array.isArray(value) && value.length !== schedulerCount - 1) {
    invalid(
      'milestones',
      value,
      `must have one fewer entry than schedulers (${schedulerCount - 1} for ${schedulerCount} schedulers)`,
    );
  }
  return increasingMilestones('milestones', value);
}

/** Strictly increasing positive integers (SequentialLR's switch points). */
function increasingMilestones(parameter: string, value: unknown): number[] {
  if (!Array.isArray(value)) invalid(parameter, value, 'must be an array of positive integers');
  const milestones = value.map((m, i) => positiveInteger(`${parameter}[${i}]`, m));
  for (let i = 1; i < milestones.length; i++) {
    if (milestones[i]! <= milestones[i - 1]!) {
      invalid(parameter, value, 'must be strictly increasing');
    }
  }
  return milestones;
}

/**
 * Validates a composite's state, the children's states (each under `root.schedulers[i]`) and
 * then its own fields, and returns the commit of all of them: a bad part changes nothing.
 */
export function prepareComposite(
  optimizer: Optimizer,
  children: readonly Scheduler[],
  state: unknown,
  root: string,
  prepareOwn: (own: SchedulerState) => Commit,
): Commit {
  if (!isPlainObject(state)) invalid(root, state, 'must be an object returned by stateDict()');
  const saved = ownValue(state, 'schedulers');
  if (!Array.isArray(saved) || saved.length !== children.length) {
    invalid(`${root}.schedulers`, saved, `must be a list of ${children.length} child states`);
  }
  const parts = children.map((child, i) =>
    prepareLoadOf(child, saved[i], `${root}.schedulers[${i}]`),
  );
  const { schedulers: _children, ...own } = state;
  const commitOwn = prepareOwn(own as SchedulerState);
  const commitAll = () => {
    for (const part of parts) part.commit();
    commitOwn();
  };
  if (!parts.some((part) => part.foreign)) return commitAll;
  // A child written outside lrkit may still throw while loading: keep everything to roll back.
  return () => {
    const groups = snapshotGroups(optimizer);
    const backups = children.map((c) => c.stateDict());
    try {
      commitAll();
    } catch (error) {
      children.forEach((child, i) => {
        child.loadStateDict(backups[i]!);
      });
      restoreGroups(groups);
      throw error;
    }
  };
}
