import type { Tensor } from 'onnxruntime-common';
import { GraphBuilder } from '../onnx/graph-builder';
import { names } from '../optim/naming';
import type { ParamShape } from '../optim/step-graph';
import { float32Tensor } from '../tensor/tensors';
import { type MlpOptions, type ResolvedMlpOptions, resolveMlpOptions } from './mlp-options';

/** The three models of one MLP; all take the parameters as inputs named as in `params`. */
export interface MlpGraphs {
  /** Parameters in layer order: `layer<i>.weight` [out, in] (PyTorch's Linear layout) and `layer<i>.bias` [out]. */
  params: readonly ParamShape[];
  /** Gradient graph: inputs params, `x`, `y`; outputs `loss` and `grad.<param>` for every parameter. */
  trainModel: Uint8Array;
  /** Inputs params, `x`, `y`; outputs `loss` and `output` (predictions, or logits for cross-entropy). */
  evalModel: Uint8Array;
  /** Inputs params and `x`; output `output`. */
  predictModel: Uint8Array;
  options: ResolvedMlpOptions;
}

const BATCH = 'batch';

interface Forward {
  /** Layer inputs a_0 = x, a_1, ..., and pre-activations z_0, ... z_L-1 (z_L-1 is the output). */
  inputs: string[];
  pre: string[];
}

function declareParams(b: GraphBuilder, params: readonly ParamShape[]): void {
  for (const p of params) b.input(p.name, p.dims);
}

function forward(b: GraphBuilder, o: ResolvedMlpOptions): Forward {
  const inputs = [b.input('x', [BATCH, o.inputSize])];
  const pre: string[] = [];
  const layers = o.hiddenSizes.length + 1;
  for (let l = 0; l < layers; l++) {
    const z = b.op('Gemm', [inputs[l]!, `layer${l}.weight`, `layer${l}.bias`], {
      transB: { int: 1 },
    });
    pre.push(z);
    if (l < layers - 1) inputs.push(b.op(o.activations[l] === 'tanh' ? 'Tanh' : 'Relu', [z]));
  }
  return { inputs, pre };
}

/** Declares `y` and returns the loss and a builder of dLoss/dOutput (only the gradient graph calls it). */
function lossAndGradient(
  b: GraphBuilder,
  o: ResolvedMlpOptions,
  out: string,
): { loss: string; dOut: () => string } {
  if (o.loss === 'mse') {
    const y = b.input('y', [BATCH, o.outputSize]);
    const diff = b.op('Sub', [out, y]);
    const loss = b.op('ReduceMean', [b.op('Mul', [diff, diff])], { keepdims: { int: 0 } });
    return {
      loss,
      dOut: () =>
        b.op('Mul', [
          diff,
          b.op('Div', [b.scalar(2), b.op('Cast', [b.op('Size', [diff])], { to: { int: 1 } })]),
        ]),
    };
  }
  const target =
    o.labels === 'indices'
      ? b.op(
          'OneHot',
          [
            b.input('y', [BATCH], 'int64'),
            b.int64Scalar(o.outputSize),
            b.tensor(Float32Array.of(0, 1), [2], 'onehot_values'),
          ],
          {
            axis: { int: -1 },
          },
        )
      : b.input('y', [BATCH, o.outputSize]);
  const logProb = b.op('LogSoftmax', [out], { axis: { int: 1 } });
  const batch = b.op('Cast', [b.op('Gather', [b.op('Shape', [out]), b.int64Scalar(0)])], {
    to: { int: 1 },
  });
  const total = b.op('ReduceSum', [b.op('Mul', [target, logProb])], { keepdims: { int: 0 } });
  const loss = b.op('Neg', [b.op('Div', [total, batch])]);
  // d/dz of −Σ t·logsoftmax(z) is softmax(z)·Σt − t; Σt is 1 for class indices.
  const dOut = () => {
    let prob = b.op('Exp', [logProb]);
    if (o.labels === 'probabilities') {
      prob = b.op('Mul', [
        prob,
        b.op('ReduceSum', [target, b.int64s([1])], { keepdims: { int: 1 } }),
      ]);
    }
    return b.op('Div', [b.op('Sub', [prob, target]), batch]);
  };
  return { loss, dOut };
}

/** Analytic backward pass: returns gradient value names by parameter name. */
function backward(
  b: GraphBuilder,
  o: ResolvedMlpOptions,
  f: Forward,
  dOut: string,
): Map<string, string> {
  const grads = new Map<string, string>();
  let delta = dOut;
  for (let l = f.pre.length - 1; l >= 0; l--) {
    grads.set(`layer${l}.weight`, b.op('Gemm', [delta, f.inputs[l]!], { transA: { int: 1 } }));
    grads.set(
      `layer${l}.bias`,
      b.op('ReduceSum', [delta, b.int64s([0])], { keepdims: { int: 0 } }),
    );
    if (l === 0) break;
    const dInput = b.op('MatMul', [delta, `layer${l}.weight`]);
    if (o.activations[l - 1] === 'tanh') {
      const a = f.inputs[l]!;
      delta = b.op('Mul', [dInput, b.op('Sub', [b.scalar(1), b.op('Mul', [a, a])])]);
    } else {
      // ReLU'(z) is 1 for z > 0 and 0 otherwise (PyTorch's convention at 0).
      delta = b.op('Where', [b.op('Greater', [f.pre[l - 1]!, b.scalar(0)]), dInput, b.scalar(0)]);
    }
  }
  return grads;
}

/**
 * A self-contained inference model: input `x`, output `output`, with the given (trained)
 * parameters frozen in as initializers, for deployment with any ONNX runtime.
 */
export function exportMlp(
  options: MlpOptions,
  params: Readonly<Record<string, Tensor>>,
): Uint8Array {
  const o = resolveMlpOptions(options);
  const b = new GraphBuilder('lrkit_mlp');
  for (const { name, dims } of mlpParamShapes(o)) {
    const t = float32Tensor(`params.${name}`, params[name], dims);
    b.initializer(name, t.data as Float32Array, dims);
  }
  b.output('output', forward(b, o).pre.at(-1)!, [BATCH, o.outputSize]);
  return b.build();
}

export function mlpParamShapes(o: ResolvedMlpOptions): ParamShape[] {
  const sizes = [o.inputSize, ...o.hiddenSizes, o.outputSize];
  return sizes.slice(1).flatMap((units, l) => [
    { name: `layer${l}.weight`, dims: [units, sizes[l]!] },
    { name: `layer${l}.bias`, dims: [units] },
  ]);
}

/**
 * Builds a multilayer perceptron's gradient, evaluation and prediction graphs in standard ONNX
 * ops (opset 17): Gemm layers, ReLU/Tanh, MSE or softmax cross-entropy, and the analytic backward.
 */
export function buildMlp(options: MlpOptions): MlpGraphs {
  const o = resolveMlpOptions(options);
  const params = mlpParamShapes(o);
  const outDims = [BATCH, o.outputSize];

  const train = new GraphBuilder('lrkit_mlp_train');
  declareParams(train, params);
  const ft = forward(train, o);
  const lt = lossAndGradient(train, o, ft.pre.at(-1)!);
  train.output(names.loss, lt.loss, []);
  const grads = backward(train, o, ft, lt.dOut());
  for (const p of params) train.output(names.grad(p.name), grads.get(p.name)!, p.dims);

  const evaluation = new GraphBuilder('lrkit_mlp_eval');
  declareParams(evaluation, params);
  const fe = forward(evaluation, o);
  evaluation.output(names.loss, lossAndGradient(evaluation, o, fe.pre.at(-1)!).loss, []);
  evaluation.output('output', fe.pre.at(-1)!, outDims);

  const predict = new GraphBuilder('lrkit_mlp_predict');
  declareParams(predict, params);
  predict.output('output', forward(predict, o).pre.at(-1)!, outDims);

  return {
    params,
    trainModel: train.build(),
    evalModel: evaluation.build(),
    predictModel: predict.build(),
    options: o,
  };
}
