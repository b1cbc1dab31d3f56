import { GraphBuilder } from '../onnx/graph-builder';
import { names } from './naming';
import type { LrSource, ParamShape, StepGraph } from './step-graph';

export interface SgdGraphGroup {
  params: readonly ParamShape[];
  dampening: number;
  /** Whether the group decays its weights: then `weight_decay.<g>` is an input (fed each step). */
  withWeightDecay: boolean;
  nesterov: boolean;
  maximize: boolean;
  /**
   * Whether the group carries a momentum buffer: its momentum is non-zero now, or a buffer
   * already exists. Without it the graph is plain SGD and has no `momentum.<g>` input.
   */
  withMomentum: boolean;
}

/** The lr of group `g`: a rank-0 input, or a baked constant for benchmarks. */
export function lrValue(b: GraphBuilder, g: number, source: LrSource): string {
  if (source === 'input') return b.input(names.lr(g), []);
  const value = source.constant[g];
  if (value === undefined) throw new RangeError(`no constant lr for group ${g}`);
  return b.scalar(value);
}

/**
 * Rank-0 coefficients that express PyTorch's momentum branches as one formula,
 *   buf' = mEff·buf + c·d,   update = a·d + b·buf',
 * so the per-element work has no branches:
 * - momentum ≠ 0, first step (no buffer yet): buf' = d (PyTorch clones the gradient, no dampening);
 * - momentum ≠ 0 afterwards: buf' = momentum·buf + (1 − dampening)·d;
 * - momentum = 0 (e.g. cycled to zero): the buffer is kept as is and update = d, as PyTorch skips it.
 * update is buf' (or d + momentum·buf' with Nesterov) while momentum ≠ 0.
 */
function momentumCoefficients(b: GraphBuilder, g: number, group: SgdGraphGroup) {
  const momentum = b.input(names.momentum(g), []);
  const ready = b.input(names.momentumReady(g), [], 'bool');
  const zero = b.scalar(0);
  const one = b.scalar(1);
  const active = b.op('Not', [b.op('Equal', [momentum, zero])]);
  const pick = (ifActive: string, ifIdle: string) => b.op('Where', [active, ifActive, ifIdle]);
  return {
    mEff: pick(b.op('Where', [ready, momentum, zero]), one),
    c: pick(b.op('Where', [ready, b.scalar(1 - group.dampening), one]), zero),
    a: pick(group.nesterov ? one : zero, one),
    b: pick(group.nesterov ? momentum : one, zero),
  };
}

/**
 * One step of torch.optim.SGD for every parameter of every group:
 *   d = ±grad + weightDecay·param, momentum as above, param' = param − lr·update.
 */
export function buildSgdGraph(
  groups: readonly SgdGraphGroup[],
  options: { lrSource?: LrSource } = {},
): StepGraph {
  const b = new GraphBuilder('lrkit_sgd_step');
  const stateKeys: string[][] = [];
  groups.forEach((group, g) => {
    const lr = lrValue(b, g, options.lrSource ?? 'input');
    const weightDecay = group.withWeightDecay ? b.input(names.weightDecay(g), []) : undefined;
    const coef = group.withMomentum ? momentumCoefficients(b, g, group) : undefined;
    const keys = coef ? ['momentum_buffer'] : [];
    for (const { name, dims } of group.params) {
      stateKeys.push(keys);
      const param = b.input(names.param(name), dims);
      const grad = b.input(names.grad(name), dims);
      let d = group.maximize ? b.op('Neg', [grad]) : grad;
      if (weightDecay) d = b.op('Add', [d, b.op('Mul', [param, weightDecay])]);
      let update = d;
      if (coef) {
        const buf = b.input(names.state('momentum_buffer', name), dims);
        const nextBuf = b.op('Add', [b.op('Mul', [buf, coef.mEff]), b.op('Mul', [d, coef.c])]);
        update = b.op('Add', [b.op('Mul', [d, coef.a]), b.op('Mul', [nextBuf, coef.b])]);
        b.output(names.nextState('momentum_buffer', name), nextBuf, dims);
      }
      const next = b.op('Sub', [param, b.op('Mul', [update, lr])]);
      b.output(names.nextParam(name), next, dims);
    }
  });
  return finish(b, stateKeys);
}

export function finish(b: GraphBuilder, stateKeys: string[][]): StepGraph {
  const model = b.build();
  return { model, stateKeys, inputNames: b.inputNames(), outputNames: b.outputNames() };
}
