import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConstantLR,
  CosineAnnealingLR,
  CosineAnnealingWarmRestarts,
  CosineAnnealingWarmupRestarts,
  CyclicLR,
  ExponentialLR,
  fromTorch,
  InvalidArgumentError,
  LambdaLR,
  LinearAnnealingLR,
  LinearLR,
  MultiplicativeLR,
  MultiStepLR,
  OneCycleLR,
  type Optimizer,
  PolynomialLR,
  ReduceLROnPlateau,
  ScheduleExhaustedError,
  type Scheduler,
  StepLR,
  torchKwargsOf,
  torchSchedulerNames,
} from '../src/index';
import { snapshot } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: junk input is the point
type Any = any;

/** Plausible and implausible values alike: most options get something wrong now and then. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, 2, 3, 10, 0.1, 0.9, 1e-4, 2.5, 1e9),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.constantFrom(undefined, null, true, false, '', '3', 'min', 'max', 'cos', 'rel', 'abs'),
  fc.constantFrom('triangular', 'triangular2', 'exp_range', 'linear', 'cycle', 'iterations'),
  fc.array(fc.constantFrom(0, 1, 2, 5, 0.5, -1, Number.NaN), { maxLength: 3 }),
  fc.constantFrom(
    (e: number) => 0.9 ** e,
    () => Number.NaN,
    () => 'x',
    (e: number) => (e > 2 ? Number.POSITIVE_INFINITY : 1),
  ),
);

const optimizers = fc.oneof(
  fc.integer({ min: 1, max: 3 }).map((n) => () => ({
    paramGroups: Array.from({ length: n }, (_, i) => ({ lr: 0.1 / (i + 1), momentum: 0.9 })),
  })),
  fc.integer({ min: 1, max: 3 }).map((n) => () => ({
    paramGroups: Array.from({ length: n }, () => ({ lr: 1e-3, betas: [0.9, 0.999] as const })),
  })),
  fc.constant(() => ({ paramGroups: [{ lr: 0.1, initialLr: 0.05 }] })),
);

const classes: [string, new (o: Optimizer, x: Any) => Scheduler, object][] = [
  ['LambdaLR', LambdaLR, { lrLambda: (e: number) => 0.9 ** e, lastEpoch: -1, verbose: false }],
  ['MultiplicativeLR', MultiplicativeLR, { lrLambda: () => 0.9, lastEpoch: -1 }],
  ['StepLR', StepLR, { stepSize: 2, gamma: 0.5, lastEpoch: -1 }],
  ['MultiStepLR', MultiStepLR, { milestones: [1, 3], gamma: 0.5, lastEpoch: -1 }],
  ['ConstantLR', ConstantLR, { factor: 0.5, totalIters: 3, lastEpoch: -1 }],
  ['LinearLR', LinearLR, { startFactor: 0.5, endFactor: 1, totalIters: 3, lastEpoch: -1 }],
  ['ExponentialLR', ExponentialLR, { gamma: 0.9, lastEpoch: -1 }],
  ['PolynomialLR', PolynomialLR, { totalIters: 4, power: 2, lastEpoch: -1 }],
  ['CosineAnnealingLR', CosineAnnealingLR, { tMax: 4, etaMin: 0, lastEpoch: -1 }],
  [
    'ReduceLROnPlateau',
    ReduceLROnPlateau,
    {
      mode: 'min',
      factor: 0.5,
      patience: 1,
      threshold: 0,
      thresholdMode: 'rel',
      cooldown: 0,
      minLr: 0,
      eps: 0,
    },
  ],
  [
    'CyclicLR',
    CyclicLR,
    {
      baseLr: 0.01,
      maxLr: 0.1,
      stepSizeUp: 2,
      stepSizeDown: 3,
      mode: 'triangular',
      gamma: 1,
      scaleFn: undefined,
      scaleMode: 'cycle',
      cycleMomentum: false,
      baseMomentum: 0.8,
      maxMomentum: 0.9,
      lastEpoch: -1,
    },
  ],
  [
    'OneCycleLR',
    OneCycleLR,
    {
      maxLr: 0.1,
      totalSteps: 8,
      epochs: 2,
      stepsPerEpoch: 4,
      pctStart: 0.3,
      annealStrategy: 'cos',
      cycleMomentum: false,
      baseMomentum: 0.85,
      maxMomentum: 0.95,
      divFactor: 25,
      finalDivFactor: 1e4,
      threePhase: false,
      lastEpoch: -1,
    },
  ],
  [
    'CosineAnnealingWarmRestarts',
    CosineAnnealingWarmRestarts,
    { t0: 3, tMult: 2, etaMin: 0, lastEpoch: -1 },
  ],
  [
    'CosineAnnealingWarmupRestarts',
    CosineAnnealingWarmupRestarts,
    {
      firstCycleSteps: 4,
      cycleMult: 1,
      maxLr: 0.1,
      minLr: 0.001,
      warmupSteps: 1,
      gamma: 1,
      warmupFirstCycleOnly: false,
    },
  ],
  ['LinearAnnealingLR', LinearAnnealingLR, { annealingSteps: 2, totalSteps: 6, lastEpoch: -1 }],
];

/** Options with a random subset of the keys, each set to a random value. */
const optionsOf = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys), junk, { maxKeys: keys.length });

/** A working configuration (every key spelled out) with up to two options replaced at random. */
const nearValid = (keys: string[], base: object) =>
  fc
    .dictionary(fc.constantFrom(...keys), junk, { maxKeys: 2 })
    .map((changes) => ({ ...base, ...changes }));

/**
 * Either it works, or it throws one of lrkit's errors (never a TypeError, never NaN in a group)
 * and leaves the param groups exactly as they were.
 */
function checkOutcome(optimizer: Optimizer, act: () => unknown): boolean {
  const before = snapshot(optimizer);
  try {
    act();
  } catch (error) {
    if (!(error instanceof InvalidArgumentError) && !(error instanceof ScheduleExhaustedError)) {
      throw error;
    }
    expect(snapshot(optimizer)).toStrictEqual(before);
    return false;
  }
  for (const g of optimizer.paramGroups) {
    expect(Number.isFinite(g.lr)).toBe(true);
    if (g.momentum !== undefined) expect(Number.isFinite(g.momentum)).toBe(true);
    if (g.betas) expect(g.betas.every(Number.isFinite)).toBe(true);
  }
  return true;
}

describe('random options: a scheduler or a typed error, never a half-changed optimizer', () => {
  for (const [name, Scheduler, base] of classes) {
    const keys = Object.keys(base);
    it(name, () => {
      let built = 0;
      fc.assert(
        fc.property(
          optimizers,
          nearValid(keys, base),
          fc.array(junk, { maxLength: 6 }),
          (make, options, args) => {
            const optimizer = make();
            let scheduler: Scheduler | undefined;
            checkOutcome(optimizer, () => {
              scheduler = new Scheduler(optimizer, options);
            });
            if (!scheduler) return;
            built++;
            // Steps with random arguments: each either steps or is rejected without a trace.
            for (const arg of args) {
              const s = scheduler;
              checkOutcome(optimizer, () =>
                name === 'ReduceLROnPlateau'
                  ? s.step(arg as number)
                  : s.step(typeof arg === 'number' ? arg : undefined),
              );
            }
          },
        ),
        { numRuns: 150 },
      );
      // The random options must also build working schedulers, not only errors.
      expect(built).toBeGreaterThan(3);
    });
  }

  it('fromTorch with random kwargs', () => {
    const simple = torchSchedulerNames.filter(
      (n) => !['SequentialLR', 'ChainedScheduler', 'ParamwiseScheduler'].includes(n),
    );
    const configs = fc
      .constantFrom(...simple)
      .chain((name) =>
        optionsOf(Object.keys(torchKwargsOf(name))).map((kwargs) => ({ name, kwargs })),
      );
    let built = 0;
    fc.assert(
      fc.property(optimizers, configs, (make, { name, kwargs }) => {
        const optimizer = make();
        if (checkOutcome(optimizer, () => fromTorch(optimizer, { scheduler: name, kwargs })))
          built++;
      }),
      { numRuns: 300 },
    );
    // Fully random kwargs rarely make a valid config (about 3% do); some must.
    expect(built).toBeGreaterThan(0);
  });
});
