import { MissingMetricError } from '../errors/missing-metric-error';
import { brand, hasBrand } from '../internal/brand';
import { restoreGroups, snapshotGroups } from '../internal/groups';
import { prepareLoadOf } from '../internal/prepare-load';
import { ownValue } from '../internal/state';
import {
  boolean,
  func,
  invalid,
  isPlainObject,
  nonNegativeInteger,
  oneOf,
  positiveInteger,
} from '../internal/validate';
import { validateOptimizer } from '../optimizer';
import type { Scheduler, SchedulerState } from '../scheduler';
import { isMetricDriven as isMetricDrivenScheduler } from '../schedulers/metric-driven';
import {
  composeBounds,
  lrLimit,
  lrsWithin,
  type StepBound,
  stepBound,
} from '../schedulers/step-guard';
import { LrHistory } from './lr-history';

/** One scheduler and when to step it, as a PyTorch Lightning lr scheduler config. */
export interface RunnerEntry {
  /** Any lrkit scheduler (LRScheduler, ReduceLROnPlateau, composites, ScheduleLR). */
  scheduler: Scheduler;
  /** Step after every optimizer update ('step') or after every epoch ('epoch', the default). */
  interval?: 'step' | 'epoch';
  /**
   * Step every `frequency` intervals. Default 1. As in Lightning, a 'step' entry steps when the
   * 1-based batch index within the epoch is a multiple of it (the count restarts at every
   * `onEpochEnd`), an 'epoch' entry when the 1-based epoch number is.
   */
  frequency?: number;
  /** The metric key fed to a metric-driven scheduler (required for ReduceLROnPlateau). */
  monitor?: string;
  /** true (default): a missing monitored metric throws; false: it warns and skips the step. */
  strict?: boolean;
  /** The name in the history. Default `lr-<SchedulerName>`, suffixed `-1`, `-2` when repeated. */
  name?: string;
}

/** An entry with its defaults filled in. */
export interface ResolvedRunnerEntry {
  readonly scheduler: Scheduler;
  readonly interval: 'step' | 'epoch';
  readonly frequency: number;
  readonly monitor: string | undefined;
  readonly strict: boolean;
  readonly name: string;
  /** Whether the scheduler is stepped with the monitored metric. */
  readonly metricDriven: boolean;
}

export interface SchedulerRunnerOptions {
  /** Receives the warnings of non-strict entries whose metric is missing. Default console.warn. */
  onWarning?: (message: string) => void;
  /** The history to record into (e.g. one shared by several runners). Default a new LrHistory. */
  history?: LrHistory;
  /** false: record nothing (for very long runs that log elsewhere). Default true. */
  recordHistory?: boolean;
}

/** `SchedulerRunner.stateDict()`: plain JSON. */
export interface RunnerState {
  version: 1;
  runner: 'SchedulerRunner';
  globalStep: number;
  epoch: number;
  /** Updates since the last epoch end; step-interval frequencies count these, as in Lightning. */
  batchInEpoch: number;
  entries: { name: string; scheduler: SchedulerState }[];
}

type Metrics = Readonly<Record<string, number>>;

const ENTRY_KEYS = ['scheduler', 'interval', 'frequency', 'monitor', 'strict', 'name'];

/**
 * Whether a scheduler is stepped with a metric: ReduceLROnPlateau, PlateauLR, or a composite
 * (SequentialLR, ChainedScheduler, ParamwiseScheduler) holding one.
 */
export function isMetricDriven(scheduler: Scheduler): boolean {
  return isMetricDrivenScheduler(scheduler);
}

function schedulerNameOf(scheduler: Scheduler): string {
  const ctor = (scheduler as object).constructor as { schedulerName?: unknown; name?: string };
  if (typeof ctor?.schedulerName === 'string') return ctor.schedulerName;
  return ctor?.name || 'Scheduler';
}

function unknownKey(path: string, value: object, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      invalid(
        `${path}.${key}`,
        (value as Record<string, unknown>)[key],
        `is not ${what}; valid keys are ${allowed.join(', ')}`,
      );
    }
  }
}

function checkScheduler(value: unknown, path: string): Scheduler {
  const s = value as Partial<Scheduler> | null;
  const ok =
    typeof s === 'object' &&
    s !== null &&
    typeof s.step === 'function' &&
    typeof s.getLastLr === 'function' &&
    typeof s.stateDict === 'function' &&
    typeof s.loadStateDict === 'function';
  if (!ok) {
    invalid(path, value, 'must be a scheduler (step, getLastLr, stateDict, loadStateDict)');
  }
  validateOptimizer((s as Scheduler).optimizer, `${path}.optimizer`);
  return s as Scheduler;
}

function resolveEntries(value: unknown): ResolvedRunnerEntry[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) invalid('entries', value, 'must hold at least one entry');
  const seen = new Set<Scheduler>();
  const resolved = list.map((raw: unknown, i) => {
    const path = `entries[${i}]`;
    if (!isPlainObject(raw)) invalid(path, raw, 'must be an object { scheduler, interval, ... }');
    unknownKey(path, raw, ENTRY_KEYS, 'a runner entry');
    const scheduler = checkScheduler(raw.scheduler, `${path}.scheduler`);
    if (seen.has(scheduler)) {
      invalid(`${path}.scheduler`, schedulerNameOf(scheduler), 'appears in two entries');
    }
    seen.add(scheduler);
    const interval = oneOf(`${path}.interval`, raw.interval ?? 'epoch', ['step', 'epoch']);
    const frequency = positiveInteger(`${path}.frequency`, raw.frequency ?? 1);
    const strict = boolean(`${path}.strict`, raw.strict ?? true);
    const metricDriven = isMetricDriven(scheduler);
    const monitor = raw.monitor;
    if (monitor !== undefined && (typeof monitor !== 'string' || monitor.length === 0)) {
      invalid(`${path}.monitor`, monitor, 'must be a non-empty metric key');
    }
    if (metricDriven && monitor === undefined) {
      invalid(
        `${path}.monitor`,
        monitor,
        `must name the metric that ${schedulerNameOf(scheduler)} is stepped with (e.g. 'val_loss')`,
      );
    }
    if (raw.name !== undefined && (typeof raw.name !== 'string' || raw.name.length === 0)) {
      invalid(`${path}.name`, raw.name, 'must be a non-empty string');
    }
    return {
      scheduler,
      interval,
      frequency,
      monitor: monitor as string | undefined,
      strict,
      name: raw.name as string | undefined,
      metricDriven,
    };
  });
  return nameEntries(resolved);
}

/** Explicit names must be unique; default names are `lr-<Scheduler>`, then `-1`, `-2`, ... */
function nameEntries(
  entries: (Omit<ResolvedRunnerEntry, 'name'> & { name: string | undefined })[],
): ResolvedRunnerEntry[] {
  const taken = new Set<string>();
  entries.forEach((e, i) => {
    if (e.name === undefined) return;
    if (taken.has(e.name)) invalid(`entries[${i}].name`, e.name, 'must be unique among entries');
    taken.add(e.name);
  });
  return entries.map((e) => {
    if (e.name !== undefined) return e as ResolvedRunnerEntry;
    const base = `lr-${schedulerNameOf(e.scheduler)}`;
    let name = base;
    for (let k = 1; taken.has(name); k++) name = `${base}-${k}`;
    taken.add(name);
    return { ...e, name };
  });
}

function checkMetrics(metrics: unknown, hook: string): Metrics {
  if (metrics === undefined) return {};
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
    invalid(
      `${hook}.metrics`,
      metrics,
      'must be an object of metric values, e.g. { val_loss: 0.3 }',
    );
  }
  return metrics as Metrics;
}

/**
 * Steps schedulers at the right moments of a training loop, as PyTorch Lightning does with its lr
 * scheduler configs: call `onStepEnd()` after every optimizer update and `onEpochEnd(metrics)`
 * after every epoch. Several optimizers are several entries (a GAN's generator per batch, its
 * discriminator per epoch); metric-driven schedulers get the `monitor`ed metric.
 */
export class SchedulerRunner {
  readonly entries: readonly ResolvedRunnerEntry[];
  readonly history: LrHistory;
  private readonly onWarning: (message: string) => void;
  private readonly warned = new Set<string>();
  private readonly recording: boolean;
  private steps = 0;
  private epochs = 0;
  private batchInEpoch = 0;
  /** Entries whose step cannot throw once planned (decided once, at construction). */
  /** Each entry's step bound, null where its step may throw (see stepBound). */
  private bounds: ReadonlyMap<ResolvedRunnerEntry, StepBound | null>;

  /** Whether `value` is a SchedulerRunner, also one made by another copy of @lrkit/core. */
  static isInstance(value: unknown): value is SchedulerRunner {
    return value instanceof SchedulerRunner || hasBrand(value, 'SchedulerRunner');
  }

  constructor(entries: RunnerEntry | readonly RunnerEntry[], options: SchedulerRunnerOptions = {}) {
    brand(this, 'SchedulerRunner');
    if (!isPlainObject(options)) {
      invalid('options', options, 'must be an object { onWarning, history, recordHistory }');
    }
    unknownKey(
      'options',
      options,
      ['onWarning', 'history', 'recordHistory'],
      'a SchedulerRunner option',
    );
    this.recording = boolean('recordHistory', options.recordHistory ?? true);
    this.onWarning =
      options.onWarning === undefined
        ? (message) => console.warn(message)
        : func<(message: string) => void>('onWarning', options.onWarning);
    if (options.history !== undefined && !LrHistory.isInstance(options.history)) {
      invalid('history', options.history, 'must be an LrHistory');
    }
    this.entries = Object.freeze(resolveEntries(entries));
    this.bounds = new Map(this.entries.map((e) => [e, stepBound(e.scheduler)]));
    this.history = options.history ?? new LrHistory();
    this.recordAll();
  }

  /** Number of `onStepEnd` calls so far (optimizer updates). */
  get globalStep(): number {
    return this.steps;
  }

  /** Number of `onEpochEnd` calls so far. */
  get epoch(): number {
    return this.epochs;
  }

  /** Call after every optimizer update. Steps the 'step'-interval entries that are due. */
  onStepEnd(metrics?: Metrics): void {
    const given = checkMetrics(metrics, 'onStepEnd');
    const plan = this.plan('step', this.batchInEpoch + 1, given, 'onStepEnd');
    this.run(plan);
    this.steps += 1;
    this.batchInEpoch += 1;
    if (this.recording) this.recordInterval('step', this.steps);
  }

  /** Call after every epoch, with its metrics (validation ones included). Steps 'epoch' entries. */
  onEpochEnd(metrics?: Metrics): void {
    const given = checkMetrics(metrics, 'onEpochEnd');
    const plan = this.plan('epoch', this.epochs + 1, given, 'onEpochEnd');
    this.run(plan);
    this.epochs += 1;
    this.batchInEpoch = 0;
    if (this.recording) this.recordInterval('epoch', this.epochs);
  }

  /**
   * Which entries step now and with what metric. Lightning's rule: an entry steps when the
   * 1-based index of this interval (the batch within the epoch, or the epoch) is a multiple of
   * its frequency. A strict entry's missing metric throws here, before anything changes.
   */
  private plan(
    interval: 'step' | 'epoch',
    index: number,
    metrics: Metrics,
    hook: string,
  ): { entry: ResolvedRunnerEntry; metric: number | undefined }[] {
    const plan: { entry: ResolvedRunnerEntry; metric: number | undefined }[] = [];
    for (const entry of this.entries) {
      if (entry.interval !== interval || index % entry.frequency !== 0) continue;
      if (!entry.metricDriven) {
        plan.push({ entry, metric: undefined });
        continue;
      }
      const key = entry.monitor as string;
      const value = ownValue(metrics, key);
      if (value === undefined) {
        const available = Object.keys(metrics);
        if (entry.strict) {
          throw new MissingMetricError({
            entry: entry.name,
            scheduler: schedulerNameOf(entry.scheduler),
            monitor: key,
            available,
            hook,
          });
        }
        this.warnOnce(entry, key, available, hook);
        continue;
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        invalid(`${hook}.metrics.${key}`, value, 'must be a finite number');
      }
      this.warned.delete(entry.name);
      plan.push({ entry, metric: value });
    }
    return plan;
  }

  /**
   * Steps the planned entries, all or nothing: when an entry after the first may throw (a user
   * function, an OneCycleLR at its end), the entries and their groups are saved first and put
   * back if it does, so a failed step changes no entry.
   */
  private run(plan: { entry: ResolvedRunnerEntry; metric: number | undefined }[]): void {
    const guarded = plan.length > 1 && this.mayFail(plan);
    if (!guarded) {
      for (const { entry, metric } of plan) stepEntry(entry, metric);
      return;
    }
    const groups = plan.map((p) => snapshotGroups(p.entry.scheduler.optimizer));
    const states = plan.map((p) => p.entry.scheduler.stateDict());
    let done = 0;
    try {
      for (; done < plan.length; done++) stepEntry(plan[done]!.entry, plan[done]!.metric);
    } catch (error) {
      for (let i = done - 1; i >= 0; i--) {
        plan[i]!.entry.scheduler.loadStateDict(states[i]!);
        restoreGroups(groups[i]!);
      }
      throw error;
    }
  }

  /**
   * Whether an entry after the first may throw: by itself, or by overflowing the lrs that the
   * entries before it on the same optimizer leave (their bounds composed).
   */
  private mayFail(plan: readonly { entry: ResolvedRunnerEntry }[]): boolean {
    for (let i = 1; i < plan.length; i++) {
      const { optimizer } = plan[i]!.entry.scheduler;
      // Entries on other optimizers leave this one's lrs alone.
      let reach: StepBound | null = { factor: 1, offset: 0 };
      for (let j = 0; j <= i; j++) {
        const { entry } = plan[j]!;
        if (entry.scheduler.optimizer !== optimizer) continue;
        reach = composeBounds(reach, this.bounds.get(entry) ?? null);
      }
      if (!lrsWithin(optimizer.paramGroups, lrLimit(reach))) return true;
    }
    return false;
  }

  /** Warns once until the metric shows up again, so a per-batch entry does not flood the log. */
  private warnOnce(
    entry: ResolvedRunnerEntry,
    key: string,
    available: string[],
    hook: string,
  ): void {
    if (this.warned.has(entry.name)) return;
    this.warned.add(entry.name);
    const list = available.length ? available.map((k) => `'${k}'`).join(', ') : 'none';
    this.onWarning(
      `${schedulerNameOf(entry.scheduler)} (runner entry '${entry.name}') monitors '${key}', which is not ` +
        `among the metrics given to ${hook} (${list}); strict is false, so its step is skipped.`,
    );
  }

  private recordInterval(interval: 'step' | 'epoch', at: number): void {
    for (const e of this.entries) {
      if (e.interval === interval) this.history.record(e.name, e.scheduler.optimizer, at);
    }
  }

  private recordAll(): void {
    if (!this.recording) return;
    for (const e of this.entries) {
      const at = e.interval === 'step' ? this.steps : this.epochs;
      this.history.record(e.name, e.scheduler.optimizer, at);
    }
  }

  /** The counters and every entry's scheduler state, as plain JSON. */
  stateDict(): RunnerState {
    return {
      version: 1,
      runner: 'SchedulerRunner',
      globalStep: this.steps,
      epoch: this.epochs,
      batchInEpoch: this.batchInEpoch,
      entries: this.entries.map((e) => ({ name: e.name, scheduler: e.scheduler.stateDict() })),
    };
  }

  /**
   * Checks a `stateDict()` as `loadStateDict` would (counters, entry names, every scheduler's
   * state with its constructor's rules) without changing anything. Errors name the path, such as
   * `state.entries[0].scheduler.schedulers[1].milestones[0]`.
   */
  validateStateDict(state: unknown): void {
    this.prepareLoad(state);
  }

  /**
   * Restores a `stateDict()` into a runner built with the same entries (same names, same
   * scheduler types), all or nothing: every part is validated before anything is kept. When the
   * history already holds the restored position (a run rolled back to one of its own states),
   * it is kept up to there and what came after is dropped; reloading the current state changes
   * nothing. Otherwise (a fresh runner resuming) the history restarts at the restored position.
   */
  loadStateDict(state: RunnerState): void {
    const { counters, commit } = this.prepareLoad(state);
    commit();
    // A loaded scheduler may now fail where it could not before (a gamma above 1).
    this.bounds = new Map(this.entries.map((e) => [e, stepBound(e.scheduler)]));
    this.steps = counters.globalStep;
    this.epochs = counters.epoch;
    this.batchInEpoch = counters.batchInEpoch;
    this.warned.clear();
    if (!this.recording) return;
    for (const e of this.entries) {
      const at = e.interval === 'step' ? this.steps : this.epochs;
      // Rolled back to a point of this run: keep its history up to there. Anything else (a
      // fresh runner resuming) restarts the history at the restored position.
      this.history.truncateAfter(e.name, at);
      if (this.history.endsWith(e.name, e.scheduler.optimizer, at)) continue;
      this.history.delete(e.name);
      this.history.record(e.name, e.scheduler.optimizer, at);
    }
  }

  private prepareLoad(state: unknown): {
    counters: { globalStep: number; epoch: number; batchInEpoch: number };
    commit: () => void;
  } {
    if (!isPlainObject(state)) invalid('state', state, 'must be an object returned by stateDict()');
    const field = (key: string) => ownValue(state, key);
    for (const key of Object.keys(state)) {
      if (!RUNNER_STATE_KEYS.includes(key)) {
        invalid(
          `state.${key}`,
          state[key],
          `is not a field of a runner state; its fields are ${RUNNER_STATE_KEYS.join(', ')}`,
        );
      }
    }
    if (field('version') !== 1) invalid('state.version', field('version'), 'must be 1');
    if (field('runner') !== 'SchedulerRunner') {
      invalid('state.runner', field('runner'), "must be 'SchedulerRunner'");
    }
    const counters = {
      globalStep: nonNegativeInteger('state.globalStep', field('globalStep')),
      epoch: nonNegativeInteger('state.epoch', field('epoch')),
      batchInEpoch: nonNegativeInteger('state.batchInEpoch', field('batchInEpoch')),
    };
    const saved = field('entries');
    if (!Array.isArray(saved) || saved.length !== this.entries.length) {
      invalid(
        'state.entries',
        saved,
        `must be a list of ${this.entries.length} entry states (the runner's entries)`,
      );
    }
    const parts = saved.map((s: unknown, i) => this.prepareEntry(s, i));
    const foreign = parts.some((p) => p.foreign);
    const commitAll = () => {
      for (const part of parts) part.commit();
    };
    if (!foreign) return { counters, commit: commitAll };
    return { counters, commit: () => this.commitWithRollback(commitAll) };
  }

  private prepareEntry(saved: unknown, index: number): { commit: () => void; foreign: boolean } {
    const path = `state.entries[${index}]`;
    if (!isPlainObject(saved)) invalid(path, saved, 'must be an object { name, scheduler }');
    for (const key of Object.keys(saved)) {
      if (key !== 'name' && key !== 'scheduler') {
        invalid(
          `${path}.${key}`,
          saved[key],
          'is not a field of an entry state; its fields are name, scheduler',
        );
      }
    }
    const entry = this.entries[index]!;
    const name = ownValue(saved, 'name');
    if (name !== entry.name) {
      invalid(
        `${path}.name`,
        name,
        `must be '${entry.name}' (the state of a runner with other entries cannot be loaded)`,
      );
    }
    return prepareLoadOf(entry.scheduler, ownValue(saved, 'scheduler'), `${path}.scheduler`);
  }

  /** For schedulers written outside lrkit, whose load may still throw: back up, roll back. */
  private commitWithRollback(commitAll: () => void): void {
    const backups = this.entries.map((e) => e.scheduler.stateDict());
    const groups = this.entries.map((e) => snapshotGroups(e.scheduler.optimizer));
    try {
      commitAll();
    } catch (error) {
      this.entries.forEach((e, i) => {
        e.scheduler.loadStateDict(backups[i]!);
        restoreGroups(groups[i]!);
      });
      throw error;
    }
  }
}

const RUNNER_STATE_KEYS = ['version', 'runner', 'globalStep', 'epoch', 'batchInEpoch', 'entries'];

/** Steps one entry: metric-driven schedulers get the monitored metric. */
function stepEntry(entry: ResolvedRunnerEntry, metric: number | undefined): void {
  if (entry.metricDriven) entry.scheduler.step(metric);
  else entry.scheduler.step();
}
