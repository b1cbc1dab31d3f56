import {
  constantSchedule,
  cosineSchedule,
  HyperparameterScheduler,
  InvalidArgumentError,
  linearSchedule,
  ScheduleLR,
} from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../test/helpers/backends';
import { noise } from '../test/helpers/model';
import { GroupedOptimizer } from './grouped-optimizer';

let uid = 0;
const STEPS = 30;

/**
 * Float64 torch.optim.AdamW for one array (param ← param·(1 − lr·wd), then Adam with eps outside
 * the square root), the betas constant so every bias-correction rule agrees.
 */
function adamW(n: number) {
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  let t = 0;
  return (x: number[], g: number[], h: { lr: number; wd: number; eps: number }) => {
    t++;
    const [b1, b2] = [0.9, 0.999];
    for (let i = 0; i < n; i++) {
      x[i] = x[i]! * (1 - h.lr * h.wd);
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
      const mHat = m[i]! / (1 - b1 ** t);
      const vHat = v[i]! / (1 - b2 ** t);
      x[i] = x[i]! - (h.lr * mHat) / (Math.sqrt(vHat) + h.eps);
    }
  };
}

describe.each(BACKENDS)('GroupedOptimizer weight decay and eps on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('a weight-decay schedule on the kernel group (none on the bias) follows float64 AdamW', async () => {
    const start = { w: noise(12, 3).map((x) => 2 * x), b: noise(4, 5) };
    const w = tf.variable(tf.tensor1d(start.w), true, `w${uid++}`);
    const b = tf.variable(tf.tensor1d(start.b), true, `b${uid++}`);
    const optimizer = new GroupedOptimizer({
      groups: [
        { params: w.name, lr: 0.01, weightDecay: 0.01, eps: 1e-6, name: 'decay' },
        { params: b.name, lr: 0.01, name: 'no-decay' },
      ],
      optimizer: (lr) => tf.train.adam(lr, 0.9, 0.999, 1e-8),
    });
    const lr = new ScheduleLR(optimizer, {
      schedule: cosineSchedule({ peakLr: 0.05, decaySteps: STEPS }),
      scale: 'absolute',
    });
    const wd = new HyperparameterScheduler(optimizer, {
      field: 'weightDecay',
      schedule: [
        linearSchedule({ startLr: 0.01, endLr: 0.5, transitionSteps: STEPS - 1 }),
        constantSchedule({ lr: 0 }),
      ],
    });
    const eps = new HyperparameterScheduler(optimizer, {
      field: 'eps',
      schedule: [
        linearSchedule({ startLr: 1e-6, endLr: 1e-3, transitionSteps: STEPS - 1 }),
        constantSchedule({ lr: 1e-8 }),
      ],
    });
    const ref = { w: start.w.slice(), b: start.b.slice() };
    const step = { w: adamW(12), b: adamW(4) };
    const adam = optimizer.bindings[0]!.optimizer as unknown as { epsilon: number };
    for (let t = 0; t < STEPS; t++) {
      const [g0, g1] = optimizer.paramGroups;
      expect(adam.epsilon).toBe(g0!.eps);
      const gw = noise(12, 100 + t);
      const gb = noise(4, 200 + t);
      step.w(ref.w, gw, { lr: g0!.lr, wd: g0!.weightDecay, eps: g0!.eps! });
      step.b(ref.b, gb, { lr: g1!.lr, wd: g1!.weightDecay, eps: g1!.eps! });
      tf.tidy(() => {
        optimizer.applyGradients({ [w.name]: tf.tensor1d(gw), [b.name]: tf.tensor1d(gb) });
      });
      lr.step();
      wd.step();
      eps.step();
    }
    expect(optimizer.paramGroups[0]!.weightDecay).toBe(0.5);
    // float32 tfjs vs float64 after 30 updates: |tfjs − ref| ≤ 1e-5 + 1e-5·|ref|. Measured 6e-6
    // on both backends, the same on the bias group without decay (tfjs's own float32 Adam).
    const worst = (actual: Float32Array | Int32Array | Uint8Array, expected: number[]) =>
      Math.max(...expected.map((e, i) => Math.abs(actual[i]! - e) / (1e-5 + 1e-5 * Math.abs(e))));
    expect(worst(w.dataSync(), ref.w)).toBeLessThanOrEqual(1);
    expect(worst(b.dataSync(), ref.b)).toBeLessThanOrEqual(1);
    // Without the decay the kernel would be elsewhere: the schedule is not a no-op.
    const gap = Math.max(...ref.w.map((x, i) => Math.abs(x - start.w[i]!)));
    expect(gap).toBeGreaterThan(0.01);
    tf.dispose([w, b]);
    optimizer.dispose();
  });

  it('a scheduled beta2 reaches the tfjs optimizer before the next update', () => {
    const v = tf.variable(tf.tensor1d([1, 2]), true, `v${uid++}`);
    const optimizer = new GroupedOptimizer({
      groups: [{ lr: 0.01 }],
      optimizer: (lr) => tf.train.adam(lr),
    });
    const beta2 = new HyperparameterScheduler(optimizer, {
      field: 'beta2',
      schedule: linearSchedule({ startLr: 0.95, endLr: 0.999, transitionSteps: 4 }),
    });
    const adam = optimizer.bindings[0]!.optimizer as unknown as { beta1: number; beta2: number };
    for (let t = 0; t < 6; t++) {
      expect(adam.beta2).toBe(Math.min(0.999, 0.95 + (0.049 * t) / 4));
      expect(adam.beta1).toBe(0.9);
      tf.tidy(() => optimizer.applyGradients({ [v.name]: tf.tensor1d([0.1, -0.2]) }));
      beta2.step();
    }
    v.dispose();
    optimizer.dispose();
  });

  it('hostile weight decay and eps are rejected before any variable changes', () => {
    const v = tf.variable(tf.tensor1d([1, 2]), true, `v${uid++}`);
    const make = (
      extra: Record<string, unknown>,
      factory: (lr: number) => tf.Optimizer = (lr) => tf.train.adam(lr),
    ) => new GroupedOptimizer({ groups: [{ lr: 0.1, ...extra }], optimizer: factory });
    for (const bad of [{ weightDecay: -1 }, { weightDecay: Number.NaN }, { eps: -1 }]) {
      expect(() => make(bad)).toThrow(InvalidArgumentError);
    }
    expect(() => make({ eps: 1e-3 }, (lr) => tf.train.sgd(lr))).toThrow(/eps/);
    const optimizer = make({ weightDecay: 0.1 });
    (optimizer.paramGroups[0] as { weightDecay: number }).weightDecay = Number.POSITIVE_INFINITY;
    expect(() =>
      tf.tidy(() => optimizer.applyGradients({ [v.name]: tf.tensor1d([0.1, 0.1]) })),
    ).toThrow(/weightDecay/);
    expect(Array.from(v.dataSync())).toEqual([1, 2]);
    expect(() => {
      optimizer.paramGroups[0]!.eps = -1;
    }).toThrow(InvalidArgumentError);
    v.dispose();
    optimizer.dispose();
  });
});
