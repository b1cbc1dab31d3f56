/**
 * What tfjs 4.x does on its own, which the binding exists to fix (the findings, checked on
 * the installed tfjs). If one of these starts failing, tfjs changed: revisit optimizer-binding.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../test/helpers/backends';

let uid = 0;

function firstUpdate(optimizer: tf.Optimizer, change: (o: tf.Optimizer) => void): number {
  const x = tf.variable(tf.scalar(1), true, `finding${uid++}`);
  const loss = () => tf.square(x) as tf.Scalar; // gradient 2x
  optimizer.minimize(loss, false, [x]);
  change(optimizer);
  const before = x.dataSync()[0]!;
  optimizer.minimize(loss, false, [x]);
  const delta = x.dataSync()[0]! - before;
  optimizer.dispose();
  x.dispose();
  return delta;
}

describe('tfjs 4.x optimizers without lrkit', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('SGD and Momentum ignore an assigned learningRate (only setLearningRate counts)', () => {
    for (const make of [() => tf.train.sgd(0.1), () => tf.train.momentum(0.1, 0)]) {
      const untouched = firstUpdate(make(), () => {});
      const assigned = firstUpdate(make(), (o) => {
        (o as unknown as { learningRate: number }).learningRate = 0.01;
      });
      const set = firstUpdate(make(), (o) => (o as tf.SGDOptimizer).setLearningRate(0.01));
      expect(assigned).toBe(untouched);
      expect(set).toBeCloseTo(untouched / 10, 6);
    }
  });

  it('Adam, Adamax, Adagrad, Adadelta and RMSProp read learningRate at every step', () => {
    const makers = [
      () => tf.train.adam(0.1),
      () => tf.train.adamax(0.1),
      () => tf.train.adagrad(0.1),
      () => tf.train.adadelta(0.1),
      () => tf.train.rmsprop(0.1),
    ];
    for (const make of makers) {
      const untouched = firstUpdate(make(), () => {});
      const assigned = firstUpdate(make(), (o) => {
        (o as unknown as { learningRate: number }).learningRate = 0.01;
      });
      expect(assigned).toBeCloseTo(untouched / 10, 6);
    }
  });

  it('MomentumOptimizer.setMomentum changes nothing, and dispose leaks the lr scalar', () => {
    const make = () => tf.train.momentum(0.1, 0.9);
    const untouched = firstUpdate(make(), () => {});
    const zeroed = firstUpdate(make(), (o) => (o as tf.MomentumOptimizer).setMomentum(0));
    expect(zeroed).toBe(untouched);
    const before = tf.memory().numTensors;
    const optimizer = make();
    optimizer.dispose();
    expect(tf.memory().numTensors - before).toBe(1);
  });

  it('a tf.Optimizer check is duck-typed (another tfjs copy passes compile)', () => {
    const lookalike = { minimize() {}, computeGradients() {}, applyGradients() {} };
    expect(lookalike instanceof tf.Optimizer).toBe(true);
  });
});
