import type { FinderStyle, LrFinderResult } from '@lrkit/core';
import type { Dataset } from '../data/spirals';
import type { RuntimeName } from './runtime';

/** What a range test needs: the same task, model and batches as the training runs. */
export interface RangeTestSettings {
  readonly train: Dataset;
  readonly layerSizes: readonly number[];
  readonly batchSize: number;
  readonly seed: number;
  readonly numIt: number;
  readonly style: FinderStyle;
  /** Called after every batch of the range test with its lr and smoothed loss. */
  readonly onBatch?: (batch: { iteration: number; lr: number; smoothed: number }) => void;
}

/** Runs the LR range test of a runtime (loaded lazily, like the training runtimes). */
export async function rangeTest(
  runtime: RuntimeName,
  settings: RangeTestSettings,
): Promise<LrFinderResult> {
  if (runtime === 'tfjs') return (await import('./tfjs-range-test')).tfjsRangeTest(settings);
  return (await import('./onnx-range-test')).onnxRangeTest(settings);
}
