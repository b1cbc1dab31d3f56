import { InvalidArgumentError, OneCycleLR } from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../test/helpers/backends';
import { type Hyper, type Kind, referenceOf } from '../test/helpers/reference';
import { bindOptimizer, type TfjsParamGroup } from './optimizer-binding';

const EPS = 1e-7;
const A = [1, 2, 3, 0.5];
let uid = 0;

function quadratic() {
  const x = tf.variable(tf.tensor1d([1, -2, 3, 0.7]), true, `cyc${uid++}`);
  const a = tf.tensor1d(A);
  const loss = () => tf.tidy(() => tf.sum(tf.mul(0.5, tf.mul(a, tf.square(x))))) as tf.Scalar;
  return { x, loss, dispose: () => tf.dispose([x, a]) };
}

function hyperOf(g: TfjsParamGroup): Hyper {
  return {
    lr: g.lr,
    momentum: g.momentum ?? 0,
    beta1: g.betas?.[0] ?? 0,
    beta2: g.betas?.[1] ?? 0,
  };
}

/** Trains `steps` updates under OneCycleLR with momentum cycling; checks every update. */
function followsReference(kind: Kind, optimizer: tf.Optimizer, torch: boolean, steps = 8) {
  const q = quadratic();
  const binding = bindOptimizer(optimizer, { biasCorrection: torch ? 'torch' : 'product' });
  const scheduler = new OneCycleLR(binding, {
    maxLr: 0.05,
    totalSteps: steps + 1,
    baseMomentum: 0.5,
    maxMomentum: 0.95,
  });
  const ref = referenceOf(kind, A.length, {
    epsilon: EPS,
    beta1: 0.95,
    beta2: 0.999,
    rmsDecay: 0.9,
    torch,
  });
  const trajectory: number[] = [];
  const momenta = new Set<number>();
  for (let step = 0; step < steps; step++) {
    const x = Array.from(q.x.dataSync());
    const expected = x.slice();
    const h = hyperOf(binding.paramGroups[0]);
    momenta.add(h.momentum || h.beta1!);
    ref.step(
      expected,
      x.map((xi, i) => A[i]! * xi),
      h,
    );
    binding.optimizer.minimize(q.loss, false, [q.x]);
    const actual = Array.from(q.x.dataSync());
    actual.forEach((v, i) => {
      const d = v - x[i]!;
      const e = expected[i]! - x[i]!;
      expect(Math.abs(d - e)).toBeLessThanOrEqual(2e-4 * Math.abs(e) + 1e-7);
    });
    trajectory.push(...actual);
    scheduler.step();
  }
  expect(momenta.size).toBeGreaterThan(4);
  binding.dispose();
  q.dispose();
  return trajectory;
}

describe.each(BACKENDS)('momentum and beta1 cycling on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('MomentumOptimizer: each cycled momentum reaches the next update', () => {
    followsReference('momentum', tf.train.momentum(0.01, 0.95), false);
  });

  it('RMSProp: the cycled momentum reaches the next update', () => {
    followsReference('rmsprop', tf.train.rmsprop(0.01, 0.9, 0.95, EPS), false);
  });

  it.each([
    ['adam', false],
    ['adam', true],
    ['adamax', false],
    ['adamax', true],
  ] as const)('%s: cycled beta1 with torch-style bias correction = %s', (kind, torch) => {
    const make = () =>
      kind === 'adam'
        ? tf.train.adam(0.01, 0.95, 0.999, EPS)
        : tf.train.adamax(0.01, 0.95, 0.999, EPS);
    followsReference(kind, make(), torch);
  });

  it('the two bias corrections really differ once beta1 varies', () => {
    const product = followsReference('adam', tf.train.adam(0.01, 0.95, 0.999, EPS), false);
    const torch = followsReference('adam', tf.train.adam(0.01, 0.95, 0.999, EPS), true);
    const gap = Math.max(...product.map((v, i) => Math.abs(v - torch[i]!)));
    expect(gap).toBeGreaterThan(1e-4);
  });

  it("product rule: tf.train.adam(lr) under OneCycleLR's defaults takes a full first step", () => {
    // OneCycleLR writes beta1 = 0.95 before the first update of an Adam built with 0.9. The first
    // update's corrected moment is then (1 - 0.95)·g / (1 - 0.95) = g, so each coordinate moves
    // by lr·|g| / (|g| + eps) ≈ lr. (Dividing by 1 - 0.9 instead gives half of that.)
    const q = quadratic();
    const binding = bindOptimizer(tf.train.adam(0.01));
    new OneCycleLR(binding, { maxLr: 0.05, totalSteps: 10 });
    const lr = binding.paramGroups[0].lr;
    expect(binding.paramGroups[0].betas![0]).toBe(0.95);
    const before = Array.from(q.x.dataSync());
    binding.optimizer.minimize(q.loss, false, [q.x]);
    Array.from(q.x.dataSync()).forEach((v, i) => {
      expect(Math.abs(v - before[i]!) / lr).toBeCloseTo(1, 3);
    });
    binding.dispose();
    q.dispose();
  });

  it.each(['adam', 'adamax'] as const)(
    '%s product rule: beta1 set to 0 and back, with and without an update between',
    (kind) => {
      const q = quadratic();
      const optimizer = kind === 'adam' ? tf.train.adam(0.01) : tf.train.adamax(0.01);
      const binding = bindOptimizer(optimizer);
      const ref = referenceOf(kind, A.length, { epsilon: EPS, beta1: 0.9, beta2: 0.999 });
      // Each entry: the betas written before an update (null: two writes with no update between).
      const schedule: [number, number][] = [
        [0.9, 0.999],
        [0, 0.999],
        [0.6, 0.99],
        [0, 0.99],
        [0.8, 0.99],
      ];
      const writes: ([number, number] | 'update')[] = [
        schedule[0]!,
        'update',
        schedule[1]!,
        schedule[2]!, // 0 then 0.6 before any update: the product keeps its earlier factors
        'update',
        schedule[3]!,
        'update', // an update with beta1 = 0: the product is 0 from now on
        schedule[4]!,
        'update',
      ];
      for (const w of writes) {
        if (w !== 'update') {
          binding.paramGroups[0].betas = w;
          continue;
        }
        const h = binding.paramGroups[0];
        const x = Array.from(q.x.dataSync());
        const expected = x.slice();
        ref.step(
          expected,
          x.map((xi, i) => A[i]! * xi),
          { lr: h.lr, beta1: h.betas![0], beta2: h.betas![1] },
        );
        binding.optimizer.minimize(q.loss, false, [q.x]);
        Array.from(q.x.dataSync()).forEach((v, i) => {
          const e = expected[i]! - x[i]!;
          expect(Math.abs(v - x[i]! - e)).toBeLessThanOrEqual(2e-4 * Math.abs(e) + 1e-7);
        });
      }
      binding.dispose();
      q.dispose();
    },
  );

  it("tfjs's own setMomentum now changes the update, without leaking", () => {
    const q = quadratic();
    const binding = bindOptimizer(tf.train.momentum(0.1, 0.9));
    const momentum = binding.optimizer as tf.MomentumOptimizer;
    momentum.minimize(q.loss, false, [q.x]);
    const before = tf.memory().numTensors;
    momentum.setMomentum(0);
    expect(tf.memory().numTensors).toBe(before);
    expect(binding.paramGroups[0].momentum).toBe(0);
    const x = Array.from(q.x.dataSync());
    momentum.minimize(q.loss, false, [q.x]);
    const delta = Array.from(q.x.dataSync(), (v, i) => v - x[i]!);
    // With momentum 0 the update is plain SGD: -lr * a * x.
    delta.forEach((d, i) => {
      expect(d).toBeCloseTo(-0.1 * A[i]! * x[i]!, 5);
    });
    binding.dispose();
    q.dispose();
  });

  it('Adamax divides the scheduled lr by 1 + decay * t (its own decay stays on top)', () => {
    const q = quadratic();
    const decay = 0.5;
    const binding = bindOptimizer(tf.train.adamax(0.02, 0.9, 0.999, EPS, decay));
    const ref = referenceOf('adamax', A.length, { epsilon: EPS, beta1: 0.9, beta2: 0.999, decay });
    const lrs = [0.02, 0.04, 0.01, 0.03];
    for (const lr of lrs) {
      binding.paramGroups[0].lr = lr;
      const x = Array.from(q.x.dataSync());
      const expected = x.slice();
      ref.step(
        expected,
        x.map((xi, i) => A[i]! * xi),
        { lr, beta1: 0.9, beta2: 0.999 },
      );
      binding.optimizer.minimize(q.loss, false, [q.x]);
      Array.from(q.x.dataSync()).forEach((v, i) => {
        expect(v - x[i]!).toBeCloseTo(expected[i]! - x[i]!, 6);
      });
    }
    binding.dispose();
    q.dispose();
  });
});

describe('bindOptimizer input checks', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('rejects what is not a tf.train optimizer, naming the parameter', () => {
    expect(() => bindOptimizer({} as tf.Optimizer)).toThrow(InvalidArgumentError);
    expect(() => bindOptimizer({} as tf.Optimizer)).toThrow(/parameter optimizer/);
  });

  it('rejects bad writes before changing the optimizer', () => {
    const binding = bindOptimizer(tf.train.adam(0.01));
    const group = binding.paramGroups[0];
    expect(() => {
      group.lr = Number.NaN;
    }).toThrow(/paramGroups\[0\]\.lr/);
    expect(() => {
      group.betas = [1.5, 0.999];
    }).toThrow(/betas\[0\]/);
    expect(group.lr).toBe(0.01);
    expect(group.betas).toEqual([0.9, 0.999]);
    expect(() => bindOptimizer(binding.optimizer, { biasCorrection: 'torch' })).toThrow(
      /biasCorrection/,
    );
    expect(bindOptimizer(binding.optimizer)).toBe(binding);
    expect(() => bindOptimizer(tf.train.sgd(0.1), { biasCorrection: 'nope' as 'torch' })).toThrow(
      /biasCorrection/,
    );
    binding.dispose();
  });

  it('exposes momentum and betas only where the optimizer has them', () => {
    const kinds = {
      sgd: tf.train.sgd(0.1),
      momentum: tf.train.momentum(0.1, 0.9),
      adam: tf.train.adam(0.1),
      adamax: tf.train.adamax(0.1),
      adagrad: tf.train.adagrad(0.1),
      adadelta: tf.train.adadelta(0.1),
      rmsprop: tf.train.rmsprop(0.1),
    };
    const shape = Object.fromEntries(
      Object.entries(kinds).map(([k, o]) => {
        const binding = bindOptimizer(o);
        const keys = Object.keys(binding.paramGroups[0]).sort().join(',');
        binding.dispose();
        return [k, `${binding.kind}:${keys}`];
      }),
    );
    expect(shape).toEqual({
      sgd: 'sgd:lr',
      momentum: 'momentum:lr,momentum',
      adam: 'adam:betas,lr',
      adamax: 'adamax:betas,lr',
      adagrad: 'adagrad:lr',
      adadelta: 'adadelta:lr',
      rmsprop: 'rmsprop:lr,momentum',
    });
  });
});
