import { LambdaLR } from '@lrkit/core';
import { GroupedOptimizer, LrSchedulerCallback } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';

const backbone = tf.layers.dense({ inputShape: [8], units: 16, activation: 'relu' });
const head = tf.layers.dense({ units: 1 });
const model = tf.sequential({ layers: [backbone, head] });

// One param group per layer, each with its own lr; a real tf.Optimizer for model.compile.
const optimizer = new GroupedOptimizer({
  groups: [
    { params: backbone, lr: 1e-3, name: 'backbone' },
    { params: head, lr: 1e-2, name: 'head' },
  ],
  optimizer: (lr) => tf.train.sgd(lr),
});
// Freeze-then-thaw the backbone; decay the head every epoch.
const perGroup = new LambdaLR(optimizer, {
  lrLambda: [(epoch) => (epoch < 2 ? 0 : 1), (epoch) => 0.9 ** epoch],
});

model.compile({ optimizer, loss: 'meanSquaredError' });
await model.fit(tf.randomNormal([64, 8]), tf.randomNormal([64, 1]), {
  epochs: 5,
  callbacks: [new LrSchedulerCallback(perGroup)], // History gets lr (backbone) and lr_1 (head)
});
