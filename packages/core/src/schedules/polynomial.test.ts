import { describe, expect, it } from 'vitest';
import { polynomialSchedule } from './polynomial';
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

// Expected: keras/src/optimizers/schedules/learning_rate_schedule.py PolynomialDecay.
describe('polynomialSchedule', () => {
  it('cubic decay to endLr, then held', () => {
    expectCurve(
      polynomialSchedule({ startLr: 0.2, endLr: 0.02, decaySteps: 5, power: 3 }),
      [0.2, 0.11216000000000004, 0.05888, 0.031520000000000006, 0.02144, 0.02, 0.02, 0.02],
    );
  });
  it('cycle: decays again over the next multiple of decaySteps', () => {
    expectCurve(
      polynomialSchedule({ startLr: 0.1, decaySteps: 3, cycle: true }),
      [
        0.1, 0.06666666666666668, 0.03333333333333334, 0.0, 0.03333333333333334,
        0.016666666666666663, 0.0, 0.022222222222222223, 0.011111111111111117, 0.0,
        0.016666666666666663,
      ],
    );
  });
});
