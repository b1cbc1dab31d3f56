import type { GraphBuilder as Builder } from '../onnx/graph-builder';
import { GraphBuilder } from '../onnx/graph-builder';
import { names } from './naming';
import { finish, lrValue } from './sgd-graph';
import type { LrSource, ParamShape, StepGraph } from './step-graph';

export interface AdamGraphGroup {
  params: readonly ParamShape[];
  /** Whether the group decays its weights: then `weight_decay.<g>` is an input (fed each step). */
  withWeightDecay: boolean;
  amsgrad: boolean;
  maximize: boolean;
}

/** Per-group rank-0 inputs and values: lr, betas, eps, weight decay, bias corrections. */
function groupScalars(
  b: Builder,
  g: number,
  group: AdamGraphGroup,
  lrSource: LrSource,
  step: string,
  decoupled: boolean,
) {
  const lr = lrValue(b, g, lrSource);
  const beta1 = b.input(names.beta1(g), []);
  const beta2 = b.input(names.beta2(g), []);
  const eps = b.input(names.eps(g), []);
  const weightDecay = group.withWeightDecay ? b.input(names.weightDecay(g), []) : undefined;
  const one = b.scalar(1);
  const biasCorrection1 = b.op('Sub', [one, b.op('Pow', [beta1, step])]);
  const biasCorrection2 = b.op('Sub', [one, b.op('Pow', [beta2, step])]);
  return {
    oneMinusBeta1: b.op('Sub', [one, beta1]),
    beta2,
    oneMinusBeta2: b.op('Sub', [one, beta2]),
    stepSize: b.op('Div', [lr, biasCorrection1]),
    biasCorrection2Sqrt: b.op('Sqrt', [biasCorrection2]),
    eps,
    weightDecay,
    decay:
      decoupled && weightDecay ? b.op('Sub', [one, b.op('Mul', [lr, weightDecay])]) : undefined,
  };
}

/**
 * One step of torch.optim.Adam (or AdamW when `decoupled`) for every parameter of every group,
 * with the (1-based) step count, lr, betas, eps and weight decay as rank-0 inputs (so all of
 * them can be scheduled) and the bias correction computed in the graph:
 *   m' = m + (1 − β1)(g − m), v' = β2·v + (1 − β2)·g², v̂ = max(v̂, v') with AMSGrad,
 *   param' = param − lr/(1 − β1^t) · m' / (√v̂ / √(1 − β2^t) + eps).
 * Adam adds weightDecay·param to the gradient; AdamW multiplies param by (1 − lr·weightDecay).
 */
export function buildAdamGraph(
  groups: readonly AdamGraphGroup[],
  options: { decoupled: boolean; lrSource?: LrSource },
): StepGraph {
  const b = new GraphBuilder(options.decoupled ? 'lrkit_adamw_step' : 'lrkit_adam_step');
  const step = b.input(names.step, []);
  const stateKeys: string[][] = [];
  groups.forEach((group, g) => {
    const s = groupScalars(b, g, group, options.lrSource ?? 'input', step, options.decoupled);
    const keys = group.amsgrad
      ? ['exp_avg', 'exp_avg_sq', 'max_exp_avg_sq']
      : ['exp_avg', 'exp_avg_sq'];
    for (const { name, dims } of group.params) {
      stateKeys.push(keys);
      let param = b.input(names.param(name), dims);
      const grad = b.input(names.grad(name), dims);
      const m = b.input(names.state('exp_avg', name), dims);
      const v = b.input(names.state('exp_avg_sq', name), dims);
      let d = group.maximize ? b.op('Neg', [grad]) : grad;
      if (s.weightDecay && !options.decoupled) {
        d = b.op('Add', [d, b.op('Mul', [param, s.weightDecay])]);
      }
      if (s.decay) param = b.op('Mul', [param, s.decay]);
      const nextM = b.op('Add', [m, b.op('Mul', [b.op('Sub', [d, m]), s.oneMinusBeta1])]);
      const gradSq = b.op('Mul', [b.op('Mul', [d, d]), s.oneMinusBeta2]);
      const nextV = b.op('Add', [b.op('Mul', [v, s.beta2]), gradSq]);
      let vHat = nextV;
      if (group.amsgrad) {
        const vMax = b.input(names.state('max_exp_avg_sq', name), dims);
        vHat = b.op('Max', [vMax, nextV]);
        b.output(names.nextState('max_exp_avg_sq', name), vHat, dims);
      }
      const denom = b.op('Add', [
        b.op('Div', [b.op('Sqrt', [vHat]), s.biasCorrection2Sqrt]),
        s.eps,
      ]);
      const next = b.op('Sub', [param, b.op('Mul', [b.op('Div', [nextM, denom]), s.stepSize])]);
      b.output(names.nextParam(name), next, dims);
      b.output(names.nextState('exp_avg', name), nextM, dims);
      b.output(names.nextState('exp_avg_sq', name), nextV, dims);
    }
  });
  return finish(b, stateKeys);
}
