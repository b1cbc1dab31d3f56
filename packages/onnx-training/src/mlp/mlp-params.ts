import { InvalidArgumentError } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import type { ParamShape } from '../optim/step-graph';
import { mulberry32 } from '../random';
import { getOrtRuntime } from '../runtime/ort-runtime';

/**
 * Initial parameters as torch.nn.Linear draws them: weight and bias uniform in
 * ±1/√fanIn (kaiming_uniform with a = √5), from a seeded generator so runs repeat.
 */
export function initMlpParams(
  params: readonly ParamShape[],
  options: { seed?: number } = {},
): Record<string, Tensor> {
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError({
      parameter: 'seed',
      value: seed,
      expected: 'must be an integer',
    });
  }
  const next = mulberry32(seed);
  const out: Record<string, Tensor> = {};
  let fanIn = 1;
  for (const { name, dims } of params) {
    if (dims.length === 2) fanIn = dims[1]!;
    const bound = 1 / Math.sqrt(fanIn);
    const size = dims.reduce((a, d) => a * d, 1);
    const data = Float32Array.from({ length: size }, () => (next() * 2 - 1) * bound);
    out[name] = new (getOrtRuntime().Tensor)('float32', data, dims);
  }
  return out;
}
