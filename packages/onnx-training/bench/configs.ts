// The models and data every runtime of the benchmark trains: the same MLPs, initial parameters
// and batch, in Node and in the browser page.
import type { Tensor } from 'onnxruntime-common';
import type { MlpOptions } from '../src/mlp/mlp-options';
import { getOrtRuntime } from '../src/runtime/ort-runtime';

export type Kind = 'SGD' | 'Adam';
export const KINDS: readonly Kind[] = ['SGD', 'Adam'];

export interface Config {
  label: string;
  mlp: MlpOptions & { inputSize: number; outputSize: number };
  batch: number;
  /** Steps per timed round: a round lasts tens of milliseconds on this machine. */
  steps: number;
}

export const CONFIGS: readonly Config[] = [
  {
    label: 'small 4-32-32-1 tanh, MSE',
    mlp: { inputSize: 4, hiddenSizes: [32, 32], outputSize: 1, activation: 'tanh', loss: 'mse' },
    batch: 32,
    steps: 100,
  },
  {
    label: 'medium 64-256-256-10 relu, CE',
    mlp: { inputSize: 64, hiddenSizes: [256, 256], outputSize: 10, loss: 'softmax-cross-entropy' },
    batch: 128,
    steps: 8,
  },
];

export const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
/** The optimizers' settings, the same on every runtime. */
export const SGD_OPTIONS = { lr: 0.01, momentum: 0.9 };
export const ADAM_OPTIONS = { lr: 1e-3, betas: [0.9, 0.999] as const, eps: 1e-8 };

/** The batch as plain arrays: x [batch, in], targets (values for MSE, class indices for CE). */
export function batchData(c: Config): { x: Float32Array; y: Float32Array | Int32Array } {
  const x = Float32Array.from({ length: c.batch * c.mlp.inputSize }, (_, i) => Math.sin(i * 0.37));
  const y =
    c.mlp.loss === 'mse'
      ? Float32Array.from({ length: c.batch * c.mlp.outputSize }, (_, i) => Math.cos(i))
      : Int32Array.from({ length: c.batch }, (_, i) => i % c.mlp.outputSize);
  return { x, y };
}

export function batchTensors(c: Config): Record<string, Tensor> {
  const { Tensor: T } = getOrtRuntime();
  const { x, y } = batchData(c);
  return {
    x: new T('float32', x, [c.batch, c.mlp.inputSize]),
    y:
      y instanceof Float32Array
        ? new T('float32', y, [c.batch, c.mlp.outputSize])
        : new T(
            'int64',
            BigInt64Array.from(y, (v) => BigInt(v)),
            [c.batch],
          ),
  };
}
