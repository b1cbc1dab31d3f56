import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantSchedule } from './constant';
import { cosineSchedule } from './cosine';
import { exponentialSchedule } from './exponential';
import { inverseSqrtSchedule } from './inverse-sqrt';
import { inverseTimeSchedule } from './inverse-time';
import { joinSchedules } from './join';
import { linearSchedule } from './linear';
import { noiseSchedule } from './noise';
import { piecewiseConstantSchedule } from './piecewise-constant';
import { piecewiseInterpolatedSchedule } from './piecewise-interpolated';
import { polynomialSchedule } from './polynomial';
import { scheduleFromSpec } from './registry';
import { restartsSchedule } from './restarts';
import { scaleSchedule } from './scale';
import type { Schedule } from './schedule';
import { warmupSchedule } from './warmup';

/** A closed-form schedule with the bounds its options promise. */
interface Bounded {
  schedule: Schedule;
  low: number;
  high: number;
}

const lr = fc.double({ min: 0, max: 1, noNaN: true });
const steps = fc.integer({ min: 1, max: 500 });
const sortedInts = (min: number) =>
  fc
    .uniqueArray(fc.integer({ min, max: 400 }), { minLength: 1, maxLength: 5 })
    .map((a) => a.sort((x, y) => x - y));

const leaf: fc.Arbitrary<Bounded> = fc.oneof(
  lr.map((v) => ({ schedule: constantSchedule({ lr: v }), low: v, high: v })),
  fc.tuple(lr, lr, steps).map(([a, b, n]) => ({
    schedule: linearSchedule({ startLr: a, endLr: b, transitionSteps: n }),
    low: Math.min(a, b),
    high: Math.max(a, b),
  })),
  fc
    .tuple(lr, lr, steps, fc.double({ min: 0.25, max: 4, noNaN: true }))
    .map(([a, b, n, exponent]) => ({
      schedule: cosineSchedule({
        peakLr: Math.max(a, b),
        minLr: Math.min(a, b),
        decaySteps: n,
        exponent,
      }),
      low: Math.min(a, b),
      high: Math.max(a, b),
    })),
  fc
    .tuple(lr, fc.double({ min: 0.05, max: 0.999, noNaN: true }), steps, fc.boolean(), lr)
    .map(([a, rate, n, staircase, end]) => ({
      schedule: exponentialSchedule({
        startLr: a,
        decayRate: rate,
        decaySteps: n,
        staircase,
        endLr: end * a,
      }),
      low: end * a,
      high: a,
    })),
  fc
    .tuple(lr, lr, steps, fc.double({ min: 0.1, max: 5, noNaN: true }), fc.boolean())
    .map(([a, b, n, power, cycle]) => ({
      schedule: polynomialSchedule({
        startLr: Math.max(a, b),
        endLr: Math.min(a, b),
        decaySteps: n,
        power,
        cycle,
      }),
      low: Math.min(a, b),
      high: Math.max(a, b),
    })),
  sortedInts(0).chain((boundaries) =>
    fc
      .array(lr, { minLength: boundaries.length + 1, maxLength: boundaries.length + 1 })
      .map((values) => ({
        schedule: piecewiseConstantSchedule({ boundaries, values }),
        low: Math.min(...values),
        high: Math.max(...values),
      })),
  ),
  fc
    .tuple(sortedInts(0), fc.constantFrom('linear' as const, 'cosine' as const))
    .chain(([boundaries, interpolation]) =>
      fc
        .array(lr, { minLength: boundaries.length, maxLength: boundaries.length })
        .map((values) => ({
          schedule: piecewiseInterpolatedSchedule({ boundaries, values, interpolation }),
          low: Math.min(...values),
          high: Math.max(...values),
        })),
    ),
  fc.tuple(lr, steps).map(([a, n]) => ({
    schedule: inverseSqrtSchedule({ peakLr: a, timescaleSteps: n }),
    low: 0,
    high: a,
  })),
  fc.tuple(lr, lr, steps, fc.boolean()).map(([a, rate, n, staircase]) => ({
    schedule: inverseTimeSchedule({ startLr: a, decayRate: rate, decaySteps: n, staircase }),
    low: 0,
    high: a,
  })),
  fc
    .record({
      shape: fc.constantFrom(
        'cosine' as const,
        'linear' as const,
        'polynomial' as const,
        'tanh' as const,
      ),
      a: lr,
      b: lr,
      cycleSteps: steps,
      cycleMul: fc.double({ min: 0.5, max: 3, noNaN: true }),
      cycleDecay: fc.double({ min: 0.1, max: 1, noNaN: true }),
      cycleLimit: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      kDecay: fc.double({ min: 0.5, max: 3, noNaN: true }),
    })
    .map(({ a, b, cycleLimit, ...rest }) => ({
      schedule: restartsSchedule({
        ...rest,
        ...(cycleLimit === undefined ? {} : { cycleLimit }),
        peakLr: Math.max(a, b),
        minLr: Math.min(a, b),
      }),
      // A decayed peak may fall under minLr (as timm's): the floor is then that peak.
      low: 0,
      high: Math.max(a, b),
    })),
);

const schedules: fc.Arbitrary<Bounded> = fc.letrec<{ any: Bounded }>((tie) => ({
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .record({
        inner: tie('any'),
        warmupSteps: fc.integer({ min: 0, max: 200 }),
        startLr: lr,
        shape: fc.constantFrom('linear' as const, 'cosine' as const),
        prefix: fc.boolean(),
      })
      .map(({ inner, ...options }) => ({
        schedule: warmupSchedule({ schedule: inner.schedule, ...options }),
        low: Math.min(inner.low, options.startLr),
        high: Math.max(inner.high, options.startLr),
      })),
    fc
      .tuple(fc.array(tie('any'), { minLength: 1, maxLength: 3 }), sortedInts(0))
      .map(([parts, marks]) => {
        const boundaries = Array.from({ length: parts.length - 1 }, (_, i) => marks[i] ?? 400 + i);
        return {
          schedule: joinSchedules({ schedules: parts.map((p) => p.schedule), boundaries }),
          low: Math.min(...parts.map((p) => p.low)),
          high: Math.max(...parts.map((p) => p.high)),
        };
      }),
    fc
      .record({ inner: tie('any'), factor: fc.double({ min: 0, max: 2, noNaN: true }) })
      .map(({ inner, factor }) => ({
        schedule: scaleSchedule({ schedule: inner.schedule, factor }),
        low: inner.low * factor,
        high: inner.high * factor,
      })),
    fc
      .record({
        inner: tie('any'),
        seed: fc.nat(),
        noisePct: fc.double({ min: 0.01, max: 1, noNaN: true }),
      })
      .map(({ inner, seed, noisePct }) => ({
        schedule: noiseSchedule({ schedule: inner.schedule, seed, noisePct }),
        low: inner.low * (1 - noisePct),
        high: inner.high * (1 + noisePct),
      })),
  ),
})).any;

const probe = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 20 });
const slack = (x: number) => 1e-12 * Math.max(1, Math.abs(x));

describe('closed-form schedule properties', () => {
  it('spec round trip: scheduleFromSpec(JSON of spec) has the same spec and values', () => {
    fc.assert(
      fc.property(schedules, probe, ({ schedule }, at) => {
        const rebuilt = scheduleFromSpec(
          JSON.parse(JSON.stringify({ version: 1, ...schedule.spec })),
        );
        expect(rebuilt.spec).toEqual(schedule.spec);
        expect(at.map((t) => rebuilt.lrAt(t))).toEqual(at.map((t) => schedule.lrAt(t)));
      }),
      { numRuns: 150 },
    );
  });

  it('bounds: never negative, never below the minimum nor above the peak', () => {
    fc.assert(
      fc.property(schedules, probe, ({ schedule, low, high }, at) => {
        const outside = at.filter((t) => {
          const value = schedule.lrAt(t);
          return !(value >= 0 && value >= low - slack(low) && value <= high + slack(high));
        });
        expect(outside).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('warmup reaches its target at exactly warmupSteps, monotonically from startLr', () => {
    fc.assert(
      fc.property(
        schedules,
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.constantFrom('linear' as const, 'cosine' as const, 'exponential' as const),
        fc.boolean(),
        ({ schedule }, warmupSteps, startLr, shape, prefix) => {
          const target = schedule.lrAt(prefix ? 0 : warmupSteps);
          fc.pre(shape !== 'exponential' || target > 0);
          const warm = warmupSchedule({ schedule, warmupSteps, startLr, shape, prefix });
          expect(warm.lrAt(0)).toBe(startLr);
          expect(warm.lrAt(warmupSteps)).toBe(target);
          const sign = target >= startLr ? 1 : -1;
          const backwards: number[] = [];
          for (let t = 1; t <= warmupSteps; t++) {
            const step = sign * (warm.lrAt(t) - warm.lrAt(t - 1));
            if (step < -slack(target)) backwards.push(t);
          }
          expect(backwards).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
