import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../test/helpers/backends';
import { type Kind, referenceOf } from '../test/helpers/reference';
import { bindOptimizer } from './optimizer-binding';

const EPS = 1e-7;
const G = [0.3, -0.2, 0.1];
let uid = 0;

/** One write to the group (possibly none) before each update. */
const write = fc.record({
  lr: fc.option(fc.double({ min: 1e-4, max: 0.2, noNaN: true }), { nil: undefined }),
  momentum: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
});

const MAKERS: Record<'sgd' | 'momentum' | 'rmsprop' | 'adam' | 'adamax', () => tf.Optimizer> = {
  sgd: () => tf.train.sgd(0.05),
  momentum: () => tf.train.momentum(0.05, 0.9),
  rmsprop: () => tf.train.rmsprop(0.05, 0.9, 0.5, EPS),
  adam: () => tf.train.adam(0.05, 0.9, 0.999, EPS),
  adamax: () => tf.train.adamax(0.05, 0.9, 0.999, EPS),
};

describe('any sequence of writes reaches each next update, leak-free (property)', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it.each(Object.keys(MAKERS) as (keyof typeof MAKERS)[])('%s', (kind) => {
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 12 }), (writes) => {
        const x = tf.variable(tf.tensor1d([1, -1, 0.5]), true, `prop${uid++}`);
        const gradient = [{ name: x.name, tensor: tf.tensor1d(G) }];
        const binding = bindOptimizer(MAKERS[kind]());
        const group = binding.paramGroups[0];
        const ref = referenceOf(kind as Kind, 3, {
          epsilon: EPS,
          beta1: 0.9,
          beta2: 0.999,
          rmsDecay: 0.9,
        });
        const expected = [1, -1, 0.5];
        binding.optimizer.applyGradients(gradient);
        ref.step(expected, G, hyper(group));
        const tensors = tf.memory().numTensors;
        for (const w of writes) {
          if (w.lr !== undefined) group.lr = w.lr;
          if (w.momentum !== undefined) {
            if ('momentum' in group) group.momentum = w.momentum;
            if ('betas' in group) group.betas = [w.momentum, group.betas![1]];
          }
          binding.optimizer.applyGradients(gradient);
          ref.step(expected, G, hyper(group));
        }
        expect(tf.memory().numTensors).toBe(tensors);
        Array.from(x.dataSync()).forEach((v, i) => {
          expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(
            1e-4 * (1 + Math.abs(expected[i]!)),
          );
        });
        binding.dispose();
        tf.dispose([x, gradient[0]!.tensor]);
      }),
      { numRuns: 25 },
    );
  });
});

function hyper(group: { lr: number; momentum?: number; betas?: readonly [number, number] }) {
  return {
    lr: group.lr,
    momentum: group.momentum ?? 0,
    beta1: group.betas?.[0] ?? 0.9,
    beta2: group.betas?.[1] ?? 0.999,
  };
}
