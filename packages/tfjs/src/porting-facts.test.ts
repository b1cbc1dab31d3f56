// The tfjs side of the README's "Porting from torch.optim" section, asserted on tfjs-core 4.22.0
// (src/optimizers/*_optimizer.ts and src/backends/backend.ts of tensorflow/tfjs). The PyTorch
// side is torch 1.13's torch/optim/{adam,rmsprop,adagrad,adadelta}.py defaults and updates.
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../test/helpers/backends';

/** One update of `optimizer` on the loss g·x from x = 0, so the gradient is exactly `g`. */
function firstStep(optimizer: tf.Optimizer, g: number): number {
  const x = tf.variable(tf.scalar(0));
  optimizer.minimize(() => tf.mul(g, x) as tf.Scalar, false, [x]);
  const value = x.dataSync()[0]!;
  x.dispose();
  optimizer.dispose();
  return value;
}

describe('tf.train compared with torch.optim (README, Porting)', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('epsilon defaults to the float32 backend epsilon 1e-7 (PyTorch: 1e-8, 1e-10, 1e-6)', () => {
    for (const o of [
      tf.train.adam(),
      tf.train.adamax(),
      tf.train.rmsprop(0.1),
      tf.train.adadelta(),
    ]) {
      expect(o.getConfig().epsilon).toBe(1e-7);
      o.dispose();
    }
    expect(tf.backend().epsilon()).toBe(1e-7);
  });

  it('other defaults: RMSProp decay 0.9, Adagrad accumulator 0.1, Adadelta lr 0.001 and rho 0.95', () => {
    const rmsprop = tf.train.rmsprop(0.1);
    const adagrad = tf.train.adagrad(0.1);
    const adadelta = tf.train.adadelta();
    expect(rmsprop.getConfig().decay).toBe(0.9);
    expect(adagrad.getConfig().initialAccumulatorValue).toBe(0.1);
    expect(adadelta.getConfig()).toMatchObject({ learningRate: 0.001, rho: 0.95 });
    for (const o of [rmsprop, adagrad, adadelta]) o.dispose();
  });

  it('RMSProp and Adagrad put epsilon inside the square root', () => {
    const g = 1e-4;
    const eps = 1e-7;
    // RMSProp: v = (1 - 0.9)·g² after one step; tfjs steps lr·g/√(v + ε), PyTorch lr·g/(√v + ε).
    const v = 0.1 * g * g;
    expect(firstStep(tf.train.rmsprop(1, 0.9), g)).toBeCloseTo(-g / Math.sqrt(v + eps), 4);
    expect(Math.abs(-g / (Math.sqrt(v) + eps) - -g / Math.sqrt(v + eps))).toBeGreaterThan(1);
    // Adagrad (accumulator started at 1e-12): the same placement.
    const acc = 1e-12 + g * g;
    expect(firstStep(tf.train.adagrad(1, 1e-12), g)).toBeCloseTo(-g / Math.sqrt(acc + eps), 4);
  });

  it('centered RMSProp subtracts epsilon: a small first gradient gives NaN', () => {
    // v − ḡ² − ε = 0.1·g² − 0.01·g² − 1e-7 < 0 for |g| below about 1.05e-3.
    expect(firstStep(tf.train.rmsprop(0.01, 0.9, 0, undefined, true), 1e-3)).toBeNaN();
    expect(Number.isFinite(firstStep(tf.train.rmsprop(0.01, 0.9, 0, undefined, true), 1e-2))).toBe(
      true,
    );
  });

  it("Adadelta's first update is lr·g: it scales by the average from before the gradient", () => {
    // tfjs: √(0 + ε)/√(0 + ε)·g. PyTorch 1.13 divides by √(0.1·g² + ε) (rho 0.9) instead.
    expect(firstStep(tf.train.adadelta(0.5, 0.9), 2)).toBeCloseTo(-1, 6);
  });

  it('Momentum is SGD with dampening 0: the first step is lr·g, the second lr·(m·g + g)', () => {
    const x = tf.variable(tf.scalar(0));
    const momentum = tf.train.momentum(0.1, 0.9);
    const loss = () => tf.mul(3, x) as tf.Scalar;
    momentum.minimize(loss, false, [x]);
    expect(x.dataSync()[0]).toBeCloseTo(-0.3, 6);
    momentum.minimize(loss, false, [x]);
    expect(x.dataSync()[0]).toBeCloseTo(-0.3 - 0.1 * (0.9 * 3 + 3), 6);
    momentum.dispose();
    x.dispose();
  });

  it('tf.train has no AdamW, and none of weight decay, AMSGrad or maximize', () => {
    expect(Object.keys(tf.train).sort()).toEqual(
      ['adadelta', 'adagrad', 'adam', 'adamax', 'momentum', 'rmsprop', 'sgd'].sort(),
    );
    expect(Object.keys(tf.train.adam().getConfig()).sort()).toEqual(
      ['beta1', 'beta2', 'epsilon', 'learningRate'].sort(),
    );
  });
});
