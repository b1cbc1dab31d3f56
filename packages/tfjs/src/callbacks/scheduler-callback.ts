import {
  type Optimizer,
  type RunnerEntry,
  type RunnerState,
  ScheduleExhaustedError,
  type Scheduler,
  SchedulerRunner,
} from '@lrkit/core';
import { Callback } from '@tensorflow/tfjs-layers';
import { invalid, knownKeys, nonNegativeFinite, oneOf } from '../internal/validate';
import { readMetrics, type TfLogs } from './logs';

/** The part of a `tf.LayersModel` the callbacks use. */
export interface StoppableModel {
  stopTraining: boolean;
}

export interface LrSchedulerCallbackOptions {
  /**
   * Key of the lr in the batch and epoch logs (hence in `History`): the lr the updates of that
   * batch or epoch used. Group `g > 0` is written as `<logKey>_<g>`; the groups of a second
   * optimizer as `<logKey>_opt1`, `<logKey>_opt1_<g>`. `null` writes nothing. Default `'lr'`.
   */
  logKey?: string | null;
  /** `'throw'` (default): a schedule stepped past its end (OneCycleLR) fails the fit, as in
   * PyTorch; `'stop'`: it sets `model.stopTraining` and keeps the last lr. */
  onExhausted?: 'throw' | 'stop';
  /** Stop training (`model.stopTraining = true`) once every group's lr is below this. */
  stopWhenLrBelow?: number;
  /**
   * The model to stop. Only needed with `onExhausted: 'stop'` or `stopWhenLrBelow` when the
   * callback is listed after a plain-object callback (tfjs then wraps it and never gives it the
   * model); as a `tf.Callback` it receives the model from `fit` itself.
   */
  model?: StoppableModel;
  /** Receives the runner's warnings (a missing non-strict metric). Default console.warn. */
  onWarning?: (message: string) => void;
}

const OPTION_KEYS = ['logKey', 'onExhausted', 'stopWhenLrBelow', 'model', 'onWarning'];

/** What a scheduler callback is built from: a runner, runner entries, or one scheduler. */
export type SchedulerSource = SchedulerRunner | RunnerEntry | readonly RunnerEntry[] | Scheduler;

interface LogTarget {
  key: string;
  optimizer: Optimizer;
  group: number;
}

/**
 * Drives lrkit schedulers from `model.fit` / `model.fitDataset`: a thin shell over the core
 * {@link SchedulerRunner}, which it calls after every batch (`onStepEnd`, batch logs as metrics)
 * and every epoch (`onEpochEnd`, epoch logs with `val_*` as metrics).
 *
 * It is a real `tf.Callback`, and its hooks are bound to it, so it works both where tfjs uses it
 * as a callback instance and where tfjs wraps it as a plain `{ onEpochEnd, ... }` object (tfjs
 * does that to a whole list whose first element is a plain object). Its state (the runner's)
 * persists across `fit` calls, so fitting one epoch at a time continues the schedule.
 *
 * ```ts
 * const binding = bindOptimizer(tf.train.adam(1e-3));
 * const warmupCosine = new SequentialLR(binding, { ... });
 * model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
 * await model.fit(xs, ys, {
 *   epochs: 10,
 *   callbacks: [new LrSchedulerCallback({ scheduler: warmupCosine, interval: 'step' })],
 * });
 * ```
 */
export class LrSchedulerCallback extends Callback {
  readonly runner: SchedulerRunner;
  private readonly logTargets: readonly LogTarget[];
  private readonly stepMonitors: readonly string[];
  private readonly epochMonitors: readonly string[];
  private readonly onExhausted: 'throw' | 'stop';
  private readonly stopWhenLrBelow: number | undefined;
  private readonly stopModel: StoppableModel | undefined;
  /** The lrs the last batch of the current epoch trained with (logged at the epoch's end). */
  private lastBatchLrs: number[] | null = null;

  constructor(source: SchedulerSource, options: LrSchedulerCallbackOptions = {}) {
    knownKeys('LrSchedulerCallback', options, OPTION_KEYS);
    const logKey = logKeyOf(options.logKey);
    const onExhausted = oneOf('onExhausted', options.onExhausted ?? 'throw', ['throw', 'stop']);
    const stopWhenLrBelow =
      options.stopWhenLrBelow === undefined
        ? undefined
        : nonNegativeFinite('stopWhenLrBelow', options.stopWhenLrBelow);
    if (
      options.model !== undefined &&
      (typeof options.model !== 'object' || options.model === null)
    ) {
      invalid('model', options.model, 'must be the tf.LayersModel being trained');
    }
    const runner = runnerOf(source, options.onWarning);
    super();
    this.runner = runner;
    this.onExhausted = onExhausted;
    this.stopWhenLrBelow = stopWhenLrBelow;
    this.stopModel = options.model;
    this.logTargets = logKey === null ? [] : logTargetsOf(runner, logKey);
    this.stepMonitors = monitorsOf(runner, 'step');
    this.epochMonitors = monitorsOf(runner, 'epoch');
    // Bound, so that tfjs can also call them as a plain callback object's functions.
    this.onTrainBegin = this.onTrainBegin.bind(this);
    this.onBatchEnd = this.onBatchEnd.bind(this);
    this.onEpochEnd = this.onEpochEnd.bind(this);
  }

  /** The lr (and momentum) history the runner records. */
  get history() {
    return this.runner.history;
  }

  override async onTrainBegin(): Promise<void> {
    const needsModel = this.onExhausted === 'stop' || this.stopWhenLrBelow !== undefined;
    if (needsModel && !this.modelToStop()) {
      invalid(
        'model',
        undefined,
        'must be given to the callback when it is listed after a plain-object callback and has to stop training',
      );
    }
  }

  override async onBatchEnd(_batch: number, logs?: TfLogs): Promise<void> {
    this.lastBatchLrs = this.currentLrs(this.lastBatchLrs ?? []);
    this.writeLrs(logs, this.lastBatchLrs);
    const metrics =
      this.stepMonitors.length > 0 ? await readMetrics(logs, this.stepMonitors) : undefined;
    this.advance(() => this.runner.onStepEnd(metrics));
  }

  override async onEpochEnd(_epoch: number, logs?: TfLogs): Promise<void> {
    // Per-batch schedules have already moved on: the epoch logs the lr its last batch used.
    this.writeLrs(logs, this.lastBatchLrs ?? this.currentLrs([]));
    this.lastBatchLrs = null;
    const metrics =
      this.epochMonitors.length > 0 ? await readMetrics(logs, this.epochMonitors) : undefined;
    this.advance(() => this.runner.onEpochEnd(metrics));
  }

  stateDict(): RunnerState {
    return this.runner.stateDict();
  }

  loadStateDict(state: RunnerState): void {
    this.runner.loadStateDict(state);
  }

  private currentLrs(into: number[]): number[] {
    const targets = this.logTargets;
    for (let i = 0; i < targets.length; i++) {
      into[i] = targets[i]!.optimizer.paramGroups[targets[i]!.group]!.lr;
    }
    return into;
  }

  private writeLrs(logs: TfLogs | undefined, lrs: readonly number[]): void {
    if (!logs) return;
    const targets = this.logTargets;
    for (let i = 0; i < targets.length; i++) logs[targets[i]!.key] = lrs[i]!;
  }

  private advance(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (this.onExhausted === 'stop' && ScheduleExhaustedError.isInstance(error)) {
        this.stop();
        return;
      }
      throw error;
    }
    if (this.stopWhenLrBelow !== undefined && this.allLrsBelow(this.stopWhenLrBelow)) this.stop();
  }

  private allLrsBelow(threshold: number): boolean {
    return this.runner.entries.every((e) =>
      e.scheduler.optimizer.paramGroups.every((g) => g.lr < threshold),
    );
  }

  private modelToStop(): StoppableModel | undefined {
    return (this.model as StoppableModel | undefined) ?? this.stopModel;
  }

  private stop(): void {
    const model = this.modelToStop();
    if (model) model.stopTraining = true;
  }
}

function logKeyOf(value: unknown): string | null {
  if (value === undefined) return 'lr';
  if (value === null) return null;
  if (typeof value !== 'string' || value.length === 0) {
    invalid('logKey', value, 'must be a non-empty string, or null to write no lr into the logs');
  }
  return value;
}

function runnerOf(source: unknown, onWarning: ((message: string) => void) | undefined) {
  if (SchedulerRunner.isInstance(source)) return source; // also another copy's runner
  const isScheduler =
    typeof source === 'object' &&
    source !== null &&
    !Array.isArray(source) &&
    typeof (source as Scheduler).step === 'function';
  const entries = isScheduler ? { scheduler: source as Scheduler } : (source as RunnerEntry);
  return new SchedulerRunner(entries, onWarning === undefined ? {} : { onWarning });
}

function logTargetsOf(runner: SchedulerRunner, logKey: string): LogTarget[] {
  const optimizers: Optimizer[] = [];
  for (const entry of runner.entries) {
    if (!optimizers.includes(entry.scheduler.optimizer)) optimizers.push(entry.scheduler.optimizer);
  }
  return optimizers.flatMap((optimizer, k) => {
    const base = k === 0 ? logKey : `${logKey}_opt${k}`;
    return optimizer.paramGroups.map((_, g) => ({
      key: g === 0 ? base : `${base}_${g}`,
      optimizer,
      group: g,
    }));
  });
}

function monitorsOf(runner: SchedulerRunner, interval: 'step' | 'epoch'): string[] {
  const keys = runner.entries
    .filter((e) => e.interval === interval && e.metricDriven && e.monitor !== undefined)
    .map((e) => e.monitor as string);
  return [...new Set(keys)];
}
