import { tf } from './backends';

/** A deterministic pseudo-random sequence in [-1, 1) (tests must not depend on Math.random). */
export function noise(count: number, seed = 1): number[] {
  let state = seed >>> 0 || 1;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  });
}

/** y = x · w + 0.1 noise, for `samples` rows of `features` columns. */
export function regressionData(samples: number, features: number, seed = 1) {
  const x = noise(samples * features, seed);
  const w = noise(features, seed + 7);
  const eps = noise(samples, seed + 13);
  const y = Array.from({ length: samples }, (_, i) => {
    let s = 0;
    for (let j = 0; j < features; j++) s += x[i * features + j]! * w[j]!;
    return s + 0.1 * eps[i]!;
  });
  return { xs: tf.tensor2d(x, [samples, features]), ys: tf.tensor2d(y, [samples, 1]) };
}

/** A small MLP with seeded initial weights, so two builds are identical. */
export function mlp(features: number, hidden: number[], options: { useBias?: boolean } = {}) {
  const model = tf.sequential();
  [...hidden, 1].forEach((units, i) => {
    model.add(
      tf.layers.dense({
        units,
        ...(i === 0 ? { inputShape: [features] } : {}),
        activation: i === hidden.length ? 'linear' : 'tanh',
        useBias: options.useBias ?? true,
        kernelInitializer: tf.initializers.glorotUniform({ seed: 11 + i }),
      }),
    );
  });
  return model;
}
