import type { Optimizer, Scheduler } from '@lrkit/core';

/** When a run's scheduler is stepped: after every batch or after every epoch (with metrics). */
export type Interval = 'step' | 'epoch';

/** One schedule of the comparison: how to build it on a runtime's optimizer and when to step it. */
export interface ScheduleChoice {
  /** Short key used in tables, file names and the browser's picker, e.g. 'warmup-cosine'. */
  readonly name: string;
  /** The PyTorch-style text of the schedule, for humans. */
  readonly description: string;
  readonly interval: Interval;
  /** The metric a metric-driven scheduler (ReduceLROnPlateau) is stepped with. */
  readonly monitor?: 'val_loss';
  /** A fresh scheduler on `optimizer`, or null for the constant-rate baseline. */
  create(optimizer: Optimizer): Scheduler | null;
}

/** What a preset needs to know about the training run it will drive. */
export interface TrainingPlan {
  readonly epochs: number;
  readonly stepsPerEpoch: number;
  readonly baseLr: number;
}
