import {
  CosineAnnealingLR,
  InvalidArgumentError,
  LambdaLR,
  type Optimizer,
  ParamwiseScheduler,
  StepLR,
} from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../test/helpers/backends';
import { mlp, regressionData } from '../test/helpers/model';
import { LrSchedulerCallback } from './callbacks/scheduler-callback';
import { GroupedOptimizer } from './grouped-optimizer';

let uid = 0;

/** The gradient of the compiled MSE loss for every trainable weight, by weight name. */
function gradients(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor): Map<string, number[]> {
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const { grads, value } = tf.variableGrads(
    () => tf.mean(tf.losses.meanSquaredError(ys, model.apply(xs) as tf.Tensor)) as tf.Scalar,
    vars,
  );
  const out = new Map(Object.entries(grads).map(([name, g]) => [name, Array.from(g.dataSync())]));
  tf.dispose([value, ...Object.values(grads)]);
  return out;
}

function weights(model: tf.LayersModel): Map<string, number[]> {
  return new Map(
    model.trainableWeights.map((w) => [
      (w.read() as tf.Variable).name,
      Array.from(w.read().dataSync()),
    ]),
  );
}

describe.each(BACKENDS)('GroupedOptimizer on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it("layer-wise groups: each layer's weights move at its own group's lr, with a lambda per group", async () => {
    const { xs, ys } = regressionData(16, 3);
    const model = mlp(3, [5]);
    const [first, second] = model.layers;
    const optimizer = new GroupedOptimizer({
      groups: [
        { params: first!, lr: 0.5 },
        { params: second!, lr: 0.1 },
      ],
      optimizer: (lr) => tf.train.sgd(lr),
    });
    const scheduler = new LambdaLR(optimizer, { lrLambda: [(e) => 0.5 ** e, (e) => 1 / (1 + e)] });
    model.compile({ optimizer, loss: 'meanSquaredError' });
    const groupOf = (name: string) => (name.startsWith(`${first!.name}/`) ? 0 : 1);
    for (let step = 0; step < 3; step++) {
      const lrs = optimizer.paramGroups.map((g) => g.lr);
      expect(lrs).toEqual([0.5 * 0.5 ** step, 0.1 / (1 + step)]);
      const grads = gradients(model, xs, ys);
      const before = weights(model);
      await model.trainOnBatch(xs, ys);
      const after = weights(model);
      for (const [name, w0] of before) {
        const lr = lrs[groupOf(name)]!;
        const g = grads.get(name)!;
        after.get(name)!.forEach((w1, i) => {
          const expected = -lr * g[i]!;
          expect(Math.abs(w1 - w0[i]! - expected)).toBeLessThanOrEqual(
            1e-4 * Math.abs(expected) + 1e-6,
          );
        });
      }
      scheduler.step();
    }
    expect(optimizer.variableOrder(0)).toEqual(
      first!.trainableWeights.map((w) => (w.read() as tf.Variable).name),
    );
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('model.fit with per-group schedules logs lr and lr_1, and minimize routes by name and RegExp', async () => {
    const { xs, ys } = regressionData(32, 2);
    const model = mlp(2, [3]);
    const optimizer = new GroupedOptimizer({
      groups: [
        { params: /kernel/, lr: 0.05, name: 'kernels' },
        { lr: 0.01, name: 'rest' }, // catches the biases
      ],
      optimizer: (lr) => tf.train.adam(lr),
    });
    const scheduler = new LambdaLR(optimizer, { lrLambda: [(e) => 0.9 ** e, () => 1] });
    model.compile({ optimizer, loss: 'meanSquaredError' });
    const history = await model.fit(xs, ys, {
      epochs: 3,
      batchSize: 16,
      verbose: 0,
      callbacks: [new LrSchedulerCallback(scheduler)],
    });
    expect(history.history.lr).toEqual([0.05, 0.05 * 0.9, 0.05 * 0.9 ** 2]);
    expect(history.history.lr_1).toEqual([0.01, 0.01, 0.01]);
    expect(optimizer.variableOrder(0).every((n) => n.endsWith('/kernel'))).toBe(true);
    expect(optimizer.variableOrder(1).every((n) => n.endsWith('/bias'))).toBe(true);
    expect(optimizer.paramGroups.map((g) => g.name)).toEqual(['kernels', 'rest']);

    // minimize on plain variables: names select, and a variable without gradient is left alone.
    const a = tf.variable(tf.scalar(1), true, `a${uid++}`);
    const b = tf.variable(tf.scalar(1), true, `b${uid++}`);
    const direct = new GroupedOptimizer({
      groups: [
        { params: a.name, lr: 0.1 },
        { params: [b], lr: 0.01 },
      ],
      optimizer: (lr) => tf.train.sgd(lr),
    });
    direct.minimize(() => tf.add(tf.mul(2, a), tf.mul(3, b)) as tf.Scalar, false, [a, b]);
    expect(a.dataSync()[0]).toBeCloseTo(1 - 0.1 * 2, 6);
    expect(b.dataSync()[0]).toBeCloseTo(1 - 0.01 * 3, 6);
    direct.minimize(() => tf.mul(2, a) as tf.Scalar, false, [a]);
    expect(b.dataSync()[0]).toBeCloseTo(1 - 0.01 * 3, 6);
    expect(direct.bindings[1]!.optimizer.iterations).toBe(1);
    direct.dispose();
    tf.dispose([xs, ys, a, b]);
    model.dispose();
  });

  it('ParamwiseScheduler: each group follows its own schedule inside model.fit', async () => {
    const { xs, ys } = regressionData(32, 2);
    const model = mlp(2, [3]);
    const optimizer = new GroupedOptimizer({
      groups: [
        { params: model.layers[0]!, lr: 0.1 },
        { params: model.layers[1]!, lr: 0.02 },
      ],
      optimizer: (lr) => tf.train.adam(lr),
    });
    const cosine = (o: Optimizer) => new CosineAnnealingLR(o, { tMax: 8, etaMin: 0.001 });
    const step = (o: Optimizer) => new StepLR(o, { stepSize: 3, gamma: 0.5 });
    const paramwise = new ParamwiseScheduler(optimizer, { schedulers: [cosine, step] });
    model.compile({ optimizer, loss: 'meanSquaredError' });
    const seen: [number, number][] = [];
    const recorder = new (class extends tf.Callback {
      override async onBatchEnd(_b: number, logs?: tf.Logs) {
        seen.push([logs?.lr as number, logs?.lr_1 as number]);
      }
    })();
    const callback = new LrSchedulerCallback({ scheduler: paramwise, interval: 'step' });
    await model.fit(xs, ys, {
      epochs: 2,
      batchSize: 8,
      verbose: 0,
      callbacks: [callback, recorder],
    });
    // Each group's trace, from its own scheduler on a plain one-group optimizer.
    const trace = (make: (o: Optimizer) => { step(): void }, lr: number) => {
      const plain = { paramGroups: [{ lr }] };
      const scheduler = make(plain);
      return Array.from({ length: 8 }, () => {
        const value = plain.paramGroups[0]!.lr;
        scheduler.step();
        return value;
      });
    };
    expect(seen.map((s) => s[0])).toEqual(trace(cosine, 0.1));
    expect(seen.map((s) => s[1])).toEqual(trace(step, 0.02));
    tf.dispose([xs, ys]);
    model.dispose();
    optimizer.dispose();
  });

  it('holds no extra tensors across 1,000 scheduled steps', () => {
    const a = tf.variable(tf.tensor1d([1, 2]), true, `ga${uid++}`);
    const b = tf.variable(tf.tensor1d([3]), true, `gb${uid++}`);
    const optimizer = new GroupedOptimizer({
      groups: [
        { params: a, lr: 0.1, momentum: 0.5 },
        { params: b, lr: 0.01, momentum: 0.9 },
      ],
      optimizer: (lr) => tf.train.momentum(lr, 0.9),
    });
    const scheduler = new LambdaLR(optimizer, { lrLambda: (e) => 1 / (1 + e) });
    const loss = () => tf.add(tf.sum(tf.square(a)), tf.sum(tf.square(b))) as tf.Scalar;
    optimizer.minimize(loss);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) {
      optimizer.minimize(loss);
      scheduler.step();
    }
    expect(tf.memory().numTensors).toBe(before);
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before - 2 * 3); // lr, momentum and one slot per group
    tf.dispose([a, b]);
  });
});

describe('GroupedOptimizer input checks', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  const sgd = (lr: number) => tf.train.sgd(lr);

  it('rejects bad groups before building anything', () => {
    expect(() => new GroupedOptimizer({ groups: [], optimizer: sgd })).toThrow(
      InvalidArgumentError,
    );
    expect(() => new GroupedOptimizer({ groups: [{ lr: -1 }], optimizer: sgd })).toThrow(
      /groups\[0\]\.lr/,
    );
    expect(() => new GroupedOptimizer({ groups: [{ lr: 1 }, { lr: 2 }], optimizer: sgd })).toThrow(
      /groups\[1\]\.params/,
    );
    expect(
      () =>
        new GroupedOptimizer({
          groups: [{ lr: 1, params: 42 as unknown as string }],
          optimizer: sgd,
        }),
    ).toThrow(/groups\[0\]\.params\[0\]/);
    expect(() => new GroupedOptimizer({ groups: [{ lr: 1 }] })).toThrow(/groups\[0\]\.optimizer/);
    expect(
      () => new GroupedOptimizer({ groups: [{ lr: 1, momentum: 0.9 }], optimizer: sgd }),
    ).toThrow(/groups\[0\]\.momentum/);
    const shared = tf.train.sgd(1);
    expect(
      () =>
        new GroupedOptimizer({
          groups: [{ lr: 1, params: 'x' }, { lr: 1 }],
          optimizer: () => shared,
        }),
    ).toThrow(/groups\[1\]\.optimizer/);
  });

  it('refuses tfjs own optimizer saving, pointing to saveCheckpoint', async () => {
    const model = mlp(2, []);
    const optimizer = new GroupedOptimizer({ groups: [{ lr: 1 }], optimizer: sgd });
    model.compile({ optimizer, loss: 'meanSquaredError' });
    const handler = tf.io.withSaveHandler(async () => ({
      modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' },
    }));
    await expect(model.save(handler, { includeOptimizer: true })).rejects.toThrow(/saveCheckpoint/);
    model.dispose();
    optimizer.dispose();
  });

  it('rejects a variable claimed twice or by no group, naming it', () => {
    const v = tf.variable(tf.scalar(1), true, `dup${uid++}`);
    const twice = new GroupedOptimizer({
      groups: [
        { params: v, lr: 1 },
        { params: /dup/, lr: 1 },
      ],
      optimizer: sgd,
    });
    expect(() => twice.minimize(() => tf.square(v) as tf.Scalar)).toThrow(/groups 0 and 1/);
    const none = new GroupedOptimizer({ groups: [{ params: 'other', lr: 1 }], optimizer: sgd });
    expect(() => none.minimize(() => tf.square(v) as tf.Scalar, false, [v])).toThrow(
      /cover every trained variable/,
    );
    twice.dispose();
    none.dispose();
    v.dispose();
  });
});
