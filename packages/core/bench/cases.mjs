// The step() benchmark's cases, shared by run.mjs (one build) and compare.mjs (two builds, A/B).
// `lrkit` is the module under test; `long` a length no case runs past.

export const sgd = (groups) => ({
  paramGroups: Array.from({ length: groups }, (_, i) => ({ lr: 0.1 / (i + 1), momentum: 0.9 })),
});
export const adam = (groups) => ({
  paramGroups: Array.from({ length: groups }, (_, i) => ({
    lr: 1e-3 / (i + 1),
    betas: [0.9, 0.999],
  })),
});

/** [name, build(optimizer), kind]: `metric` cases step with a loss, `adam` ones on Adam groups. */
export function benchCases(lrkit, LONG) {
  return [
    ['LambdaLR', (o) => new lrkit.LambdaLR(o, { lrLambda: (e) => 1 / (1 + 1e-4 * e) })],
    ['MultiplicativeLR', (o) => new lrkit.MultiplicativeLR(o, { lrLambda: () => 0.99999 })],
    ['StepLR', (o) => new lrkit.StepLR(o, { stepSize: 1000, gamma: 0.999 })],
    [
      'MultiStepLR',
      (o) => new lrkit.MultiStepLR(o, { milestones: [1000, 5000, 20000, 100000], gamma: 0.9 }),
    ],
    ['ConstantLR', (o) => new lrkit.ConstantLR(o, { factor: 0.5, totalIters: 1000 })],
    ['LinearLR', (o) => new lrkit.LinearLR(o, { startFactor: 0.1, totalIters: 100000 })],
    ['ExponentialLR', (o) => new lrkit.ExponentialLR(o, { gamma: 0.999999 })],
    ['PolynomialLR', (o) => new lrkit.PolynomialLR(o, { totalIters: LONG, power: 2 })],
    ['CosineAnnealingLR', (o) => new lrkit.CosineAnnealingLR(o, { tMax: LONG, etaMin: 1e-5 })],
    [
      'SequentialLR',
      (o) =>
        new lrkit.SequentialLR(o, {
          schedulers: [
            new lrkit.LinearLR(o, { startFactor: 0.1, totalIters: 1000 }),
            new lrkit.CosineAnnealingLR(o, { tMax: LONG }),
          ],
          milestones: [1000],
        }),
    ],
    [
      'ChainedScheduler',
      (o) =>
        new lrkit.ChainedScheduler(o, {
          schedulers: [
            new lrkit.ConstantLR(o, { factor: 0.5, totalIters: 1000 }),
            new lrkit.ExponentialLR(o, { gamma: 0.999999 }),
          ],
        }),
    ],
    ['ReduceLROnPlateau', (o) => new lrkit.ReduceLROnPlateau(o, { patience: 5 }), 'metric'],
    [
      'CyclicLR (momentum)',
      (o) => new lrkit.CyclicLR(o, { baseLr: 1e-3, maxLr: 0.1, stepSizeUp: 500 }),
    ],
    [
      'CyclicLR (betas)',
      (o) => new lrkit.CyclicLR(o, { baseLr: 1e-4, maxLr: 1e-3, stepSizeUp: 500 }),
      'adam',
    ],
    ['OneCycleLR (momentum)', (o) => new lrkit.OneCycleLR(o, { maxLr: 0.1, totalSteps: LONG })],
    [
      'OneCycleLR (betas)',
      (o) => new lrkit.OneCycleLR(o, { maxLr: 1e-3, totalSteps: LONG }),
      'adam',
    ],
    [
      'CosineAnnealingWarmRestarts',
      (o) => new lrkit.CosineAnnealingWarmRestarts(o, { t0: 1000, tMult: 2 }),
    ],
    [
      'CosineAnnealingWarmupRestarts',
      (o) =>
        new lrkit.CosineAnnealingWarmupRestarts(o, {
          firstCycleSteps: 1000,
          cycleMult: 1.5,
          maxLr: 0.1,
          minLr: 1e-4,
          warmupSteps: 100,
          gamma: 0.9,
        }),
    ],
    [
      'LinearAnnealingLR',
      (o) => new lrkit.LinearAnnealingLR(o, { annealingSteps: 1000, totalSteps: LONG }),
    ],
    [
      'ParamwiseScheduler',
      (o) =>
        new lrkit.ParamwiseScheduler(o, {
          schedulers: (view, i) =>
            i % 2 === 0
              ? new lrkit.CosineAnnealingLR(view, { tMax: LONG })
              : new lrkit.StepLR(view, { stepSize: 1000, gamma: 0.9 }),
        }),
    ],
  ];
}

// A noisy, slowly improving loss so ReduceLROnPlateau takes its real paths.
export const metrics = Float64Array.from(
  { length: 4096 },
  (_, i) => 1 / (1 + i / 512) + ((i * 7919) % 97) / 1e4,
);
