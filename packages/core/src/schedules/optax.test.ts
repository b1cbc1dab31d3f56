import { describe, expect, it } from 'vitest';
import { constantSchedule } from './constant';
import { linearSchedule } from './linear';
import {
  optaxCosineOnecycleSchedule,
  optaxJoinSchedules,
  optaxLinearOnecycleSchedule,
} from './optax';
import { scheduleFromSpec } from './registry';
import type { Schedule } from './schedule';

// Expected values: optax/schedules/_schedule.py `piecewise_interpolate_schedule` with the knots
// that `linear_onecycle_schedule` and `cosine_onecycle_schedule` build, evaluated in float64.

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

describe('optax schedules', () => {
  it('linear_onecycle_schedule', () => {
    expectCurve(
      optaxLinearOnecycleSchedule({ transitionSteps: 20, peakValue: 1 }),
      [
        0.04, 0.19999999999999998, 0.35999999999999993, 0.52, 0.6799999999999999,
        0.8400000000000001, 1.0, 0.9127272727272727, 0.8254545454545454, 0.7381818181818183,
        0.6509090909090909, 0.5636363636363637, 0.47636363636363643, 0.38909090909090915,
        0.3018181818181819, 0.21454545454545448, 0.12727272727272732, 0.04, 0.026668, 0.013336,
        4.000000000000001e-6, 4.000000000000001e-6, 4.000000000000001e-6,
      ],
    );
  });

  it('cosine_onecycle_schedule', () => {
    expectCurve(
      optaxCosineOnecycleSchedule({
        transitionSteps: 20,
        peakValue: 0.5,
        pctStart: 0.25,
        divFactor: 10,
        finalDivFactor: 100,
      }),
      [
        0.04999999999999999, 0.09297117626563683, 0.20547117626563682, 0.3445288237343631,
        0.45702882373436315, 0.5, 0.49454236328326795, 0.4784079780462395, 0.4523019943451431,
        0.41736536893812487, 0.375125, 0.3274269943451431, 0.2763559837010965, 0.2241440162989036,
        0.1730730056548569, 0.12537500000000004, 0.08313463106187524, 0.0481980056548569,
        0.022092021953760407, 0.005957636716732028, 0.0005, 0.0005, 0.0005,
      ],
    );
  });

  it('join_schedules restarts the step count at each boundary', () => {
    // optax/schedules/_join.py: schedules[i + 1](step - boundaries[i]) from boundaries[i] on
    const joined = optaxJoinSchedules({
      schedules: [
        constantSchedule({ lr: 0.5 }),
        linearSchedule({ startLr: 1, endLr: 0, transitionSteps: 4 }),
        constantSchedule({ lr: 0.25 }),
      ],
      boundaries: [2, 5],
    });
    expectCurve(joined, [0.5, 0.5, 1, 0.75, 0.5, 0.25, 0.25]);
    expect(joined.spec.type).toBe('join');
  });

  it('a phase of zero length moves on instead of optax NaN', () => {
    const tiny = optaxCosineOnecycleSchedule({ transitionSteps: 2, peakValue: 1 });
    for (let t = 0; t < 4; t++) expect(Number.isFinite(tiny.lrAt(t))).toBe(true);
  });
});
