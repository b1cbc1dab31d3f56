import type { LrFinderResult } from '@lrkit/core';
import { bindOptimizer, findLr } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';
import { batchPlan, gatherBatch } from '../data/batches';
import { initMlp } from '../model/mlp-init';
import type { RangeTestSettings } from './range-test';
import { tfjsNodeRuntime } from './tfjs-node';

/** The training runs' model (dense ReLU layers, the shared seeded weights). */
function buildModel(layerSizes: readonly number[], seed: number): tf.Sequential {
  const model = tf.sequential();
  const last = layerSizes.length - 2;
  for (let l = 0; l <= last; l++) {
    model.add(
      tf.layers.dense({
        units: layerSizes[l + 1] as number,
        activation: l === last ? 'linear' : 'relu',
        ...(l === 0 ? { inputShape: [layerSizes[0] as number] } : {}),
      }),
    );
  }
  const weights = initMlp(layerSizes, seed).flatMap((layer) => [
    tf.tensor2d(layer.weight, [layer.inputs, layer.outputs]),
    tf.tensor1d(layer.bias),
  ]);
  model.setWeights(weights);
  tf.dispose(weights);
  return model;
}

/** `findLr` of @lrkit/tfjs on the demo's model, over the first epoch's batch order. */
export async function tfjsRangeTest(settings: RangeTestSettings): Promise<LrFinderResult> {
  await tfjsNodeRuntime();
  const model = buildModel(settings.layerSizes, settings.seed);
  const adam = bindOptimizer(tf.train.adam(1e-3, 0.9, 0.999, 1e-8), { biasCorrection: 'torch' });
  model.compile({
    optimizer: adam.optimizer,
    loss: (labels: tf.Tensor, logits: tf.Tensor) => tf.losses.softmaxCrossEntropy(labels, logits),
  });
  const order = batchPlan(settings.train, { ...settings, epochs: 1 })[0] ?? [];
  const rows = Int32Array.from(order.flatMap((b) => [...b]));
  const batch = gatherBatch(settings.train, rows);
  const x = tf.tensor2d(batch.x, [rows.length, 2]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(batch.y, 'int32'), 2).toFloat());
  try {
    return await findLr(
      model,
      { x, y },
      {
        batchSize: settings.batchSize,
        numIt: settings.numIt,
        style: settings.style,
        onProgress: (p) => settings.onBatch?.(p),
      },
    );
  } finally {
    tf.dispose([x, y]);
    model.dispose();
    adam.dispose();
  }
}
