// The same MLP, initial parameters, batch and optimizer in TensorFlow.js (Node, no tfjs-node):
// the cpu backend, and the wasm backend with its .wasm files read from node_modules.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { buildMlp } from '../src/mlp/mlp-graph';
import { resolveMlpOptions } from '../src/mlp/mlp-options';
import { initMlpParams } from '../src/mlp/mlp-params';
import { ADAM_OPTIONS, batchData, type Config, type Kind, SGD_OPTIONS } from './configs';
import type { Step } from './onnx-loops';

export type TfjsBackend = 'cpu' | 'wasm';

/** tfjs names variables globally: each loop's get a prefix of their own. */
let loops = 0;

const wasmDir = dirname(
  createRequire(import.meta.url).resolve(
    '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm',
  ),
);
setWasmPaths(`${wasmDir}/`);

/** Switches tfjs to `backend` (the loops of both backends take turns in the interleaved rounds). */
export async function useBackend(backend: TfjsBackend): Promise<void> {
  if (tf.getBackend() !== backend) await tf.setBackend(backend);
  await tf.ready();
}

export async function tfjsLoop(c: Config, kind: Kind, backend: TfjsBackend): Promise<Step> {
  await useBackend(backend);
  loops += 1;
  const mlp = buildMlp(c.mlp);
  const o = resolveMlpOptions(c.mlp);
  const init = initMlpParams(mlp.params, { seed: 1 });
  const vars = mlp.params.map((p) =>
    tf.variable(
      tf.tensor(init[p.name]!.data as Float32Array, [...p.dims]),
      true,
      `loop${loops}.${p.name}`,
    ),
  );
  const { x, y } = batchData(c);
  const xs = tf.tensor2d(x, [c.batch, c.mlp.inputSize]);
  const ys =
    y instanceof Float32Array
      ? tf.tensor2d(y, [c.batch, c.mlp.outputSize])
      : tf.oneHot(tf.tensor1d(y, 'int32'), c.mlp.outputSize).toFloat();
  const optimizer =
    kind === 'SGD'
      ? tf.train.momentum(SGD_OPTIONS.lr, SGD_OPTIONS.momentum)
      : tf.train.adam(
          ADAM_OPTIONS.lr,
          ADAM_OPTIONS.betas[0],
          ADAM_OPTIONS.betas[1],
          ADAM_OPTIONS.eps,
        );
  const layers = vars.length / 2;
  const loss = () => {
    let a: tf.Tensor2D = xs;
    for (let l = 0; l < layers; l++) {
      // Weights are [out, in] as in PyTorch and the ONNX graph: x·Wᵀ + b.
      const z = tf.add(tf.matMul(a, vars[2 * l]!, false, true), vars[2 * l + 1]!) as tf.Tensor2D;
      a = l === layers - 1 ? z : o.activations[l] === 'tanh' ? tf.tanh(z) : tf.relu(z);
    }
    return (
      o.loss === 'mse' ? tf.losses.meanSquaredError(ys, a) : tf.losses.softmaxCrossEntropy(ys, a)
    ) as tf.Scalar;
  };
  return async () => {
    const cost = optimizer.minimize(loss, true, vars)!;
    const value = (await cost.data())[0]!;
    cost.dispose();
    return value;
  };
}
