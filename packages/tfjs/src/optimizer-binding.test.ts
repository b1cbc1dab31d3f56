import { MultiStepLR, OneCycleLR } from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../test/helpers/backends';
import { type Hyper, type Kind, referenceOf } from '../test/helpers/reference';
import { bindOptimizer } from './optimizer-binding';

const EPS = 1e-7;
const A = [1, 2, 3, 0.5];
const X0 = [1, -2, 3, 0.7];

function make(kind: Kind, lr: number): tf.Optimizer {
  switch (kind) {
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      return tf.train.momentum(lr, 0.9);
    case 'adam':
      return tf.train.adam(lr, 0.9, 0.999, EPS);
    case 'adamax':
      return tf.train.adamax(lr, 0.9, 0.999, EPS, 0);
    case 'adagrad':
      return tf.train.adagrad(lr);
    case 'adadelta':
      return tf.train.adadelta(lr, 0.95, EPS);
    case 'rmsprop':
      return tf.train.rmsprop(lr, 0.9, 0.5, EPS);
  }
}

const KINDS: Kind[] = ['sgd', 'momentum', 'adam', 'adamax', 'adagrad', 'adadelta', 'rmsprop'];

function quadratic(name: string) {
  const x = tf.variable(tf.tensor1d(X0), true, name);
  const a = tf.tensor1d(A);
  const loss = () => tf.tidy(() => tf.sum(tf.mul(0.5, tf.mul(a, tf.square(x))))) as tf.Scalar;
  return { x, loss, dispose: () => tf.dispose([x, a]) };
}

function hyperOf(group: {
  lr: number;
  momentum?: number;
  betas?: readonly [number, number];
}): Hyper {
  return {
    lr: group.lr,
    momentum: group.momentum ?? 0,
    beta1: group.betas?.[0] ?? 0.9,
    beta2: group.betas?.[1] ?? 0.999,
  };
}

function refOptions(torch = false) {
  return { epsilon: EPS, beta1: 0.9, beta2: 0.999, rho: 0.95, rmsDecay: 0.9, decay: 0, torch };
}

function closeTo(actual: number[], expected: number[], rel = 2e-4) {
  actual.forEach((v, i) => {
    const e = expected[i]!;
    expect(Math.abs(v - e)).toBeLessThanOrEqual(rel * Math.abs(e) + 1e-7);
  });
}

let uid = 0;

describe.each(BACKENDS)('bindOptimizer on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it.each(KINDS)(
    "%s: the update after a scheduled lr drop is exactly the new lr's update",
    (kind) => {
      const q = quadratic(`q${uid++}`);
      const binding = bindOptimizer(make(kind, 0.05));
      const scheduler = new MultiStepLR(binding, { milestones: [3], gamma: 0.1 });
      const ref = referenceOf(kind, A.length, refOptions());
      const history: { x: number[]; g: number[]; h: Hyper }[] = [];
      for (let step = 0; step < 5; step++) {
        const x = Array.from(q.x.dataSync());
        const g = x.map((xi, i) => A[i]! * xi);
        const h = hyperOf(binding.paramGroups[0]);
        const expected = x.slice();
        ref.step(expected, g, h);
        binding.optimizer.minimize(q.loss, false, [q.x]);
        const actual = Array.from(q.x.dataSync());
        closeTo(
          actual.map((v, i) => v - x[i]!),
          expected.map((v, i) => v - x[i]!),
        );
        if (step === 3) {
          // The step right after the drop: replaying with the old lr gives a clearly different update.
          const stale = referenceOf(kind, A.length, refOptions());
          for (const past of history) stale.step(past.x.slice(), past.g, past.h);
          const withOldLr = x.slice();
          stale.step(withOldLr, g, { ...h, lr: 0.05 });
          expect(h.lr).toBeCloseTo(0.005, 12);
          const oldDelta = Math.abs(withOldLr[0]! - x[0]!);
          const newDelta = Math.abs(actual[0]! - x[0]!);
          // (RMSProp's momentum buffer still carries the old lr, hence no ratio here.)
          expect(Math.abs(newDelta - oldDelta)).toBeGreaterThan(0.2 * oldDelta);
        }
        history.push({ x, g, h });
        scheduler.step();
      }
      binding.dispose();
      q.dispose();
    },
  );

  it.each(KINDS)('%s: 1,000 scheduled steps leave tf.memory().numTensors unchanged', (kind) => {
    const q = quadratic(`m${uid++}`);
    const binding = bindOptimizer(make(kind, 0.01));
    const cycles = 'momentum' in binding.paramGroups[0] || 'betas' in binding.paramGroups[0];
    const scheduler = new OneCycleLR(binding, {
      maxLr: 0.05,
      totalSteps: 1001,
      cycleMomentum: cycles,
    });
    // A fixed gradient keeps the loop cheap: the update path (slots, lr, momentum) is all real.
    const gradient = [{ name: q.x.name, tensor: tf.tensor1d([0.1, -0.2, 0.3, 0.05]) }];
    binding.optimizer.applyGradients(gradient); // slots exist from here on
    scheduler.step();
    const before = tf.memory().numTensors;
    const lrs = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      binding.optimizer.applyGradients(gradient);
      scheduler.step();
      lrs.add(binding.paramGroups[0].lr);
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(lrs.size).toBeGreaterThan(900);
    const beforeDispose = tf.memory().numTensors;
    binding.dispose();
    // Everything the optimizer held is released (tfjs's own MomentumOptimizer leaks its lr scalar).
    const slotCount = {
      sgd: 1,
      momentum: 3,
      adam: 4,
      adamax: 4,
      adagrad: 1,
      adadelta: 2,
      rmsprop: 2,
    }[kind];
    expect(beforeDispose - tf.memory().numTensors).toBe(slotCount);
    gradient[0]!.tensor.dispose();
    q.dispose();
  });
});
