import { createRandom } from '../data/random';

/** One dense layer's parameters: `weight` row-major [inputs, outputs], `bias` [outputs]. */
export interface DenseParams {
  readonly inputs: number;
  readonly outputs: number;
  readonly weight: Float32Array;
  readonly bias: Float32Array;
}

/**
 * Glorot-uniform weights and zero biases for layer sizes such as [2, 32, 32, 2], drawn from a
 * seeded generator so that every runtime starts from the very same parameters.
 */
export function initMlp(sizes: readonly number[], seed: number): DenseParams[] {
  const random = createRandom(seed ^ 0x5eed);
  const layers: DenseParams[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l] as number;
    const outputs = sizes[l + 1] as number;
    const limit = Math.sqrt(6 / (inputs + outputs));
    const weight = new Float32Array(inputs * outputs);
    for (let i = 0; i < weight.length; i++) weight[i] = (random() * 2 - 1) * limit;
    layers.push({ inputs, outputs, weight, bias: new Float32Array(outputs) });
  }
  return layers;
}
