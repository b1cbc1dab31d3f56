import type { Optimizer } from '@lrkit/core';
import * as tf from '@tensorflow/tfjs';
import { batchPlan } from '../data/batches';
import type { Dataset } from '../data/spirals';
import { initMlp } from '../model/mlp-init';
import { driveSchedule } from '../schedules/schedule-driver';
import type { EpochRecord, RunResult, RunSettings, Runtime } from './runtime';

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

/**
 * tf.train.adam reads its `learningRate` field at every update, so a param group whose `lr`
 * writes through to that field lets any core scheduler drive it.
 */
function adamOptimizer(baseLr: number): { adam: tf.AdamOptimizer; optimizer: Optimizer } {
  const adam = tf.train.adam(baseLr);
  const writable = adam as unknown as { learningRate: number };
  const group = {
    get lr() {
      return writable.learningRate;
    },
    set lr(value: number) {
      writable.learningRate = value;
    },
  };
  return { adam, optimizer: { paramGroups: [group] } };
}

interface Tensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
}

function toTensors(data: Dataset): Tensors {
  return tf.tidy(() => ({
    x: tf.tensor2d(data.x, [data.count, 2]),
    y: tf.oneHot(tf.tensor1d(data.y, 'int32'), 2).toFloat() as tf.Tensor2D,
  }));
}

function evaluate(model: tf.Sequential, data: Tensors): { loss: number; accuracy: number } {
  return tf.tidy(() => {
    const logits = model.predict(data.x) as tf.Tensor2D;
    const loss = tf.losses.softmaxCrossEntropy(data.y, logits).dataSync()[0] as number;
    const accuracy = tf.metrics.categoricalAccuracy(data.y, logits).mean().dataSync()[0] as number;
    return { loss, accuracy };
  });
}

/** Trains the MLP with TensorFlow.js (cpu backend) and a core scheduler driving Adam's lr. */
export async function trainTfjs(settings: RunSettings): Promise<RunResult> {
  const started = performance.now();
  const model = buildModel(settings.layerSizes, settings.seed);
  const { adam, optimizer } = adamOptimizer(settings.baseLr);
  const driver = driveSchedule(settings.schedule, optimizer);
  const train = toTensors(settings.train);
  const val = toTensors(settings.val);
  const plan = batchPlan(settings.train, settings);
  const stepLr: number[] = [];
  const stepLoss: number[] = [];
  const epochs: EpochRecord[] = [];
  try {
    for (const [e, batches] of plan.entries()) {
      for (const indices of batches) {
        if (settings.shouldStop?.()) break;
        const lr = optimizer.paramGroups[0]?.lr as number;
        const loss = tf.tidy(() => {
          const idx = tf.tensor1d(indices, 'int32');
          const bx = tf.gather(train.x, idx);
          const by = tf.gather(train.y, idx);
          const value = adam.minimize(
            () => tf.losses.softmaxCrossEntropy(by, model.predict(bx) as tf.Tensor) as tf.Scalar,
            true,
          ) as tf.Scalar;
          return value.dataSync()[0] as number;
        });
        stepLr.push(lr);
        stepLoss.push(loss);
        settings.onStep?.(stepLr.length, lr, loss);
        driver.afterBatch();
      }
      if (settings.shouldStop?.()) break;
      const trainEval = evaluate(model, train);
      const valEval = evaluate(model, val);
      driver.afterEpoch({ val_loss: valEval.loss });
      const record: EpochRecord = {
        epoch: e + 1,
        lr: optimizer.paramGroups[0]?.lr as number,
        trainLoss: trainEval.loss,
        valLoss: valEval.loss,
        valAccuracy: valEval.accuracy,
      };
      epochs.push(record);
      settings.onEpoch?.(record);
      await tf.nextFrame();
    }
  } finally {
    tf.dispose([train.x, train.y, val.x, val.y]);
    model.dispose();
    adam.dispose();
  }
  return {
    runtime: 'tfjs',
    schedule: settings.schedule.name,
    description: settings.schedule.description,
    epochs,
    stepLr,
    stepLoss,
    seconds: (performance.now() - started) / 1000,
  };
}

export const tfjsRuntime: Runtime = { name: 'tfjs', train: trainTfjs };
