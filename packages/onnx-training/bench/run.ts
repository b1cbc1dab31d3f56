// pnpm bench: ms per MLP training step, and the cost of feeding lr as an input against a graph
// with the lr baked in as a constant. Runs the TypeScript sources through tsx.
import { loadavg } from 'node:os';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import {
  Adam,
  buildAdamGraph,
  buildMlp,
  buildSgdGraph,
  initMlpParams,
  type LrSource,
  type MlpOptions,
  names,
  type OnnxOptimizer,
  type OnnxParamGroup,
  SGD,
  Trainer,
} from '../src/index';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };

interface Config {
  label: string;
  mlp: MlpOptions;
  batch: number;
}

const configs: Config[] = [
  {
    label: 'small 4-32-32-1 tanh, MSE',
    mlp: { inputSize: 4, hiddenSizes: [32, 32], outputSize: 1, activation: 'tanh', loss: 'mse' },
    batch: 32,
  },
  {
    label: 'medium 64-256-256-10 relu, CE',
    mlp: { inputSize: 64, hiddenSizes: [256, 256], outputSize: 10, loss: 'softmax-cross-entropy' },
    batch: 128,
  },
];

function batchFor(c: Config): Record<string, Tensor> {
  const x = Float32Array.from({ length: c.batch * c.mlp.inputSize }, (_, i) => Math.sin(i * 0.37));
  const y =
    c.mlp.loss === 'mse'
      ? new Tensor(
          'float32',
          Float32Array.from({ length: c.batch * c.mlp.outputSize }, (_, i) => Math.cos(i)),
          [c.batch, c.mlp.outputSize],
        )
      : new Tensor(
          'int64',
          BigInt64Array.from({ length: c.batch }, (_, i) => BigInt(i % c.mlp.outputSize)),
          [c.batch],
        );
  return { x: new Tensor('float32', x, [c.batch, c.mlp.inputSize]), y };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeSteps(step: () => Promise<unknown>, steps: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) await step();
  return (performance.now() - t0) / steps;
}

/** ms per Trainer.trainStep (gradient run + optimizer run + bookkeeping). */
async function trainerStepMs(c: Config, kind: 'SGD' | 'Adam', steps: number): Promise<number> {
  const mlp = buildMlp(c.mlp);
  const params = initMlpParams(mlp.params, { seed: 1 });
  const optimizer: OnnxOptimizer<OnnxParamGroup> =
    kind === 'SGD'
      ? new SGD(params, { lr: 0.01, momentum: 0.9, sessionOptions: SESSION })
      : new Adam(params, { lr: 1e-3, sessionOptions: SESSION });
  const trainer = await Trainer.create({
    gradientModel: mlp.trainModel,
    optimizer,
    sessionOptions: SESSION,
  });
  const batch = batchFor(c);
  await timeSteps(() => trainer.trainStep(batch), 30);
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) rounds.push(await timeSteps(() => trainer.trainStep(batch), steps));
  return median(rounds);
}

/**
 * A raw training loop (no Trainer) whose optimizer graph takes lr as an input or has it baked in.
 * Everything else is identical, so the difference is the cost of the lr input.
 */
async function rawLoop(c: Config, kind: 'SGD' | 'Adam', lrSource: LrSource) {
  const mlp = buildMlp(c.mlp);
  const shapes = mlp.params.map((p) => ({ name: p.name, dims: p.dims }));
  const graph =
    kind === 'SGD'
      ? buildSgdGraph(
          [
            {
              params: shapes,
              dampening: 0,
              weightDecay: 0,
              nesterov: false,
              maximize: false,
              withMomentum: true,
            },
          ],
          { lrSource },
        )
      : buildAdamGraph(
          [{ params: shapes, eps: 1e-8, weightDecay: 0, amsgrad: false, maximize: false }],
          { decoupled: false, lrSource },
        );
  const grad = await InferenceSession.create(mlp.trainModel, SESSION);
  const opt = await InferenceSession.create(graph.model, SESSION);
  let params: Record<string, Tensor> = initMlpParams(mlp.params, { seed: 1 });
  const state: Record<string, Tensor> = {};
  graph.stateKeys.forEach((keys, i) => {
    const { name, dims } = shapes[i]!;
    for (const k of keys)
      state[names.state(k, name)] = new Tensor(
        'float32',
        new Float32Array(params[name]!.data.length),
        dims,
      );
  });
  const batch = batchFor(c);
  const fetches = [names.loss, ...shapes.map((p) => names.grad(p.name))];
  let t = 0;
  return async () => {
    t += 1;
    const g = await grad.run({ ...batch, ...params }, fetches);
    const feeds: Record<string, Tensor> = { ...state };
    for (const { name } of shapes) {
      feeds[names.param(name)] = params[name]!;
      feeds[names.grad(name)] = g[names.grad(name)]!;
    }
    // What the optimizer classes feed each step: only the lr differs between the two variants.
    if (lrSource === 'input')
      feeds[names.lr(0)] = new Tensor('float32', Float32Array.of(0.01 * (1 + Math.cos(t))), []);
    if (kind === 'SGD') {
      feeds[names.momentum(0)] = new Tensor('float32', Float32Array.of(0.9), []);
      feeds[names.momentumReady(0)] = new Tensor('bool', Uint8Array.of(t > 1 ? 1 : 0), []);
    } else {
      feeds[names.step] = new Tensor('float32', Float32Array.of(t), []);
      feeds[names.beta1(0)] = new Tensor('float32', Float32Array.of(0.9), []);
      feeds[names.beta2(0)] = new Tensor('float32', Float32Array.of(0.999), []);
    }
    const out = await opt.run(feeds);
    const next: Record<string, Tensor> = {};
    for (const { name } of shapes) {
      next[name] = out[names.nextParam(name)] as Tensor;
    }
    graph.stateKeys.forEach((keys, i) => {
      const { name } = shapes[i]!;
      for (const k of keys) state[names.state(k, name)] = out[names.nextState(k, name)] as Tensor;
    });
    params = next;
  };
}

/** Interleaves rounds of the two variants so drift in machine load hits both alike. */
async function lrInputCost(c: Config, kind: 'SGD' | 'Adam', steps: number) {
  const withInput = await rawLoop(c, kind, 'input');
  const constant = await rawLoop(c, kind, { constant: [0.01] });
  await timeSteps(withInput, 30);
  await timeSteps(constant, 30);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < 15; r++) {
    a.push(await timeSteps(withInput, steps));
    b.push(await timeSteps(constant, steps));
  }
  const ratios = a.map((x, i) => x / b[i]! - 1);
  return { input: median(a), constant: median(b), overhead: median(ratios) };
}

const rows: string[] = [];
const print = (line: string) => {
  rows.push(line);
  console.log(line);
};
print(
  `onnxruntime-node ${(await import('onnxruntime-node')).env.versions.node}, Node ${process.version}, 1 intra-op thread, load average ${loadavg()[0]!.toFixed(2)}`,
);
print('');
print(
  '| model (batch) | optimizer | Trainer.trainStep ms | raw loop, lr input ms | raw loop, constant lr ms | lr-input overhead (median of paired rounds) |',
);
print('| --- | --- | --- | --- | --- | --- |');
for (const c of configs) {
  for (const kind of ['SGD', 'Adam'] as const) {
    const steps = c.batch > 64 ? 40 : 200;
    const trainer = await trainerStepMs(c, kind, steps);
    const cost = await lrInputCost(c, kind, steps);
    print(
      `| ${c.label} (${c.batch}) | ${kind === 'SGD' ? 'SGD momentum' : 'Adam'} | ${trainer.toFixed(3)} | ${cost.input.toFixed(3)} | ${cost.constant.toFixed(3)} | ${(cost.overhead * 100).toFixed(2)}% |`,
    );
  }
}
