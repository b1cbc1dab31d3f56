import type { Optimizer } from '@lrkit/core';
import type { RuntimeRecord } from './live-record';
import { gather, type PointSet } from './spirals';
import type { TrainingSchedule } from './training-schedule';

/** One runtime's model and optimizer, ready to train: the same MLP and weights on each. */
export interface RuntimeSession {
  /** An lrkit optimizer: the schedule is built on it and writes its lr. */
  readonly optimizer: Optimizer;
  /** Trains one batch; resolves to its loss and the lr the runtime used for the update. */
  update(batch: { x: Float32Array; y: Uint8Array }): Promise<{ loss: number; lr: number }>;
  /** Mean cross-entropy over a whole point set with the current weights. */
  evaluate(data: PointSet): Promise<number>;
  dispose(): Promise<void>;
}

export interface RunOptions {
  readonly data: PointSet;
  /** The rows of each update, the same list for every runtime. */
  readonly batches: readonly Int32Array[];
  readonly schedule: TrainingSchedule;
  readonly record: RuntimeRecord;
  /** True once another run replaced this one: stop between updates. */
  readonly cancelled: () => boolean;
  readonly onProgress: () => void;
}

/** Lets the page paint between updates: a training loop must not freeze the tab. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Trains `session` one update per batch, stepping the schedule after each update as PyTorch code
 * does (`optimizer.step(); scheduler.step()`), and records what the runtime used.
 */
export async function runTraining(session: RuntimeSession, options: RunOptions): Promise<void> {
  const { record, schedule, batches } = options;
  record.initialLoss = await session.evaluate(options.data);
  const scheduler = schedule.create(session.optimizer);
  let firstDone = 0;
  for (let k = 0; k < batches.length; k++) {
    if (options.cancelled()) return;
    const { loss, lr } = await session.update(gather(options.data, batches[k] as Int32Array));
    record.lrFed.push(lr);
    record.loss.push(loss);
    if (k === 0) firstDone = performance.now();
    if (k + 1 < batches.length) {
      // A plateau schedule watches the training loss, update by update.
      if (schedule.metricDriven) {
        record.metrics.push(loss);
        scheduler.step(loss);
      } else scheduler.step();
    }
    options.onProgress();
    if (k % 2 === 1) await nextTask();
  }
  if (batches.length > 1) {
    record.msPerUpdate = (performance.now() - firstDone) / (batches.length - 1);
  }
  record.finalLoss = await session.evaluate(options.data);
}
