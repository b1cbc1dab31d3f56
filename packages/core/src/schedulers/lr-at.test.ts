import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import { ConstantLR } from './constant-lr';
import { CosineAnnealingLR } from './cosine-annealing-lr';
import { CosineAnnealingWarmRestarts } from './cosine-annealing-warm-restarts';
import { CosineAnnealingWarmupRestarts } from './cosine-annealing-warmup-restarts';
import { CyclicLR } from './cyclic-lr';
import { ExponentialLR } from './exponential-lr';
import { LambdaLR } from './lambda-lr';
import { LinearAnnealingLR } from './linear-annealing-lr';
import { LinearLR } from './linear-lr';
import { MultiStepLR } from './multi-step-lr';
import { OneCycleLR } from './one-cycle-lr';
import { PolynomialLR } from './polynomial-lr';
import { StepLR } from './step-lr';

interface WithLrAt {
  step(): void;
  getLastLr(): number[];
  lrAt(step: number): number[];
}

const groups = fc.array(fc.double({ min: 1e-4, max: 1, noNaN: true }), {
  minLength: 1,
  maxLength: 3,
});
const optimizerOf = (lrs: number[]): Optimizer => ({
  paramGroups: lrs.map((lr): ParamGroup => ({ lr, momentum: 0.9 })),
});

/**
 * Steps the scheduler `steps` times and compares every lr with `lrAt`. PyTorch's recursive
 * forms (StepLR's repeated multiply, CosineAnnealingLR's ratio) drift from the closed form by
 * rounding only: relative error 1e-9 at most.
 */
function agrees(scheduler: WithLrAt, steps: number): void {
  const off: string[] = [];
  // Where the lr reaches 0 the two forms may differ by rounding of the base lr's size.
  const floor = 1e-12 * Math.max(...scheduler.getLastLr(), ...scheduler.lrAt(0));
  for (let t = 0; t <= steps; t++) {
    if (t > 0) scheduler.step();
    const stepped = scheduler.getLastLr();
    const closed = scheduler.lrAt(t);
    stepped.forEach((lr, g) => {
      if (!(Math.abs(closed[g]! - lr) <= 1e-9 * Math.abs(lr) + floor)) {
        off.push(`t=${t} g=${g}: ${closed[g]} vs ${lr}`);
      }
    });
  }
  expect(off).toEqual([]);
}

const run = (property: fc.IProperty<never>) => fc.assert(property, { numRuns: 25 });
const steps = fc.integer({ min: 1, max: 120 });

describe('lrAt(step) agrees with the step() trace', () => {
  it('StepLR and MultiStepLR', () => {
    run(
      fc.property(
        groups,
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0.1, max: 1.5, noNaN: true }),
        steps,
        (lrs, stepSize, gamma, n) => agrees(new StepLR(optimizerOf(lrs), { stepSize, gamma }), n),
      ) as never,
    );
    run(
      fc.property(
        groups,
        fc
          .array(fc.integer({ min: 0, max: 100 }), { maxLength: 5 })
          .map((m) => m.sort((a, b) => a - b)),
        fc.double({ min: 0.1, max: 1.5, noNaN: true }),
        steps,
        (lrs, milestones, gamma, n) =>
          agrees(new MultiStepLR(optimizerOf(lrs), { milestones, gamma }), n),
      ) as never,
    );
  });

  it('ConstantLR, LinearLR, ExponentialLR and PolynomialLR', () => {
    run(
      fc.property(
        groups,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        steps,
        (lrs, factor, totalIters, n) =>
          agrees(new ConstantLR(optimizerOf(lrs), { factor, totalIters }), n),
      ) as never,
    );
    run(
      fc.property(
        groups,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        steps,
        (lrs, startFactor, endFactor, totalIters, n) =>
          agrees(new LinearLR(optimizerOf(lrs), { startFactor, endFactor, totalIters }), n),
      ) as never,
    );
    run(
      fc.property(groups, fc.double({ min: 0.5, max: 1.05, noNaN: true }), steps, (lrs, gamma, n) =>
        agrees(new ExponentialLR(optimizerOf(lrs), { gamma }), n),
      ) as never,
    );
    run(
      fc.property(
        groups,
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        steps,
        (lrs, totalIters, power, n) =>
          agrees(new PolynomialLR(optimizerOf(lrs), { totalIters, power }), n),
      ) as never,
    );
  });

  it('CosineAnnealingLR, CosineAnnealingWarmRestarts and LinearAnnealingLR', () => {
    run(
      fc.property(
        groups,
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 1e-4, noNaN: true }),
        steps,
        (lrs, tMax, etaMin, n) =>
          agrees(new CosineAnnealingLR(optimizerOf(lrs), { tMax, etaMin }), n),
      ) as never,
    );
    run(
      fc.property(
        groups,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 0, max: 1e-4, noNaN: true }),
        steps,
        (lrs, t0, tMult, etaMin, n) =>
          agrees(new CosineAnnealingWarmRestarts(optimizerOf(lrs), { t0, tMult, etaMin }), n),
      ) as never,
    );
    run(
      fc.property(
        groups,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        steps,
        (lrs, annealingSteps, extra, n) =>
          agrees(
            new LinearAnnealingLR(optimizerOf(lrs), {
              annealingSteps,
              totalSteps: annealingSteps + extra,
            }),
            n,
          ),
      ) as never,
    );
  });

  it('CosineAnnealingWarmupRestarts with per-group peaks and first-cycle-only warmup', () => {
    run(
      fc.property(
        groups,
        fc.integer({ min: 2, max: 20 }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.boolean(),
        fc.nat(),
        steps,
        (lrs, firstCycleSteps, cycleMult, gamma, warmupFirstCycleOnly, w, n) => {
          const optimizer = optimizerOf(lrs);
          const scheduler = new CosineAnnealingWarmupRestarts(optimizer, {
            firstCycleSteps,
            cycleMult,
            maxLr: lrs,
            minLr: lrs.map((lr) => lr / 100),
            warmupSteps: w % firstCycleSteps,
            gamma,
            warmupFirstCycleOnly,
          });
          agrees(scheduler, n);
        },
      ) as never,
    );
  });

  it('OneCycleLR, up to its last step, and the same error past it', () => {
    run(
      fc.property(
        groups,
        fc.integer({ min: 10, max: 150 }),
        fc.double({ min: 0.1, max: 0.45, noNaN: true }),
        fc.constantFrom('cos' as const, 'linear' as const),
        fc.boolean(),
        (lrs, totalSteps, pctStart, annealStrategy, threePhase) => {
          const scheduler = new OneCycleLR(optimizerOf(lrs), {
            maxLr: lrs,
            totalSteps,
            pctStart,
            annealStrategy,
            threePhase,
          });
          agrees(scheduler, totalSteps - 1);
          expect(() => scheduler.lrAt(totalSteps + 1)).toThrow(ScheduleExhaustedError);
        },
      ) as never,
    );
  });

  it('CyclicLR (every mode) and LambdaLR', () => {
    run(
      fc.property(
        groups,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('triangular' as const, 'triangular2' as const, 'exp_range' as const),
        fc.double({ min: 0.9, max: 1, noNaN: true }),
        steps,
        (lrs, stepSizeUp, stepSizeDown, mode, gamma, n) => {
          const scheduler = new CyclicLR(optimizerOf(lrs), {
            baseLr: lrs.map((lr) => lr / 10),
            maxLr: lrs,
            stepSizeUp,
            stepSizeDown,
            mode,
            gamma,
          });
          agrees(scheduler, n);
        },
      ) as never,
    );
    const lambda = new LambdaLR(optimizerOf([0.1, 0.05]), {
      lrLambda: [(t) => 0.95 ** t, (t) => 1 / (1 + t)],
    });
    agrees(lambda, 50);
  });

  it('rejects a step that is not an integer >= 0, changing nothing', () => {
    const scheduler = new StepLR(optimizerOf([0.1]), { stepSize: 2 });
    scheduler.step();
    expect(() => scheduler.lrAt(-1)).toThrow(/step/);
    expect(() => scheduler.lrAt(1.5)).toThrow(/step/);
    expect(scheduler.lastEpoch).toBe(1);
    expect(scheduler.lrAt(4)).toEqual([0.1 * 0.1 ** 2]);
    expect(scheduler.lastEpoch).toBe(1);
  });
});
