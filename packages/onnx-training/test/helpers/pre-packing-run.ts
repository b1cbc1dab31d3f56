// The optimizer runs recorded in test/fixtures/pre-packing-states.json: written once by
// test/fixtures/write-pre-packing-states.ts with the optimizer of commit 4dea96e (one chain of
// nodes per parameter tensor, before a group's parameters were packed into one flat tensor).
import type { Tensor } from 'onnxruntime-common';
import { Adam, AdamW } from '../../src/optim/adam';
import type { OnnxOptimizer, OnnxParamGroup } from '../../src/optim/onnx-optimizer';
import { SGD } from '../../src/optim/sgd';
import { getOrtRuntime } from '../../src/runtime/ort-runtime';

export const SAVED_AFTER = 4;
export const CONTINUED_FOR = 3;
export const KINDS = ['SGD', 'Adam', 'AdamW'] as const;
export type Kind = (typeof KINDS)[number];

const SHAPES: Record<string, number[]>[] = [
  { 'a.weight': [3, 4], 'a.bias': [4] },
  { 'b.weight': [2, 3], 'b.bias': [5] },
];

function tensor(dims: number[], f: (i: number) => number): Tensor {
  const n = dims.reduce((a, b) => a * b, 1);
  return new (getOrtRuntime().Tensor)(
    'float32',
    Float32Array.from({ length: n }, (_, i) => f(i)),
    dims,
  );
}

function paramsOf(group: number): Record<string, Tensor> {
  return Object.fromEntries(
    Object.entries(SHAPES[group]!).map(([name, dims], k) => [
      name,
      tensor(dims, (i) => Math.sin(1 + i * 0.7 + k + group * 3)),
    ]),
  );
}

/** Two groups with different options, so every branch of each graph runs. */
export function makeOptimizer(kind: Kind): OnnxOptimizer<OnnxParamGroup> {
  const session = { sessionOptions: { intraOpNumThreads: 1 } };
  if (kind === 'SGD') {
    return new SGD(
      [
        { params: paramsOf(0), momentum: 0.9, nesterov: true },
        { params: paramsOf(1), momentum: 0.5, dampening: 0.1, weightDecay: 0.01, maximize: true },
      ],
      { lr: 0.05, ...session },
    ) as unknown as OnnxOptimizer<OnnxParamGroup>;
  }
  const Ctor = kind === 'Adam' ? Adam : AdamW;
  return new Ctor(
    [
      { params: paramsOf(0), amsgrad: true },
      { params: paramsOf(1), weightDecay: 0.02, betas: [0.8, 0.99] },
    ],
    { lr: 0.01, ...session },
  ) as unknown as OnnxOptimizer<OnnxParamGroup>;
}

/** Deterministic gradients and a scheduled lr for update `t` (1-based). */
export async function update(opt: OnnxOptimizer<OnnxParamGroup>, t: number): Promise<void> {
  opt.paramGroups.forEach((group, g) => {
    group.lr = (g + 1) * 0.01 * (1 + Math.cos(t));
  });
  const grads: Record<string, Tensor> = {};
  for (const [name, p] of Object.entries(opt.params)) {
    grads[name] = tensor([...p.dims], (i) => Math.cos(t * 1.3 + i * 0.41 + name.length));
  }
  await opt.step(grads);
}
