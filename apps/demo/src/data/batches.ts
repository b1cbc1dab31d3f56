import { createRandom, permutation } from './random';
import type { Dataset } from './spirals';

/**
 * The batches of every epoch, as index lists: a seeded shuffle per epoch, the last incomplete batch
 * dropped so that every update sees the same batch size. Both runtimes consume the same order.
 */
export function batchPlan(
  data: Dataset,
  options: { batchSize: number; epochs: number; seed: number },
): Int32Array[][] {
  const random = createRandom(options.seed + 101);
  const perEpoch = Math.floor(data.count / options.batchSize);
  const epochs: Int32Array[][] = [];
  for (let e = 0; e < options.epochs; e++) {
    const order = permutation(data.count, random);
    const batches: Int32Array[] = [];
    for (let b = 0; b < perEpoch; b++) {
      batches.push(
        Int32Array.from(order.subarray(b * options.batchSize, (b + 1) * options.batchSize)),
      );
    }
    epochs.push(batches);
  }
  return epochs;
}

/** Copies the rows `indices` of a dataset into a batch (features row-major, labels). */
export function gatherBatch(
  data: Dataset,
  indices: Int32Array,
): { x: Float32Array; y: Uint8Array } {
  const x = new Float32Array(indices.length * 2);
  const y = new Uint8Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i] as number;
    x[2 * i] = data.x[2 * row] as number;
    x[2 * i + 1] = data.x[2 * row + 1] as number;
    y[i] = data.y[row] as number;
  }
  return { x, y };
}
