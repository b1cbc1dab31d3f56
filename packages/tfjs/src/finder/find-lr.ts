import {
  InvalidArgumentError,
  LrFinder,
  type LrFinderOptions,
  type LrFinderResult,
} from '@lrkit/core';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { GroupedOptimizer } from '../grouped-optimizer';
import { invalid } from '../internal/validate';
import { bindOptimizer, type TfjsOptimizerBinding } from '../optimizer-binding';
import { type BatchDataset, batchSource, type FitData } from './batch-source';
import { isGroupedOptimizer } from './is-grouped';
import { snapshotOptimizer } from './optimizer-snapshot';
import { snapshotWeights } from './weights-snapshot';

/** What the progress callback receives after every batch. */
export interface FindLrProgress {
  /** Batches run so far (1 after the first). */
  iteration: number;
  /** Batches the run has at most. */
  iterations: number;
  lr: number;
  loss: number;
  smoothed: number;
}

/** Options of {@link findLr}: the core LrFinder's, plus the data and the reporting. */
export interface FindLrOptions extends LrFinderOptions {
  /** Rows per batch for `{ x, y }` data. Default 32. */
  batchSize?: number;
  /** Called after every batch (it may return a promise, which is awaited). */
  onProgress?: (progress: FindLrProgress) => void | Promise<void>;
}

function optimizerOf(model: LayersModel): TfjsOptimizerBinding | GroupedOptimizer {
  const optimizer = (model as { optimizer?: unknown } | null)?.optimizer;
  if (typeof (model as LayersModel | null)?.trainOnBatch !== 'function' || !optimizer) {
    invalid('model', model, 'must be a compiled tf.LayersModel (call model.compile first)');
  }
  if (isGroupedOptimizer(optimizer)) return optimizer;
  const tfOptimizer = optimizer as Parameters<typeof bindOptimizer>[0];
  // An optimizer bound earlier keeps its binding, whichever bias correction it was bound with.
  try {
    return bindOptimizer(tfOptimizer);
  } catch (error) {
    if (!InvalidArgumentError.isInstance(error) || error.parameter !== 'biasCorrection')
      throw error;
    return bindOptimizer(tfOptimizer, { biasCorrection: 'torch' });
  }
}

function lossOf(value: number | number[]): number {
  return Array.isArray(value) ? (value[0] as number) : value;
}

/**
 * Runs an LR range test on a compiled tfjs model (`trainOnBatch` with the model's own optimizer,
 * the lr grown by the core's {@link LrFinder}, fastai's rules by default), then puts the model's
 * weights and the optimizer's whole state back exactly as they were (bit-identical), whether the
 * run finished, stopped on divergence or threw. Leaks no tensors.
 *
 * @example
 * const result = await findLr(model, { x: xs, y: ys }, { batchSize: 64, numIt: 100 });
 * const spec = result.toOneCycle({ totalSteps: 2000 });
 */
export async function findLr(
  model: LayersModel,
  data: FitData | BatchDataset,
  options: FindLrOptions = {},
): Promise<LrFinderResult> {
  if (typeof options !== 'object' || options === null) {
    invalid('options', options, 'must be an object of findLr options');
  }
  const { batchSize, onProgress, ...finderOptions } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    invalid('onProgress', onProgress, 'must be a function');
  }
  const optimizer = optimizerOf(model);
  const source = batchSource(data, batchSize);
  const weights = snapshotWeights(model);
  const state = snapshotOptimizer(optimizer);
  let finder: LrFinder;
  try {
    // The finder checks its options, then sets the first lr: after the snapshot.
    finder = new LrFinder(optimizer, finderOptions);
  } catch (error) {
    weights.dispose();
    state.dispose();
    throw error;
  }
  try {
    while (!finder.done) {
      const batch = await source.next();
      let loss: number;
      try {
        loss = lossOf(await model.trainOnBatch(batch.xs as Tensor, batch.ys as Tensor));
      } finally {
        batch.release();
      }
      finder.step(loss);
      const last = finder.last!;
      if (onProgress) {
        const { iterations } = finder.range;
        await onProgress({ iteration: finder.iteration, iterations, ...last });
      }
    }
    return finder.result();
  } finally {
    finder.finish();
    weights.restore();
    state.restore();
  }
}
