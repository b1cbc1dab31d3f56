import { SchedulerRunner } from '@lrkit/core';
import { bindOptimizer, LrSchedulerCallback, mixCallbacks } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';
import { batchPlan, gatherBatch } from '../data/batches';
import type { Dataset } from '../data/spirals';
import { initMlp } from '../model/mlp-init';
import { runnerEntry } from '../schedules/schedule-choice';
import {
  type EpochRecord,
  type RunResult,
  type RunSettings,
  type Runtime,
  runResult,
} from './runtime';

/** A dense ReLU network with the shared seeded initial weights. */
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

interface Tensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
}

function toTensors(data: { x: Float32Array; y: Uint8Array }): Tensors {
  return tf.tidy(() => ({
    x: tf.tensor2d(data.x, [data.y.length, 2]),
    y: tf.oneHot(tf.tensor1d(data.y, 'int32'), 2).toFloat() as tf.Tensor2D,
  }));
}

const crossEntropy = (labels: tf.Tensor, logits: tf.Tensor) =>
  tf.losses.softmaxCrossEntropy(labels, logits);

function evaluate(model: tf.LayersModel, data: Tensors): { loss: number; accuracy: number } {
  return tf.tidy(() => {
    const logits = model.predict(data.x) as tf.Tensor2D;
    const loss = crossEntropy(data.y, logits).dataSync()[0] as number;
    const accuracy = tf.metrics.categoricalAccuracy(data.y, logits).mean().dataSync()[0] as number;
    return { loss, accuracy };
  });
}

/** The seeded batches of every epoch as a tf.data set: each pass (epoch) takes the next order. */
function batchDataset(data: Dataset, plan: Int32Array[][]): tf.data.Dataset<tf.TensorContainer> {
  let epoch = 0;
  return tf.data.generator(function* () {
    const batches = plan[Math.min(epoch, plan.length - 1)] ?? [];
    epoch += 1;
    for (const indices of batches) {
      const batch = toTensors(gatherBatch(data, indices));
      yield { xs: batch.x, ys: batch.y };
    }
  });
}

/** Browser-only extras: a look at the model after each epoch (to draw its decision boundary). */
export interface TfjsExtras {
  /** Gets the class-1 probability of each point (row-major [n, 2]) with the current weights. */
  onEpochModel?: (probabilities: (points: Float32Array) => Float32Array) => void;
}

function probabilitiesOf(model: tf.LayersModel) {
  return (points: Float32Array): Float32Array =>
    tf.tidy(() => {
      const logits = model.predict(tf.tensor2d(points, [points.length / 2, 2])) as tf.Tensor2D;
      return tf.softmax(logits).slice([0, 1], [-1, 1]).dataSync() as Float32Array;
    });
}

/**
 * Trains the MLP with TensorFlow.js through `model.fitDataset`: Adam bound to lrkit by
 * `bindOptimizer`, the schedule stepped by `LrSchedulerCallback` (per batch, or per epoch on
 * val_loss), which also writes the lr each batch used into the logs.
 */
export async function trainTfjs(
  settings: RunSettings,
  extras: TfjsExtras = {},
): Promise<RunResult> {
  const started = performance.now();
  const model = buildModel(settings.layerSizes, settings.seed);
  // 'torch' bias correction divides by 1 - beta1^t with the current beta1, as torch.optim.Adam and the
  // ONNX Adam do, so a cycled beta1 (OneCycleLR) updates alike in both runtimes.
  const adam = bindOptimizer(tf.train.adam(settings.baseLr, 0.9, 0.999, 1e-8), {
    biasCorrection: 'torch',
  });
  const entry = runnerEntry(settings.schedule, adam);
  model.compile({ optimizer: adam.optimizer, loss: crossEntropy });
  const train = toTensors(settings.train);
  const val = toTensors(settings.val);
  const plan = batchPlan(settings.train, settings);
  const stepLr: number[] = [];
  const stepLoss: number[] = [];
  const stepBeta1: number[] = [];
  const epochs: EpochRecord[] = [];
  const recorder = {
    onBatchBegin: async () => {
      stepBeta1.push(adam.paramGroups[0]?.betas?.[0] ?? Number.NaN);
    },
    onBatchEnd: async (_batch: number, logs?: tf.Logs) => {
      // LrSchedulerCallback (listed first) has written the lr this batch used into the logs.
      const lr = (logs?.lr as number | undefined) ?? (adam.paramGroups[0]?.lr as number);
      stepLr.push(lr);
      stepLoss.push(logs?.loss as number);
      settings.onStep?.(stepLr.length, lr, logs?.loss as number);
      if (settings.shouldStop?.()) model.stopTraining = true;
    },
    onEpochEnd: async (epoch: number) => {
      const trainEval = evaluate(model, train);
      const valEval = evaluate(model, val);
      const record: EpochRecord = {
        epoch: epoch + 1,
        lr: adam.paramGroups[0]?.lr as number,
        trainLoss: trainEval.loss,
        valLoss: valEval.loss,
        valAccuracy: valEval.accuracy,
      };
      epochs.push(record);
      settings.onEpoch?.(record);
      extras.onEpochModel?.(probabilitiesOf(model));
      await tf.nextFrame();
    },
  };
  const scheduling = entry ? [new LrSchedulerCallback(new SchedulerRunner(entry))] : [];
  try {
    await model.fitDataset(batchDataset(settings.train, plan), {
      epochs: settings.epochs,
      // val_loss in the epoch logs is what ReduceLROnPlateau watches.
      ...(settings.schedule.monitor ? { validationData: [val.x, val.y] } : {}),
      callbacks: mixCallbacks(...scheduling, recorder),
      verbose: 0,
    });
  } finally {
    tf.dispose([train.x, train.y, val.x, val.y]);
    model.dispose();
    adam.dispose();
  }
  return runResult('tfjs', settings, { epochs, stepLr, stepBeta1, stepLoss }, started);
}

export const tfjsRuntime: Runtime = { name: 'tfjs', train: trainTfjs };
