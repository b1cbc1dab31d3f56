import { describe, expect, it } from 'vitest';
import { inverseSqrtSchedule } from './inverse-sqrt';
import { inverseTimeSchedule } from './inverse-time';
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

describe('inverseSqrtSchedule and inverseTimeSchedule', () => {
  it('inverse square root: peak / sqrt((t + tau) / tau) (transformers inverse_sqrt tail)', () => {
    expectCurve(
      inverseSqrtSchedule({ peakLr: 0.01, timescaleSteps: 4 }),
      [
        0.01, 0.008944271909999158, 0.008164965809277261, 0.007559289460184544,
        0.0070710678118654745, 0.006666666666666667, 0.006324555320336759, 0.006030226891555273,
        0.005773502691896258,
      ],
    );
  });
  it('inverse time: Keras InverseTimeDecay', () => {
    expectCurve(
      inverseTimeSchedule({ startLr: 0.1, decayRate: 0.5, decaySteps: 2 }),
      [0.1, 0.08, 0.06666666666666667, 0.05714285714285715, 0.05, 0.044444444444444446, 0.04],
    );
  });
});
