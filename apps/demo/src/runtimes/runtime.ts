import type { SchedulerSpec } from '@lrkit/core';
import type { Dataset } from '../data/spirals';
import type { ScheduleChoice } from '../schedules/schedule-choice';

export const RUNTIME_NAMES = ['tfjs', 'onnx'] as const;
export type RuntimeName = (typeof RUNTIME_NAMES)[number];

/** Everything a runtime needs for one training run; identical across runtimes for a seed. */
export interface RunSettings {
  readonly train: Dataset;
  readonly val: Dataset;
  /** Layer widths, input first: [2, 32, 32, 2]. */
  readonly layerSizes: readonly number[];
  readonly epochs: number;
  readonly batchSize: number;
  readonly baseLr: number;
  readonly seed: number;
  readonly schedule: ScheduleChoice;
  /** Called after every epoch, e.g. to move a progress bar. */
  readonly onEpoch?: (record: EpochRecord) => void;
  /** Called after every optimizer update with the lr it used and the batch loss. */
  readonly onStep?: (step: number, lr: number, loss: number) => void;
  /** Checked between batches: true stops the run early (the browser's Stop button). */
  readonly shouldStop?: () => boolean;
}

export interface EpochRecord {
  /** 1-based. */
  readonly epoch: number;
  /** The lr in force at the end of the epoch (after the scheduler stepped). */
  readonly lr: number;
  /** Mean cross-entropy over the whole training set after the epoch. */
  readonly trainLoss: number;
  readonly valLoss: number;
  readonly valAccuracy: number;
}

export interface RunResult {
  readonly runtime: RuntimeName;
  readonly schedule: string;
  readonly description: string;
  /** The schedule's spec (null: constant) and when it was stepped. */
  readonly spec: SchedulerSpec | null;
  readonly interval: 'step' | 'epoch';
  readonly epochs: readonly EpochRecord[];
  /** The lr used by every optimizer update, in order. */
  readonly stepLr: readonly number[];
  /** Adam's beta1 used by every update (cycled by OneCycleLR, else constant). */
  readonly stepBeta1: readonly number[];
  /** The loss of every training batch, in order. */
  readonly stepLoss: readonly number[];
  readonly seconds: number;
}

export interface Runtime {
  readonly name: RuntimeName;
  train(settings: RunSettings): Promise<RunResult>;
}

/** What a training run recorded, per update and per epoch. */
export interface RunTraces {
  readonly epochs: readonly EpochRecord[];
  readonly stepLr: readonly number[];
  readonly stepBeta1: readonly number[];
  readonly stepLoss: readonly number[];
}

/** Assembles a run's result from its settings and traces; `started` is a performance.now(). */
export function runResult(
  runtime: RuntimeName,
  settings: RunSettings,
  traces: RunTraces,
  started: number,
): RunResult {
  const { schedule } = settings;
  return {
    runtime,
    schedule: schedule.name,
    description: schedule.description,
    spec: schedule.spec,
    interval: schedule.interval,
    ...traces,
    seconds: (performance.now() - started) / 1000,
  };
}
