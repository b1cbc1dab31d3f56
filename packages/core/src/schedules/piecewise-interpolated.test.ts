import { describe, expect, it } from 'vitest';
import { piecewiseInterpolatedSchedule } from './piecewise-interpolated';
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

// Expected: optax/schedules/_schedule.py piecewise_interpolate_schedule (its
// _linear_interpolate and _cosine_interpolate between knots), given absolute knot values.
describe('piecewiseInterpolatedSchedule', () => {
  it('linear between knots, flat outside them', () => {
    expectCurve(
      piecewiseInterpolatedSchedule({ boundaries: [2, 6, 10], values: [0.1, 0.5, 0.05] }),
      [
        0.1, 0.1, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.3875, 0.275, 0.16249999999999998, 0.05,
        0.05, 0.05,
      ],
    );
  });
  it('cosine between knots', () => {
    expectCurve(
      piecewiseInterpolatedSchedule({
        boundaries: [0, 4, 8],
        values: [0, 1, 0.2],
        interpolation: 'cosine',
      }),
      [
        0.0, 0.14644660940672627, 0.5, 0.8535533905932737, 1.0, 0.882842712474619,
        0.6000000000000001, 0.317157287525381, 0.2, 0.2,
      ],
    );
  });
  it('a repeated boundary is a jump', () => {
    const s = piecewiseInterpolatedSchedule({ boundaries: [0, 2, 2, 4], values: [0, 1, 0.5, 0.5] });
    expect([0, 1, 2, 3, 4].map((t) => s.lrAt(t))).toEqual([0, 0.5, 0.5, 0.5, 0.5]);
  });
});
