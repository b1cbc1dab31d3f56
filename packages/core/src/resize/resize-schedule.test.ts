import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { constantSchedule } from '../schedules/constant';
import { cosineSchedule } from '../schedules/cosine';
import { exponentialSchedule } from '../schedules/exponential';
import { hfCosine, hfLinear } from '../schedules/huggingface';
import { joinSchedules } from '../schedules/join';
import { linearSchedule } from '../schedules/linear';
import { piecewiseConstantSchedule } from '../schedules/piecewise-constant';
import { polynomialSchedule } from '../schedules/polynomial';
import { scheduleFromSpec } from '../schedules/registry';
import type { Schedule } from '../schedules/schedule';
import { warmupSchedule } from '../schedules/warmup';
import { planLength } from './plan-length';
import { type ResizePolicy, resizePolicies } from './resize-plan';
import { resizeSchedule } from './resize-schedule';

const lr = fc.double({ min: 0.01, max: 1, noNaN: true });
const pair = (s: Schedule, given?: number): [Schedule, number | undefined] => [s, given];

/** Old plans with a length: [schedule, previousTotalSteps given explicitly or undefined]. */
const plans: fc.Arbitrary<[Schedule, number | undefined]> = fc.oneof(
  fc
    .record({ peakLr: lr, decaySteps: fc.integer({ min: 1, max: 300 }) })
    .map((o) => pair(cosineSchedule(o))),
  fc
    .record({ startLr: lr, endLr: lr, transitionSteps: fc.integer({ min: 1, max: 300 }) })
    .map((o) => pair(linearSchedule(o))),
  fc
    .record({
      startLr: lr,
      decaySteps: fc.integer({ min: 1, max: 300 }),
      power: fc.double({ min: 0.5, max: 3, noNaN: true }),
    })
    .map((o) => pair(polynomialSchedule({ ...o, endLr: 0 }))),
  fc
    .record({
      peakLr: lr,
      warmupSteps: fc.integer({ min: 1, max: 30 }),
      decaySteps: fc.integer({ min: 1, max: 300 }),
    })
    .map((o) =>
      pair(
        warmupSchedule({
          warmupSteps: o.warmupSteps,
          schedule: cosineSchedule({ peakLr: o.peakLr, decaySteps: o.decaySteps }),
        }),
      ),
    ),
  fc
    .record({ warmup: fc.integer({ min: 0, max: 20 }), total: fc.integer({ min: 21, max: 300 }) })
    .map((o) => pair(hfCosine({ numWarmupSteps: o.warmup, numTrainingSteps: o.total }))),
  fc
    .record({ warmup: fc.integer({ min: 0, max: 20 }), total: fc.integer({ min: 21, max: 300 }) })
    .map((o) => pair(hfLinear({ numWarmupSteps: o.warmup, numTrainingSteps: o.total }))),
  fc
    .record({
      rate: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
      total: fc.integer({ min: 1, max: 300 }),
    })
    .map((o) =>
      pair(exponentialSchedule({ startLr: 1, decayRate: o.rate, decaySteps: 1 }), o.total),
    ),
  fc
    .record({ a: fc.integer({ min: 1, max: 100 }), b: fc.integer({ min: 1, max: 100 }) })
    .map((o) =>
      pair(
        piecewiseConstantSchedule({ boundaries: [o.a, o.a + o.b], values: [1, 0.1, 0.01] }),
        o.a + o.b + 10,
      ),
    ),
);

/** A plan, its old length T, a resume step k ≤ T and a new length N > k. */
const cases = plans.chain(([schedule, given]) => {
  const old = given ?? planLength(schedule.spec)!;
  return fc
    .tuple(fc.integer({ min: 0, max: old }), fc.integer({ min: 1, max: 3 * old + 20 }))
    .filter(([k, n]) => k < n)
    .map(([k, n]) => ({ schedule, given, old, k, n }));
});

function resized(
  c: { schedule: Schedule; given: number | undefined; k: number; n: number },
  policy: ResizePolicy,
): Schedule {
  return resizeSchedule({
    schedule: c.schedule,
    policy,
    resumeStep: c.k,
    totalSteps: c.n,
    ...(c.given === undefined ? {} : { previousTotalSteps: c.given }),
  });
}

/** The largest change between two neighbouring steps of `f` on [from, to]. */
function maxStepChange(f: Schedule, from: number, to: number): number {
  let most = 0;
  for (let t = from; t < to; t++) most = Math.max(most, Math.abs(f.lrAt(t + 1) - f.lrAt(t)));
  return most;
}

describe('resizeSchedule', { timeout: 60_000 }, () => {
  it("'continue': no jump at the resume step, the rest fitted to end exactly at the new length", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const g = resized(c, 'continue');
        const f = c.schedule;
        let differing = 0;
        for (let t = 0; t <= c.k; t++) if (g.lrAt(t) !== f.lrAt(t)) differing++;
        expect(differing).toBe(0);
        expect(g.lrAt(c.n)).toBe(f.lrAt(c.old));
        for (let j = 1; j <= 3; j++) expect(g.lrAt(c.n + j)).toBe(f.lrAt(c.old + j));
        // No step of the new plan changes more than the old plan's steps, scaled by the squeeze.
        const squeeze = Math.max(1, Math.ceil((c.old - c.k) / (c.n - c.k)));
        const bound = maxStepChange(f, c.k, Math.max(c.k, c.old)) * squeeze + 1e-12;
        expect(maxStepChange(g, c.k, c.n)).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 400 },
    );
  });

  it("'cooldown-now': from the lr at the resume step down to the plan's end, monotone", () => {
    fc.assert(
      fc.property(cases, fc.constantFrom('linear', 'cosine', '1-sqrt' as const), (c, shape) => {
        const remaining = c.n - c.k;
        const g = resizeSchedule({
          schedule: c.schedule,
          policy: 'cooldown-now',
          resumeStep: c.k,
          totalSteps: c.n,
          cooldownShape: shape,
          cooldownSteps: Math.max(1, Math.floor(remaining / 2)),
          ...(c.given === undefined ? {} : { previousTotalSteps: c.given }),
        });
        const from = c.schedule.lrAt(c.k);
        const to = c.schedule.lrAt(c.old);
        expect(g.lrAt(c.k)).toBe(from);
        expect(g.lrAt(c.n)).toBe(to);
        const sign = Math.sign(to - from);
        let worst = 0;
        for (let t = c.k; t < c.n; t++) worst = Math.min(worst, sign * (g.lrAt(t + 1) - g.lrAt(t)));
        expect(worst).toBeGreaterThanOrEqual(-1e-15);
      }),
      { numRuns: 300 },
    );
  });

  it("'rewarm': continuous at the resume step, back to the (scaled) peak, ends at the plan's end", () => {
    fc.assert(
      fc.property(
        cases.filter((c) => c.n - c.k >= 2),
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        (c, peakScale) => {
          const warmupSteps = Math.max(1, Math.floor((c.n - c.k) / 4));
          const g = resizeSchedule({
            schedule: c.schedule,
            policy: 'rewarm',
            resumeStep: c.k,
            totalSteps: c.n,
            warmupSteps,
            peakScale,
            ...(c.given === undefined ? {} : { previousTotalSteps: c.given }),
          });
          const f = c.schedule;
          let peak = f.lrAt(0);
          for (let t = 1; t <= c.old; t++) peak = Math.max(peak, f.lrAt(t));
          expect(g.lrAt(c.k)).toBe(f.lrAt(c.k));
          expect(g.lrAt(c.k + warmupSteps)).toBeCloseTo(peak * peakScale, 12);
          expect(g.lrAt(c.n)).toBeCloseTo(f.lrAt(c.old), 12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("'keep-fraction': every fraction of the run keeps its planned lr", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const g = resized(c, 'keep-fraction');
        expect(g.lrAt(0)).toBe(c.schedule.lrAt(0));
        expect(g.lrAt(c.n)).toBe(c.schedule.lrAt(c.old));
        // Where t·T/N is a whole step, the value is the old plan's there.
        let differing = 0;
        for (let t = 0; t <= c.n; t++) {
          if ((t * c.old) % c.n === 0 && g.lrAt(t) !== c.schedule.lrAt((t * c.old) / c.n))
            differing++;
        }
        expect(differing).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('every policy round-trips through its JSON spec with the same value at every step', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(...resizePolicies), (c, policy) => {
        fc.pre(policy !== 'rewarm' || c.n - c.k >= 2);
        const g = resized(c, policy);
        const rebuilt = scheduleFromSpec(JSON.parse(JSON.stringify(g.spec)));
        expect(rebuilt.spec).toStrictEqual(g.spec);
        let differing = 0;
        for (let t = 0; t <= c.n + 3; t++) if (rebuilt.lrAt(t) !== g.lrAt(t)) differing++;
        expect(differing).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('the issue example: a 100-step cosine saved at 40 resumes as 150 and 80 steps', () => {
    const old = cosineSchedule({ peakLr: 0.1, minLr: 0.001, decaySteps: 100 });
    for (const totalSteps of [150, 80]) {
      const keep = resizeSchedule({
        schedule: old,
        policy: 'keep-fraction',
        resumeStep: 40,
        totalSteps,
      });
      const cont = resizeSchedule({
        schedule: old,
        policy: 'continue',
        resumeStep: 40,
        totalSteps,
      });
      // keep-fraction jumps: at step 40 of 150 the plan is at 26.7%, not 40%.
      expect(Math.abs(keep.lrAt(40) - old.lrAt(40))).toBeGreaterThan(0.005);
      expect(cont.lrAt(40)).toBe(old.lrAt(40));
      expect(cont.lrAt(totalSteps)).toBe(0.001);
      // halfway through the rest, the plan is halfway through its rest (step 70 of 100).
      expect(cont.lrAt(40 + (totalSteps - 40) / 2)).toBeCloseTo(old.lrAt(70), 15);
    }
  });

  it('hostile options throw a typed error naming the option', () => {
    const old = cosineSchedule({ peakLr: 0.1, decaySteps: 100 });
    const bad: [Record<string, unknown>, string][] = [
      [{ policy: 'stretch', resumeStep: 1, totalSteps: 10 }, 'policy'],
      [{ policy: 'continue', resumeStep: 10, totalSteps: 10 }, 'resumeStep'],
      [{ policy: 'continue', resumeStep: 101, totalSteps: 200 }, 'resumeStep'],
      [{ policy: 'continue', resumeStep: -1, totalSteps: 10 }, 'resumeStep'],
      [{ policy: 'continue', resumeStep: 1, totalSteps: 0 }, 'totalSteps'],
      [{ policy: 'continue', resumeStep: 1, totalSteps: 1.5 }, 'totalSteps'],
      [{ policy: 'continue', resumeStep: 1, totalSteps: 10, cooldownSteps: 3 }, 'cooldownSteps'],
      [
        { policy: 'cooldown-now', resumeStep: 1, totalSteps: 10, cooldownSteps: 10 },
        'cooldownSteps',
      ],
      [
        { policy: 'cooldown-now', resumeStep: 1, totalSteps: 10, cooldownShape: 'exp' },
        'cooldownShape',
      ],
      [{ policy: 'rewarm', resumeStep: 1, totalSteps: 10, warmupSteps: 9 }, 'warmupSteps'],
      [{ policy: 'rewarm', resumeStep: 1, totalSteps: 10, peakScale: 0 }, 'peakScale'],
      [{ policy: 'continue', resumeStep: 1, totalSteps: 10, extra: 1 }, 'resize.extra'],
      [
        { policy: 'continue', resumeStep: 1, totalSteps: 10, previousTotalSteps: 0 },
        'previousTotalSteps',
      ],
    ];
    for (const [options, parameter] of bad) {
      expect(() => resizeSchedule({ schedule: old, ...options } as never)).toThrow(
        expect.objectContaining({ parameter }),
      );
    }
    expect(() =>
      resizeSchedule({
        schedule: constantSchedule({ lr: 1 }),
        policy: 'continue',
        resumeStep: 1,
        totalSteps: 5,
      }),
    ).toThrow(expect.objectContaining({ parameter: 'previousTotalSteps' }));
    expect(() =>
      resizeSchedule({
        schedule: (() => 1) as never,
        policy: 'continue',
        resumeStep: 0,
        totalSteps: 5,
      }),
    ).toThrow(InvalidArgumentError);
    const joined = joinSchedules({
      schedules: [
        linearSchedule({ startLr: 0, endLr: 1, transitionSteps: 10 }),
        cosineSchedule({ peakLr: 1, decaySteps: 90 }),
      ],
      boundaries: [10],
    });
    expect(planLength(joined.spec)).toBe(100);
  });
});
