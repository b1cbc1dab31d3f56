import { CosineAnnealingLR, LinearLR, SequentialLR } from '@lrkit/core';
import { bindOptimizer, LrSchedulerCallback } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [4], units: 32, activation: 'relu' }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});
const xs = tf.randomNormal([256, 4]);
const ys = tf.oneHot(tf.randomUniform([256], 0, 3, 'int32'), 3);

// The tf.train optimizer stays; lrkit changes its lr (and beta1) before each update.
const adam = bindOptimizer(tf.train.adam(1e-3));
const stepsPerEpoch = 256 / 32;
const schedule = new SequentialLR(adam, {
  schedulers: [
    new LinearLR(adam, { startFactor: 0.01, totalIters: stepsPerEpoch }), // 1 epoch of warmup
    new CosineAnnealingLR(adam, { tMax: 9 * stepsPerEpoch }),
  ],
  milestones: [stepsPerEpoch],
});

model.compile({ optimizer: adam.optimizer, loss: 'categoricalCrossentropy' });
const history = await model.fit(xs, ys, {
  epochs: 10,
  batchSize: 32,
  callbacks: [new LrSchedulerCallback({ scheduler: schedule, interval: 'step' })],
});
console.log(history.history.lr); // the lr of each epoch's last batch
