import { bindOptimizer, ReduceLROnPlateauCallback } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 1 })] });
const sgd = bindOptimizer(tf.train.momentum(0.05, 0.9));
model.compile({ optimizer: sgd.optimizer, loss: 'meanSquaredError' });

// PyTorch's ReduceLROnPlateau on any log key; 'auto' picks 'max' for accuracy-like keys.
const plateau = new ReduceLROnPlateauCallback(sgd, {
  monitor: 'val_loss',
  factor: 0.5,
  patience: 3,
  minLr: 1e-5,
});
await model.fit(tf.randomNormal([128, 3]), tf.randomNormal([128, 1]), {
  epochs: 20,
  validationSplit: 0.25,
  callbacks: [plateau],
});
