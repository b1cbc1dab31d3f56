import { InvalidArgumentError, LrkitError } from '@lrkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../../test/helpers/backends';
import { mlp, regressionData } from '../../test/helpers/model';
import { GroupedOptimizer } from '../grouped-optimizer';
import { SCALAR_FIELDS, SLOT_FIELDS, type TfOptimizerInternals } from '../internal/tf-internals';
import { bindOptimizer, type TfjsOptimizerBinding } from '../optimizer-binding';
import { findLr } from './find-lr';

const OPTIMIZERS = {
  sgd: () => tf.train.sgd(0.01),
  momentum: () => tf.train.momentum(0.01, 0.9),
  adam: () => tf.train.adam(1e-3),
  adamax: () => tf.train.adamax(1e-3),
  adagrad: () => tf.train.adagrad(0.01),
  adadelta: () => tf.train.adadelta(0.01),
  rmsprop: () => tf.train.rmsprop(1e-3, 0.9, 0.5),
} as const;

/** Every byte of every weight and optimizer variable, with the step count and the groups. */
function fingerprint(model: tf.LayersModel, bindings: readonly TfjsOptimizerBinding[]) {
  const bytes = (t: tf.Tensor) => Array.from(new Uint8Array(t.dataSync().slice().buffer));
  const weights = model.weights.map((w) => bytes(w.read()));
  const optimizers = bindings.map((b) => {
    const o = b.optimizer as unknown as TfOptimizerInternals;
    const slots = SLOT_FIELDS[b.kind].map((f) =>
      ((o[f] as { originalName: string; variable: tf.Variable }[] | undefined) ?? []).map((s) => [
        s.originalName,
        bytes(s.variable),
      ]),
    );
    const scalars = SCALAR_FIELDS[b.kind].map((f) => bytes(o[f] as tf.Variable));
    return { slots, scalars, iterations: o.iterations, group: { ...b.paramGroups[0] } };
  });
  return { weights, optimizers };
}

async function trainSteps(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor, steps: number) {
  for (let i = 0; i < steps; i++) {
    const from = (i * 16) % 64;
    const [x, y] = [xs.slice(from, 16), ys.slice(from, 16)];
    await model.trainOnBatch(x, y);
    tf.dispose([x, y]);
  }
}

describe.each(BACKENDS)('findLr on %s', (backend) => {
  beforeAll(() => useBackend(backend));

  it.each(Object.keys(OPTIMIZERS) as (keyof typeof OPTIMIZERS)[])(
    '%s: weights and optimizer state come back bit-identical, no tensor leaks, training continues as if it never ran',
    async (kind) => {
      const data = regressionData(64, 3);
      const make = () => {
        const model = mlp(3, [8]);
        const binding = bindOptimizer(OPTIMIZERS[kind]());
        model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
        return { model, binding };
      };
      const a = make();
      const b = make();
      await trainSteps(a.model, data.xs, data.ys, 3);
      await trainSteps(b.model, data.xs, data.ys, 3);
      const before = fingerprint(a.model, [a.binding]);
      const tensors = tf.memory().numTensors;
      const seen: number[] = [];
      const result = await findLr(
        a.model,
        { x: data.xs, y: data.ys },
        {
          batchSize: 16,
          numIt: 30,
          onProgress: (p) => {
            seen.push(p.lr);
          },
        },
      );
      expect(result.lrs.length).toBeGreaterThan(5);
      expect(seen).toEqual(result.lrs);
      expect(tf.memory().numTensors).toBe(tensors);
      expect(fingerprint(a.model, [a.binding])).toStrictEqual(before);
      // the next updates are exactly those of a twin that never ran the test
      await trainSteps(a.model, data.xs, data.ys, 3);
      await trainSteps(b.model, data.xs, data.ys, 3);
      expect(fingerprint(a.model, [a.binding]).weights).toStrictEqual(
        fingerprint(b.model, [b.binding]).weights,
      );
      tf.dispose([data.xs, data.ys]);
      a.model.dispose();
      b.model.dispose();
      a.binding.dispose();
      b.binding.dispose();
    },
  );

  it('uses the existing binding of an optimizer bound with torch bias correction', async () => {
    const data = regressionData(32, 3);
    const model = mlp(3, [4]);
    const binding = bindOptimizer(tf.train.adam(2e-3), { biasCorrection: 'torch' });
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const result = await findLr(model, { x: data.xs, y: data.ys }, { numIt: 8, batchSize: 8 });
    expect(result.lrs).toHaveLength(8);
    expect(binding.paramGroups[0].lr).toBe(2e-3);
    tf.dispose([data.xs, data.ys]);
    model.dispose();
    binding.dispose();
  });

  it('a fresh optimizer is left fresh: the slots the run created are released', async () => {
    const data = regressionData(64, 3);
    const model = mlp(3, [8]);
    const binding = bindOptimizer(tf.train.adam(1e-3));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const before = fingerprint(model, [binding]);
    const tensors = tf.memory().numTensors;
    const dataset = tf.data
      .zip({ xs: tf.data.array(data.xs.unstack()), ys: tf.data.array(data.ys.unstack()) })
      .batch(16);
    const tensorsWithDataset = tf.memory().numTensors;
    const result = await findLr(model, dataset as never, { numIt: 20, style: 'lightning' });
    expect(result.lrs.length).toBeGreaterThan(0);
    expect(result.style).toBe('lightning');
    expect(tf.memory().numTensors).toBe(tensorsWithDataset);
    expect(fingerprint(model, [binding])).toStrictEqual(before);
    expect(before.optimizers[0]!.slots.every((s) => s.length === 0)).toBe(true);
    void tensors;
    model.dispose();
    binding.dispose();
  });

  it('restores a GroupedOptimizer (two groups, two tf.train optimizers)', async () => {
    const data = regressionData(64, 3);
    const model = mlp(3, [8]);
    const grouped = new GroupedOptimizer({
      groups: [
        { params: /kernel/, lr: 1e-3, name: 'kernels', optimizer: (lr) => tf.train.adam(lr) },
        { lr: 0.01, name: 'rest' },
      ],
      optimizer: (lr) => tf.train.sgd(lr),
    });
    model.compile({ optimizer: grouped, loss: 'meanSquaredError' });
    await trainSteps(model, data.xs, data.ys, 2);
    const before = fingerprint(model, grouped.bindings);
    const iterations = grouped.iterations;
    const tensors = tf.memory().numTensors;
    await findLr(model, { x: data.xs, y: data.ys }, { batchSize: 16, numIt: 12 });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(fingerprint(model, grouped.bindings)).toStrictEqual(before);
    expect(grouped.iterations).toBe(iterations);
    tf.dispose([data.xs, data.ys]);
    model.dispose();
  });

  it('a throwing progress callback still restores everything', async () => {
    const data = regressionData(64, 3);
    const model = mlp(3, [8]);
    const binding = bindOptimizer(tf.train.momentum(0.01, 0.9));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    await trainSteps(model, data.xs, data.ys, 2);
    const before = fingerprint(model, [binding]);
    const tensors = tf.memory().numTensors;
    const failure = new Error('cancelled by the user');
    await expect(
      findLr(
        model,
        { x: data.xs, y: data.ys },
        {
          numIt: 40,
          onProgress: (p) => {
            if (p.iteration === 4) throw failure;
          },
        },
      ),
    ).rejects.toBe(failure);
    expect(tf.memory().numTensors).toBe(tensors);
    expect(fingerprint(model, [binding])).toStrictEqual(before);
    tf.dispose([data.xs, data.ys]);
    model.dispose();
    binding.dispose();
  });
});

describe('findLr input', () => {
  let model: tf.LayersModel;
  let binding: TfjsOptimizerBinding;
  let data: { xs: tf.Tensor; ys: tf.Tensor };
  beforeAll(async () => {
    await useBackend('cpu');
    data = regressionData(32, 3);
    model = mlp(3, [4]);
    binding = bindOptimizer(tf.train.adam(0.003));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
  });
  afterAll(() => {
    model.dispose();
    binding.dispose();
  });

  it('rejects bad input with a typed error before anything changes', async () => {
    const good = { x: data.xs, y: data.ys };
    const uncompiled = mlp(3, [2]);
    const short = data.ys.slice(0, 5);
    const cases: [() => Promise<unknown>, string][] = [
      [() => findLr(uncompiled, good), 'model'],
      [() => findLr(model, {} as never), 'data'],
      [() => findLr(model, { x: data.xs, y: short }), 'data.y'],
      [() => findLr(model, { x: [], y: data.ys }), 'data.x'],
      [() => findLr(model, good, { batchSize: 0 }), 'batchSize'],
      [() => findLr(model, good, { numIt: -1 }), 'numIt'],
      [() => findLr(model, good, { onProgress: 'x' as never }), 'onProgress'],
      [() => findLr(model, good, { epochs: 3 } as never), 'LrFinder.epochs'],
    ];
    const before = fingerprint(model, [binding]);
    const tensors = tf.memory().numTensors;
    for (const [run, parameter] of cases) {
      const error = await run().catch((e: unknown) => e);
      expect(error, parameter).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
    }
    expect(tf.memory().numTensors).toBe(tensors);
    expect(fingerprint(model, [binding])).toStrictEqual(before);
  });

  it('an empty dataset is refused without training', async () => {
    const empty = tf.data.array([] as tf.TensorContainer[]);
    const error = await findLr(model, empty as never).catch((e: unknown) => e);
    expect(LrkitError.isInstance(error)).toBe(true);
    expect(binding.paramGroups[0].lr).toBe(0.003);
  });
});
