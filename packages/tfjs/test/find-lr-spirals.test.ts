import { fromSpec, type SchedulerSpec } from '@lrkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLr } from '../src/finder/find-lr';
import { bindOptimizer } from '../src/optimizer-binding';
import { tf, useBackend } from './helpers/backends';
import { spiralPoints } from './helpers/spirals';

// The LR range test on the demo's task (two spirals, a [2, 32, 32, 2] ReLU MLP, Adam, batches of
// 32): fastai's valley suggestion must lie in the band of constant lrs that train, and OneCycle
// with it as max lr must beat the constant lr a user starts from without a range test (Adam's
// default 1e-3). The constant run at the suggestion itself is measured and printed too: on this
// small, noisy task it is as good as OneCycle (the valley is a conservative peak for OneCycle).

const EPOCHS = 20;
const BATCH = 32;
const GRID = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1];

function model(seed: number): tf.Sequential {
  const m = tf.sequential();
  [32, 32, 2].forEach((units, i) => {
    m.add(
      tf.layers.dense({
        units,
        activation: i === 2 ? 'linear' : 'relu',
        ...(i === 0 ? { inputShape: [2] } : {}),
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
      }),
    );
  });
  return m;
}

const loss = (labels: tf.Tensor, logits: tf.Tensor) =>
  tf.losses.softmaxCrossEntropy(labels, logits);

let data: { x: tf.Tensor2D; y: tf.Tensor2D; vx: tf.Tensor2D; vy: tf.Tensor2D };

function compiled(lr: number) {
  const m = model(3);
  const adam = bindOptimizer(tf.train.adam(lr));
  m.compile({ optimizer: adam.optimizer, loss });
  return { m, adam };
}

/** Trains EPOCHS epochs (same batch order for every run), stepping `spec` per batch if given. */
async function train(lr: number, spec: SchedulerSpec | null) {
  const { m, adam } = compiled(lr);
  const scheduler = spec ? fromSpec(adam, spec) : null;
  const n = data.x.shape[0];
  for (let e = 0; e < EPOCHS; e++) {
    for (let from = 0; from + BATCH <= n; from += BATCH) {
      const [x, y] = [data.x.slice(from, BATCH), data.y.slice(from, BATCH)];
      await m.trainOnBatch(x, y);
      tf.dispose([x, y]);
      scheduler?.step();
    }
  }
  const result = tf.tidy(() => {
    const logits = m.predict(data.vx) as tf.Tensor;
    return {
      loss: loss(data.vy, logits).dataSync()[0]!,
      accuracy: tf.metrics.categoricalAccuracy(data.vy, logits).mean().dataSync()[0]!,
    };
  });
  m.dispose();
  adam.dispose();
  return result;
}

describe('findLr on the spirals model (tfjs cpu)', () => {
  beforeAll(async () => {
    await useBackend('cpu');
    const train = spiralPoints(256, 11);
    const val = spiralPoints(256, 12);
    const shuffled = Array.from({ length: train.count }, (_, i) => (i * 7919) % train.count);
    const tx = Float32Array.from(shuffled.flatMap((i) => [train.x[2 * i]!, train.x[2 * i + 1]!]));
    const ty = Int32Array.from(shuffled, (i) => train.y[i]!);
    data = {
      x: tf.tensor2d(tx, [train.count, 2]),
      y: tf.oneHot(tf.tensor1d(ty, 'int32'), 2).toFloat() as tf.Tensor2D,
      vx: tf.tensor2d(val.x, [val.count, 2]),
      vy: tf.oneHot(tf.tensor1d(val.y, 'int32'), 2).toFloat() as tf.Tensor2D,
    };
  });
  afterAll(() => tf.dispose(Object.values(data)));

  it('suggests an lr inside the band that trains; OneCycle with it beats the constant lr', async () => {
    const { m, adam } = compiled(1e-3);
    const result = await findLr(m, { x: data.x, y: data.y }, { batchSize: BATCH });
    m.dispose();
    adam.dispose();
    const suggested = result.lr!;
    const initial = Math.log(2);
    const grid = [];
    for (const lr of GRID) grid.push({ lr, ...(await train(lr, null)) });
    // Training works where the validation loss ends below half the chance-level loss.
    const band = grid.filter((g) => g.loss < initial / 2).map((g) => g.lr);
    const steps = EPOCHS * Math.floor(data.x.shape[0] / BATCH);
    const oneCycle = await train(suggested, result.toOneCycle({ totalSteps: steps }));
    const constantAtSuggestion = await train(suggested, null);
    const constant = grid.find((g) => g.lr === 1e-3)!;
    console.info(
      JSON.stringify({
        runtime: 'tfjs-cpu',
        suggestions: result.suggestions,
        stoppedAt: result.stoppedAt,
        band: [Math.min(...band), Math.max(...band)],
        grid,
        oneCycle,
        constant,
        constantAtSuggestion,
      }),
    );
    expect(band.length).toBeGreaterThan(1);
    expect(suggested).toBeGreaterThanOrEqual(Math.min(...band));
    expect(suggested).toBeLessThanOrEqual(Math.max(...band));
    expect(oneCycle.loss).toBeLessThan(constant.loss);
    expect(oneCycle.accuracy).toBeGreaterThan(constant.accuracy);
  }, 300_000);
});
