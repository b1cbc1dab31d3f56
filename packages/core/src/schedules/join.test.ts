import { describe, expect, it } from 'vitest';
import { constantSchedule } from './constant';
import { joinSchedules } from './join';
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

describe('joinSchedules', () => {
  it('hands over at each boundary with the step counted from it (optax join_schedules)', () => {
    const joined = joinSchedules({
      schedules: [
        linearSchedule({ startLr: 0, endLr: 1, transitionSteps: 3 }),
        linearSchedule({ startLr: 1, endLr: 0.5, transitionSteps: 2 }),
        constantSchedule({ lr: 0.1 }),
      ],
      boundaries: [3, 5],
    });
    expectCurve(joined, [0, 1 / 3, 2 / 3, 1, 0.75, 0.1, 0.1]);
  });

  it('a repeated boundary skips the schedule between', () => {
    const joined = joinSchedules({
      schedules: [
        constantSchedule({ lr: 1 }),
        constantSchedule({ lr: 2 }),
        constantSchedule({ lr: 3 }),
      ],
      boundaries: [2, 2],
    });
    expect([0, 1, 2, 3].map((t) => joined.lrAt(t))).toEqual([1, 1, 3, 3]);
  });

  it('needs one boundary fewer than schedules, in order', () => {
    const one = constantSchedule({ lr: 1 });
    expect(() => joinSchedules({ schedules: [one, one], boundaries: [] })).toThrow(/boundaries/);
    expect(() => joinSchedules({ schedules: [one, one, one], boundaries: [4, 2] })).toThrow(
      /non-decreasing/,
    );
    expect(() => joinSchedules({ schedules: [], boundaries: [] })).toThrow(/schedules/);
  });
});
