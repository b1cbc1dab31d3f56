import { bindOptimizer } from '@lrkit/tfjs';
import * as tf from '@tensorflow/tfjs';
import type { RuntimeSession } from './run-training';
import type { DenseLayer, PointSet } from './spirals';

/** The tf.train optimizer's own lr field: what its next update multiplies by. */
const lrOf = (optimizer: tf.Optimizer) =>
  (optimizer as unknown as { learningRate: number }).learningRate;

/**
 * The MLP on TensorFlow.js (cpu backend) with Adam bound to lrkit. Bias correction follows
 * torch.optim.Adam, as the ONNX Adam computes it, so a cycled beta1 updates alike on both.
 */
export async function tfjsSession(
  layers: readonly DenseLayer[],
  baseLr: number,
): Promise<RuntimeSession> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  const variables = layers.map((layer) => {
    // torch's [out, in] weight is tf's [in, out] kernel transposed.
    const kernel = new Float32Array(layer.weight.length);
    for (let o = 0; o < layer.outputs; o++)
      for (let i = 0; i < layer.inputs; i++)
        kernel[i * layer.outputs + o] = layer.weight[o * layer.inputs + i] as number;
    return {
      kernel: tf.variable(tf.tensor2d(kernel, [layer.inputs, layer.outputs])),
      bias: tf.variable(tf.tensor1d(layer.bias)),
    };
  });
  const forward = (x: tf.Tensor2D) =>
    variables.reduce<tf.Tensor2D>((h, v, l) => {
      const z = tf.add(tf.matMul(h, v.kernel), v.bias) as tf.Tensor2D;
      return l + 1 < variables.length ? tf.relu(z) : z;
    }, x);
  const lossOf = (x: Float32Array, y: Uint8Array) =>
    tf.losses.softmaxCrossEntropy(
      tf.oneHot(tf.tensor1d(y, 'int32'), 2),
      forward(tf.tensor2d(x, [y.length, 2])),
    ) as tf.Scalar;
  const adam = bindOptimizer(tf.train.adam(baseLr, 0.9, 0.999, 1e-8), { biasCorrection: 'torch' });
  return {
    optimizer: adam,
    async update(batch) {
      const lr = lrOf(adam.optimizer);
      // minimize() keeps the returned loss; tidy() releases the batch's intermediate tensors.
      const loss = tf.tidy(
        () => adam.optimizer.minimize(() => lossOf(batch.x, batch.y), true) as tf.Scalar,
      );
      const value = (await loss.data())[0] as number;
      loss.dispose();
      return { loss: value, lr };
    },
    async evaluate(data: PointSet) {
      const loss = tf.tidy(() => lossOf(data.x, data.y));
      const value = (await loss.data())[0] as number;
      loss.dispose();
      return value;
    },
    async dispose() {
      adam.dispose();
      for (const v of variables) tf.dispose([v.kernel, v.bias]);
    },
  };
}
