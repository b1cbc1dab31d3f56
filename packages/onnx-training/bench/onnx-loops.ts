// The ONNX loops of the benchmark, on whatever runtime is set (onnxruntime-node here,
// onnxruntime-web in the page): the Trainer, and the raw loop running the same two graphs with
// as little JavaScript as a hand-written loop can have.
import type { InferenceSession, Tensor } from 'onnxruntime-common';
import { buildMlp } from '../src/mlp/mlp-graph';
import { initMlpParams } from '../src/mlp/mlp-params';
import { Adam } from '../src/optim/adam';
import { buildAdamGraph } from '../src/optim/adam-graph';
import { names } from '../src/optim/naming';
import type { OnnxOptimizer, OnnxParamGroup } from '../src/optim/onnx-optimizer';
import { SGD } from '../src/optim/sgd';
import { buildSgdGraph } from '../src/optim/sgd-graph';
import type { LrSource, ParamShape } from '../src/optim/step-graph';
import { getOrtRuntime } from '../src/runtime/ort-runtime';
import { Trainer } from '../src/trainer/trainer';
import {
  ADAM_OPTIONS,
  batchTensors,
  type Config,
  type Kind,
  SESSION,
  SGD_OPTIONS,
} from './configs';

/**
 * One training step; resolves with the loss, or with the Trainer's StepResult that holds it
 * (every runtime reads the loss back each step).
 */
export type Step = () => Promise<number | { loss: number }>;

export const lossOf = (result: number | { loss: number }): number =>
  typeof result === 'number' ? result : result.loss;

export async function trainerLoop(c: Config, kind: Kind): Promise<Step> {
  const mlp = buildMlp(c.mlp);
  const params = initMlpParams(mlp.params, { seed: 1 });
  const optimizer = (kind === 'SGD'
    ? new SGD(params, { ...SGD_OPTIONS, sessionOptions: SESSION })
    : new Adam(params, {
        ...ADAM_OPTIONS,
        sessionOptions: SESSION,
      })) as unknown as OnnxOptimizer<OnnxParamGroup>;
  const trainer = await Trainer.create({
    gradientModel: mlp.trainModel,
    optimizer,
    sessionOptions: SESSION,
  });
  const batch = batchTensors(c);
  // trainStep itself: an async wrapper to pick the loss out would be the harness's cost, not the
  // Trainer's (the raw loop has no such layer either).
  return () => trainer.trainStep(batch);
}

/** The optimizer graph: one flat parameter per group (what the optimizers run), or one per tensor. */
export function optimizerGraph(
  kind: Kind,
  params: readonly ParamShape[],
  lrSource: LrSource = 'input',
) {
  return kind === 'SGD'
    ? buildSgdGraph(
        [
          {
            params,
            dampening: 0,
            withWeightDecay: false,
            nesterov: false,
            maximize: false,
            withMomentum: true,
          },
        ],
        { lrSource },
      )
    : buildAdamGraph([{ params, withWeightDecay: false, amsgrad: false, maximize: false }], {
        decoupled: false,
        lrSource,
      });
}

interface OptimizerRun {
  /** Runs one update with the gradients in the grad buffer. */
  run: () => Promise<void>;
  flat: () => Float32Array;
  /** The gradient fed to the first parameter of the graph (the whole group when packed). */
  gradBuffer: Float32Array;
}

/**
 * A bare optimizer-graph loop over fixed gradients: packed (one flat tensor) or per tensor, lr
 * fed or baked in. Scalars are created once and rewritten, as the optimizers do.
 */
export async function optimizerRun(
  c: Config,
  kind: Kind,
  layout: 'packed' | 'per-tensor',
  lrSource: LrSource = 'input',
): Promise<OptimizerRun> {
  const { Tensor: T, InferenceSession: S } = getOrtRuntime();
  const shapes = buildMlp(c.mlp).params;
  const size = shapes.reduce((n, p) => n + p.dims.reduce((a, d) => a * d, 1), 0);
  const graphParams = layout === 'packed' ? [{ name: 'group.0', dims: [size] }] : shapes;
  const graph = optimizerGraph(kind, graphParams, lrSource);
  const session = await S.create(graph.model, SESSION);
  const init = initMlpParams(shapes, { seed: 1 });
  const feeds: Record<string, Tensor> = {};
  graphParams.forEach(({ name, dims }, i) => {
    const count = dims.reduce((a, d) => a * d, 1);
    const values =
      layout === 'packed'
        ? Float32Array.from(shapes.flatMap((p) => [...(init[p.name]!.data as Float32Array)]))
        : (init[name]!.data as Float32Array);
    feeds[names.param(name)] = new T('float32', values, dims);
    feeds[names.grad(name)] = new T(
      'float32',
      Float32Array.from({ length: count }, (_, k) => Math.sin(k + i)),
      dims,
    );
    for (const key of graph.stateKeys[i]!)
      feeds[names.state(key, name)] = new T('float32', new Float32Array(count), dims);
  });
  const scalars = scalarFeeds(kind, lrSource === 'input');
  Object.assign(feeds, scalars.feeds);
  let t = 0;
  return {
    run: async () => {
      t += 1;
      scalars.set(t);
      const out = await session.run(feeds);
      for (const { name } of graphParams) {
        feeds[names.param(name)] = out[names.nextParam(name)]!;
        for (const key of graph.stateKeys[0]!)
          feeds[names.state(key, name)] = out[names.nextState(key, name)]!;
      }
    },
    flat: () => feeds[names.param(graphParams[0]!.name)]!.data as Float32Array,
    gradBuffer: feeds[names.grad(graphParams[0]!.name)]!.data as Float32Array,
  };
}

/** The rank-0 inputs of group 0, created once; `set(t)` writes step t's values in place. */
function scalarFeeds(kind: Kind, lrInput: boolean) {
  const { Tensor: T } = getOrtRuntime();
  const f32 = (v: number) => new T('float32', Float32Array.of(v), []);
  const feeds: Record<string, Tensor> = {};
  if (lrInput) feeds[names.lr(0)] = f32(0);
  if (kind === 'SGD') {
    feeds[names.momentum(0)] = f32(SGD_OPTIONS.momentum);
    feeds[names.momentumReady(0)] = new T('bool', Uint8Array.of(0), []);
  } else {
    feeds[names.step] = f32(0);
    feeds[names.beta1(0)] = f32(ADAM_OPTIONS.betas[0]);
    feeds[names.beta2(0)] = f32(ADAM_OPTIONS.betas[1]);
    feeds[names.eps(0)] = f32(ADAM_OPTIONS.eps);
  }
  const base = kind === 'SGD' ? SGD_OPTIONS.lr : ADAM_OPTIONS.lr;
  return {
    feeds,
    set(t: number) {
      // A scheduled lr: a new value every step, as a scheduler writes it.
      if (lrInput) (feeds[names.lr(0)]!.data as Float32Array)[0] = base * (1 + Math.cos(t)) * 0.5;
      if (kind === 'SGD') (feeds[names.momentumReady(0)]!.data as Uint8Array)[0] = t > 1 ? 1 : 0;
      else (feeds[names.step]!.data as Float32Array)[0] = t;
    },
  };
}

/**
 * The raw two-graph loop: the gradient graph, the gradients copied into one flat buffer, the
 * packed optimizer graph, and the new flat parameters copied into one buffer of which the
 * gradient graph is fed views made once (cheaper than new views of each new output).
 */
export async function rawLoop(c: Config, kind: Kind): Promise<Step> {
  const { Tensor: T, InferenceSession: S } = getOrtRuntime();
  const mlp = buildMlp(c.mlp);
  const shapes = mlp.params;
  const grad: InferenceSession = await S.create(mlp.trainModel, SESSION);
  const opt = await optimizerRun(c, kind, 'packed');
  const offsets: number[] = [];
  let size = 0;
  for (const p of shapes) {
    offsets.push(size);
    size += p.dims.reduce((a, d) => a * d, 1);
  }
  const gradFeeds: Record<string, Tensor> = { ...batchTensors(c) };
  const flatParams = Float32Array.from(opt.flat());
  shapes.forEach((p, i) => {
    const n = p.dims.reduce((a, d) => a * d, 1);
    gradFeeds[p.name] = new T('float32', flatParams.subarray(offsets[i]!, offsets[i]! + n), p.dims);
  });
  const fetches = [names.loss, ...shapes.map((p) => names.grad(p.name))];
  const flatGrad = opt.gradBuffer;
  return async () => {
    const out = await grad.run(gradFeeds, fetches);
    shapes.forEach((p, i) => {
      flatGrad.set(out[names.grad(p.name)]!.data as Float32Array, offsets[i]!);
    });
    await opt.run();
    flatParams.set(opt.flat());
    return out[names.loss]!.data[0] as number;
  };
}
