import { InvalidArgumentError } from '@lrkit/core';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { randomArray, rng } from '../../test/helpers/random';
import { referenceLoss } from '../../test/helpers/reference-mlp';
import { buildMlp, exportMlp } from './mlp-graph';
import type { MlpOptions } from './mlp-options';
import { initMlpParams } from './mlp-params';

const BATCH = 5;

function batchFor(options: MlpOptions, seed: number) {
  const next = rng(seed);
  const x = randomArray(next, BATCH * options.inputSize, 1.5);
  const c = options.outputSize;
  let y: Float32Array | BigInt64Array;
  if (options.loss === 'mse') y = randomArray(next, BATCH * c);
  else if (options.labels === 'probabilities') {
    // Soft labels whose rows sum to 0.9, so the Σt factor of the gradient is exercised.
    y = Float32Array.from({ length: BATCH * c }, () => next());
    for (let n = 0; n < BATCH; n++) {
      const row = y.subarray(n * c, (n + 1) * c);
      const s = row.reduce((a, v) => a + v, 0);
      for (let k = 0; k < c; k++) row[k] = (0.9 * row[k]!) / s;
    }
  } else y = BigInt64Array.from({ length: BATCH }, () => BigInt(Math.floor(next() * c)));
  const yTensor =
    y instanceof BigInt64Array
      ? new Tensor('int64', y, [BATCH])
      : new Tensor('float32', y, [BATCH, c]);
  return { x, y, feeds: { x: new Tensor('float32', x, [BATCH, options.inputSize]), y: yTensor } };
}

const cases: [string, MlpOptions][] = [
  [
    'relu + tanh, MSE',
    { inputSize: 3, hiddenSizes: [6, 5], outputSize: 2, activation: ['relu', 'tanh'], loss: 'mse' },
  ],
  [
    'tanh, cross-entropy with class indices',
    {
      inputSize: 4,
      hiddenSizes: [7],
      outputSize: 3,
      activation: 'tanh',
      loss: 'softmax-cross-entropy',
    },
  ],
  [
    'relu, cross-entropy with soft labels',
    {
      inputSize: 3,
      hiddenSizes: [5, 4],
      outputSize: 4,
      loss: 'softmax-cross-entropy',
      labels: 'probabilities',
    },
  ],
  [
    'linear model (no hidden layer), MSE',
    { inputSize: 4, hiddenSizes: [], outputSize: 1, loss: 'mse' },
  ],
];

describe('MLP gradient graph', () => {
  it.each(cases)(
    '%s: loss matches a float64 forward and gradients match central differences',
    async (_n, options) => {
      const mlp = buildMlp(options);
      const params = initMlpParams(mlp.params, { seed: 7 });
      const { x, y, feeds } = batchFor(options, 8);
      const session = await InferenceSession.create(mlp.trainModel);
      const out = await session.run({ ...params, ...feeds });
      const p64 = new Map(
        Object.entries(params).map(([n, t]) => [n, Float64Array.from(t.data as Float32Array)]),
      );
      const yRef = y instanceof BigInt64Array ? y : Float64Array.from(y);
      const loss = (p: Map<string, Float64Array>) =>
        referenceLoss(mlp.options, p, Float64Array.from(x), yRef, BATCH);
      expect(out.loss!.dims).toEqual([]);
      expect(out.loss!.data[0] as number).toBeCloseTo(loss(p64), 5);

      // Float64 central differences (h = 1e-6): errors ~1e-9, far below float32 gradient rounding.
      const h = 1e-6;
      let worst = 0;
      for (const { name, dims } of mlp.params) {
        const grad = out[`grad.${name}`]!;
        expect(grad.dims).toEqual(dims);
        const p = p64.get(name)!;
        for (let i = 0; i < p.length; i++) {
          const keep = p[i]!;
          p[i] = keep + h;
          const up = loss(p64);
          p[i] = keep - h;
          const down = loss(p64);
          p[i] = keep;
          const fd = (up - down) / (2 * h);
          worst = Math.max(
            worst,
            Math.abs((grad.data[i] as number) - fd) / (1e-5 + 1e-3 * Math.abs(fd)),
          );
        }
      }
      // |analytic (float32 graph) − finite difference| ≤ 1e-5 + 1e-3·|fd| for every element.
      expect(worst).toBeLessThanOrEqual(1);
    },
  );

  it('float32 central differences of the ONNX loss itself agree with its gradients (tanh, cross-entropy)', async () => {
    const options = cases[1]![1];
    const mlp = buildMlp(options);
    const params = initMlpParams(mlp.params, { seed: 9 });
    const { feeds } = batchFor(options, 10);
    const train = await InferenceSession.create(mlp.trainModel);
    const evaluation = await InferenceSession.create(mlp.evalModel);
    const grads = await train.run({ ...params, ...feeds });
    const w = params['layer0.weight']!.data as Float32Array;
    const h = 1e-2;
    for (const i of [0, 5, 11, 20]) {
      const keep = w[i]!;
      w[i] = keep + h;
      const up = (await evaluation.run({ ...params, ...feeds })).loss!.data[0] as number;
      w[i] = keep - h;
      const down = (await evaluation.run({ ...params, ...feeds })).loss!.data[0] as number;
      w[i] = keep;
      const fd = (up - down) / (2 * h);
      expect(Math.abs((grads['grad.layer0.weight']!.data[i] as number) - fd)).toBeLessThan(2e-4);
    }
  });

  it('eval and predict graphs agree with the gradient graph and with each other', async () => {
    const options = cases[0]![1];
    const mlp = buildMlp(options);
    const params = initMlpParams(mlp.params, { seed: 11 });
    const { feeds } = batchFor(options, 12);
    const [train, evaluation, predict] = await Promise.all(
      [mlp.trainModel, mlp.evalModel, mlp.predictModel].map((m) => InferenceSession.create(m)),
    );
    expect(train!.outputNames).toEqual(['loss', ...mlp.params.map((p) => `grad.${p.name}`)]);
    const e = await evaluation!.run({ ...params, ...feeds });
    const t = await train!.run({ ...params, ...feeds });
    const p = await predict!.run({ ...params, x: feeds.x });
    expect(e.loss!.data).toEqual(t.loss!.data);
    expect(p.output!.data).toEqual(e.output!.data);
    expect(p.output!.dims).toEqual([BATCH, 2]);
  });

  it('exports a self-contained model with the parameters frozen in, computing what predict does', async () => {
    const options = cases[2]![1];
    const mlp = buildMlp(options);
    const params = initMlpParams(mlp.params, { seed: 13 });
    const { feeds } = batchFor(options, 14);
    const frozen = await InferenceSession.create(exportMlp(options, params));
    const predict = await InferenceSession.create(mlp.predictModel);
    expect(frozen.inputNames).toEqual(['x']);
    const a = await frozen.run({ x: feeds.x });
    const b = await predict.run({ ...params, x: feeds.x });
    expect(a.output!.data).toEqual(b.output!.data);
    expect(() => exportMlp(options, { ...params, 'layer1.bias': params['layer0.bias']! })).toThrow(
      /params\.layer1\.bias/,
    );
  });

  it('initializes like torch.nn.Linear (±1/√fanIn), repeatably per seed', () => {
    const mlp = buildMlp({ inputSize: 16, hiddenSizes: [4], outputSize: 2, loss: 'mse' });
    const a = initMlpParams(mlp.params, { seed: 1 });
    expect(initMlpParams(mlp.params, { seed: 1 })['layer0.weight']!.data).toEqual(
      a['layer0.weight']!.data,
    );
    expect(initMlpParams(mlp.params, { seed: 2 })['layer0.weight']!.data).not.toEqual(
      a['layer0.weight']!.data,
    );
    const w0 = Array.from(a['layer0.weight']!.data as Float32Array);
    const w1 = Array.from(a['layer1.weight']!.data as Float32Array);
    expect(Math.max(...w0.map(Math.abs))).toBeLessThanOrEqual(1 / 4);
    expect(Math.max(...w1.map(Math.abs))).toBeLessThanOrEqual(1 / 2);
    expect(Math.max(...w1.map(Math.abs))).toBeGreaterThan(1 / 4);
  });

  it('rejects bad options naming the option', () => {
    expect(() => buildMlp({ inputSize: 0, hiddenSizes: [], outputSize: 1, loss: 'mse' })).toThrow(
      /inputSize/,
    );
    expect(() =>
      buildMlp({ inputSize: 2, hiddenSizes: [3, 1.5], outputSize: 1, loss: 'mse' }),
    ).toThrow(/hiddenSizes\[1\]/);
    expect(() =>
      buildMlp({ inputSize: 2, hiddenSizes: [3], outputSize: 1, loss: 'mae' as never }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      buildMlp({
        inputSize: 2,
        hiddenSizes: [3],
        outputSize: 1,
        loss: 'mse',
        activation: ['relu', 'tanh'],
      }),
    ).toThrow(/activation/);
  });
});
