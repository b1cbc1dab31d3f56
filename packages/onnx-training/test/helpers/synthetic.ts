import { Tensor } from 'onnxruntime-node';
import { randomArray, rng } from './random';

/**
 * A synthetic regression task: y = sin(2·x0) + x1·x2 − 0.5·x3² on x ∈ [−1, 1]^4, split into
 * fixed batches whose order is reshuffled per epoch from a seed, so every run sees the same data.
 */
export function regressionTask(options: { examples: number; batchSize: number; seed: number }) {
  const { examples, batchSize, seed } = options;
  const x = randomArray(rng(seed), examples * 4);
  const y = new Float32Array(examples);
  for (let n = 0; n < examples; n++) {
    const [a, b, c, d] = [x[4 * n]!, x[4 * n + 1]!, x[4 * n + 2]!, x[4 * n + 3]!];
    y[n] = Math.sin(2 * a) + b * c - 0.5 * d * d;
  }
  const batchesPerEpoch = Math.floor(examples / batchSize);
  const batch = (indices: number[]) => ({
    x: new Tensor(
      'float32',
      Float32Array.from(indices.flatMap((i) => [...x.subarray(4 * i, 4 * i + 4)])),
      [indices.length, 4],
    ),
    y: new Tensor(
      'float32',
      Float32Array.from(indices, (i) => y[i]!),
      [indices.length, 1],
    ),
  });
  const order = (epoch: number) => {
    const next = rng(seed * 1000 + epoch);
    const idx = Array.from({ length: examples }, (_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx;
  };
  return {
    batchesPerEpoch,
    trainBatches: (epoch: number) => {
      const idx = order(epoch);
      return Array.from({ length: batchesPerEpoch }, (_, b) =>
        batch(idx.slice(b * batchSize, (b + 1) * batchSize)),
      );
    },
    all: () => [batch(Array.from({ length: examples }, (_, i) => i))],
  };
}
