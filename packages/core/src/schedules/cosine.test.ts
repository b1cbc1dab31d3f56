import { describe, expect, it } from 'vitest';
import { cosineSchedule } from './cosine';
import { scheduleFromSpec } from './registry';
import type { Schedule } from './schedule';

function expectCurve(schedule: Schedule, expected: readonly number[]) {
  const actual = expected.map((_, t) => schedule.lrAt(t));
  actual.forEach((value, t) => {
    expect(Math.abs(value - expected[t]!)).toBeLessThanOrEqual(
      1e-12 * Math.abs(expected[t]!) + 1e-18,
    );
  });
  const rebuilt = scheduleFromSpec(schedule.spec);
  expect(expected.map((_, t) => rebuilt.lrAt(t))).toEqual(actual);
}

// Expected: optax/schedules/_schedule.py cosine_decay_schedule(init_value=0.1, decay_steps=8,
// alpha=0.1, exponent=2): init · ((1 − alpha) · cosine^exponent + alpha), minLr = alpha · init.
describe('cosineSchedule', () => {
  it('decays along a powered half cosine to minLr and holds it', () => {
    expectCurve(
      cosineSchedule({ peakLr: 0.1, minLr: 0.01, decaySteps: 8, exponent: 2 }),
      [
        0.1, 0.09327953025135656, 0.07556980515339463, 0.05301580316808039, 0.0325,
        0.018574294255222303, 0.011930194846605364, 0.010130372325340756, 0.010000000000000002,
        0.010000000000000002,
      ],
    );
  });
  it('is the plain half cosine by default', () => {
    const s = cosineSchedule({ peakLr: 1, decaySteps: 4 });
    expect(s.lrAt(0)).toBe(1);
    expect(s.lrAt(2)).toBeCloseTo(0.5, 15);
    expect(s.lrAt(4)).toBe(0);
    expect(s.spec).toEqual({ type: 'cosine', peakLr: 1, minLr: 0, decaySteps: 4, exponent: 1 });
  });
  it('rejects a floor above the peak', () => {
    expect(() => cosineSchedule({ peakLr: 0.1, minLr: 0.2, decaySteps: 4 })).toThrow(/minLr/);
  });
});
