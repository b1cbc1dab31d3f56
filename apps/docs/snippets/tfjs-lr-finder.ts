import { bindOptimizer, findLr } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';

// A compiled tfjs model and fit-style data: findLr trains up to 100 batches at growing lrs,
// then puts the weights and Adam's moments back exactly as they were.
await tf.setBackend('cpu');
const xs = tf.randomUniform([512, 2], -1, 1, 'float32', 1);
const ys = tf.tidy(() => xs.sum(1, true).greater(0).toFloat());
const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 16, activation: 'relu', inputShape: [2] }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
const adam = bindOptimizer(tf.train.adam(1e-3));
model.compile({ optimizer: adam.optimizer, loss: 'binaryCrossentropy' });

const result = await findLr(
  model,
  { x: xs, y: ys },
  {
    batchSize: 32,
    onProgress: ({ iteration, lr, smoothed }) => {
      if (iteration % 25 === 0) console.log(iteration, lr.toExponential(2), smoothed.toFixed(3));
    },
  },
);
console.log('valley', result.lr, 'adam lr back to', adam.paramGroups[0].lr);
// A OneCycleLR spec peaking at the suggestion, for LrSchedulerCallback or fromSpec.
console.log(JSON.stringify(result.toOneCycle({ totalSteps: 16 * 20 })));
