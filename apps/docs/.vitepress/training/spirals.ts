/** Two classes of points, `x` row-major [count, 2], `y` the class (0 or 1) of each point. */
export interface PointSet {
  readonly x: Float32Array;
  readonly y: Uint8Array;
  readonly count: number;
}

/** mulberry32: a small seeded generator, so both runtimes see the same data, order and weights. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Two interleaved spiral arms (the task of the demo app): a linear model cannot separate them, a
 * small MLP can, and how fast it does depends visibly on the learning rate.
 */
export function spirals(seed: number, pointsPerClass = 256): PointSet {
  const random = seededRandom(seed);
  const count = 2 * pointsPerClass;
  const x = new Float32Array(2 * count);
  const y = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const radius = Math.sqrt(random()) * 0.95 + 0.05;
    const angle = radius * 2.5 * Math.PI + label * Math.PI;
    // Box–Muller noise on each coordinate.
    const noise = () =>
      0.1 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    x[2 * i] = radius * Math.cos(angle) + noise();
    x[2 * i + 1] = radius * Math.sin(angle) + noise();
    y[i] = label;
  }
  return { x, y, count };
}

/** The rows of every update: a seeded shuffle per pass over the data, whole batches only. */
export function batchOrder(
  count: number,
  options: { batchSize: number; updates: number; seed: number },
): Int32Array[] {
  const random = seededRandom(options.seed + 101);
  const perPass = Math.floor(count / options.batchSize);
  const batches: Int32Array[] = [];
  let order = new Int32Array(0);
  for (let k = 0; k < options.updates; k++) {
    const b = k % perPass;
    if (b === 0) {
      order = Int32Array.from({ length: count }, (_, i) => i);
      for (let i = count - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
    }
    batches.push(order.slice(b * options.batchSize, (b + 1) * options.batchSize));
  }
  return batches;
}

/** Copies rows of a point set into one batch. */
export function gather(data: PointSet, rows: Int32Array): { x: Float32Array; y: Uint8Array } {
  const x = new Float32Array(2 * rows.length);
  const y = new Uint8Array(rows.length);
  rows.forEach((row, i) => {
    x[2 * i] = data.x[2 * row] as number;
    x[2 * i + 1] = data.x[2 * row + 1] as number;
    y[i] = data.y[row] as number;
  });
  return { x, y };
}

/** One dense layer in torch.nn.Linear's layout: `weight` row-major [outputs, inputs]. */
export interface DenseLayer {
  readonly inputs: number;
  readonly outputs: number;
  readonly weight: Float32Array;
  readonly bias: Float32Array;
}

/** torch.nn.Linear's initialisation, U(±1/√inputs) for weights and biases, seeded. */
export function initialLayers(sizes: readonly number[], seed: number): DenseLayer[] {
  const random = seededRandom(seed ^ 0x5eed);
  const layers: DenseLayer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l] as number;
    const outputs = sizes[l + 1] as number;
    const bound = 1 / Math.sqrt(inputs);
    const draw = (n: number) => Float32Array.from({ length: n }, () => (2 * random() - 1) * bound);
    layers.push({ inputs, outputs, weight: draw(inputs * outputs), bias: draw(outputs) });
  }
  return layers;
}
