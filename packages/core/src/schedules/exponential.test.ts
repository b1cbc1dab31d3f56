import { describe, expect, it } from 'vitest';
import { exponentialSchedule } from './exponential';
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

// Expected: optax/schedules/_schedule.py exponential_decay with staircase and end_value (a
// floor when decay_rate < 1, a ceiling when > 1).
describe('exponentialSchedule', () => {
  it('staircase decay clipped at endLr', () => {
    expectCurve(
      exponentialSchedule({
        startLr: 0.1,
        decaySteps: 3,
        decayRate: 0.5,
        staircase: true,
        endLr: 0.02,
      }),
      [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.02, 0.02],
    );
  });
  it('growth capped at endLr', () => {
    expectCurve(
      exponentialSchedule({ startLr: 0.01, decaySteps: 2, decayRate: 2, endLr: 0.05 }),
      [0.01, 0.014142135623730952, 0.02, 0.028284271247461905, 0.04, 0.05, 0.05, 0.05, 0.05],
    );
  });
  it('rejects a zero rate', () => {
    expect(() => exponentialSchedule({ startLr: 0.1, decaySteps: 2, decayRate: 0 })).toThrow(
      /decayRate/,
    );
  });
});
