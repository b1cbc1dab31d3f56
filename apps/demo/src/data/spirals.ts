import { createRandom, normal } from './random';

/** A two-class data set: `x` is row-major [count, 2], `y` holds class indices 0 or 1. */
export interface Dataset {
  readonly x: Float32Array;
  readonly y: Uint8Array;
  readonly count: number;
}

export interface SpiralOptions {
  /** Points per class. */
  pointsPerClass: number;
  /** How many times each arm winds around the centre. */
  turns?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  noise?: number;
  seed: number;
}

/**
 * Two interleaved spiral arms, class 0 and class 1 half a turn apart: a task a linear model
 * cannot solve and a small MLP can, with a loss curve that shows what the schedule does.
 */
export function spirals(options: SpiralOptions): Dataset {
  const { pointsPerClass, turns = 1.25, noise = 0.1, seed } = options;
  const random = createRandom(seed);
  const count = pointsPerClass * 2;
  const x = new Float32Array(count * 2);
  const y = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    // sqrt spreads points evenly along the arm instead of crowding the centre.
    const radius = Math.sqrt(random()) * 0.95 + 0.05;
    const angle = radius * turns * 2 * Math.PI + label * Math.PI;
    x[2 * i] = radius * Math.cos(angle) + noise * normal(random);
    x[2 * i + 1] = radius * Math.sin(angle) + noise * normal(random);
    y[i] = label;
  }
  return { x, y, count };
}

/** The demo's task: a training set and a validation set drawn with different seeds. */
export function spiralTask(seed: number, pointsPerClass = 256): { train: Dataset; val: Dataset } {
  return {
    train: spirals({ pointsPerClass, seed }),
    val: spirals({ pointsPerClass, seed: seed + 7919 }),
  };
}
