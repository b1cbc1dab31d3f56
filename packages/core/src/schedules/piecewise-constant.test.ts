import { describe, expect, it } from 'vitest';
import { piecewiseConstantSchedule } from './piecewise-constant';
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

// Expected: Keras PiecewiseConstantDecay (values[0] while step <= boundaries[0], ...).
describe('piecewiseConstantSchedule', () => {
  it('changes value after each boundary', () => {
    expectCurve(
      piecewiseConstantSchedule({ boundaries: [3, 7], values: [1, 0.5, 0.1] }),
      [1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.1, 0.1],
    );
  });
  it('rejects unsorted boundaries and a wrong number of values', () => {
    expect(() => piecewiseConstantSchedule({ boundaries: [7, 3], values: [1, 0.5, 0.1] })).toThrow(
      /boundaries/,
    );
    expect(() => piecewiseConstantSchedule({ boundaries: [3], values: [1] })).toThrow(/values/);
  });
});
