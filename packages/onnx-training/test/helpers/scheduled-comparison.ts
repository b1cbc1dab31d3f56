import type { Scheduler } from '@lrkit/core';
import { Tensor } from 'onnxruntime-node';
import type { OnnxOptimizer, OnnxParamGroup } from '../../src/index';
import { randomArray, rng } from './random';

export const SHAPES: Record<string, number[]> = { w: [3, 4], b: [4], s: [] };

export function initialParams(seed: number, names = Object.keys(SHAPES)): Record<string, Tensor> {
  const next = rng(seed);
  return Object.fromEntries(
    names.map((n) => {
      const dims = SHAPES[n]!;
      const size = dims.reduce((a, d) => a * d, 1);
      return [n, new Tensor('float32', randomArray(next, size), dims)];
    }),
  );
}

export function toFloat64(params: Record<string, Tensor>): Map<string, Float64Array> {
  return new Map(
    Object.entries(params).map(([n, t]) => [n, Float64Array.from(t.data as Float32Array)]),
  );
}

/** The largest |onnx − ref| / (atol + rtol·|ref|) over every element; ≤ 1 means within tolerance. */
export function worstRatio(
  onnx: Readonly<Record<string, Tensor>>,
  ref: Map<string, Float64Array>,
  tol: { atol: number; rtol: number },
): number {
  let worst = 0;
  for (const [name, r] of ref) {
    const o = onnx[name]!.data as Float32Array;
    r.forEach((x, i) => {
      worst = Math.max(worst, Math.abs(o[i]! - x) / (tol.atol + tol.rtol * Math.abs(x)));
    });
  }
  return worst;
}

/**
 * Runs `steps` scheduled updates on the ONNX optimizer and calls `reference(grads, t)` with the
 * same float32 gradients (as float64) before each scheduler step, so both see the same lr.
 */
export async function runScheduled<G extends OnnxParamGroup>(options: {
  optimizer: OnnxOptimizer<G>;
  scheduler: Scheduler;
  steps: number;
  seed: number;
  reference: (grads: Map<string, Float64Array>, step: number) => void;
  onStep?: (step: number) => void;
}): Promise<void> {
  const next = rng(options.seed);
  for (let t = 1; t <= options.steps; t++) {
    const grads: Record<string, Tensor> = {};
    for (const [name, tensor] of Object.entries(options.optimizer.params)) {
      grads[name] = new Tensor('float32', randomArray(next, tensor.data.length, 2), tensor.dims);
    }
    options.reference(toFloat64(grads), t);
    await options.optimizer.step(grads);
    options.onStep?.(t);
    options.scheduler.step();
  }
}
