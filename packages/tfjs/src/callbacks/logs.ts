import type { Scalar } from '@tensorflow/tfjs-core';
import { isTensorLike } from '../internal/tf-internals';

/** tfjs's callback logs: numbers, or `tf.Scalar`s when the callback is a `tf.Callback` instance. */
export type TfLogs = { [key: string]: number | Scalar };

/**
 * Reads the given keys from tfjs logs as numbers (awaiting scalars, which works on every backend).
 * The logs are not changed: their scalars belong to tfjs, which disposes them after the hook.
 */
export async function readMetrics(
  logs: TfLogs | undefined,
  keys: readonly string[],
): Promise<Record<string, number>> {
  const metrics: Record<string, number> = {};
  if (!logs) return metrics;
  for (const key of keys) await readInto(metrics, logs, key);
  // A monitored key is missing (no validation data: no val_loss): read the others too, so that
  // the runner's MissingMetricError lists the keys that were there (loss, acc, ...).
  if (keys.some((key) => !(key in metrics))) {
    for (const key of Object.keys(logs)) if (!(key in metrics)) await readInto(metrics, logs, key);
  }
  return metrics;
}

async function readInto(metrics: Record<string, number>, logs: TfLogs, key: string): Promise<void> {
  const value = logs[key];
  if (typeof value === 'number') metrics[key] = value;
  else if (isTensorLike(value)) metrics[key] = (await value.data())[0] as number;
}
