import { describe, expect, it } from 'vitest';
import { linearSchedule } from './linear';
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

// Expected: optax/schedules/_schedule.py linear_schedule (polynomial_schedule with power 1).
describe('linearSchedule', () => {
  it('goes down, then holds endLr', () => {
    expectCurve(
      linearSchedule({ startLr: 0.1, endLr: 0.01, transitionSteps: 4 }),
      [0.1, 0.0775, 0.05500000000000001, 0.0325, 0.01, 0.01],
    );
  });
  it('goes up', () => {
    expectCurve(
      linearSchedule({ startLr: 0, endLr: 0.3, transitionSteps: 3 }),
      [0.0, 0.09999999999999998, 0.19999999999999998, 0.3, 0.3],
    );
  });
  it('validates its options', () => {
    expect(() => linearSchedule({ startLr: 0, endLr: 0.3, transitionSteps: 0 })).toThrow(
      /transitionSteps/,
    );
    expect(() => linearSchedule({ startLr: -1, endLr: 0.3, transitionSteps: 3 })).toThrow(
      /startLr/,
    );
    expect(() =>
      linearSchedule({ startLr: 0, endLr: 0.3, transitionSteps: 3, steps: 3 } as never),
    ).toThrow(/steps/);
    expect(() => linearSchedule({ startLr: 0, endLr: 1, transitionSteps: 3 }).lrAt(1.5)).toThrow(
      /step/,
    );
    expect(() => linearSchedule({ startLr: 0, endLr: 1, transitionSteps: 3 }).lrAt(-1)).toThrow(
      /step/,
    );
  });
});
