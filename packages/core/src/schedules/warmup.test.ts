import { describe, expect, it } from 'vitest';
import { constantSchedule } from './constant';
import { cosineSchedule } from './cosine';
import { scheduleFromSpec } from './registry';
import type { Schedule } from './schedule';
import { warmupSchedule } from './warmup';

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

const flat = constantSchedule({ lr: 0.1 });

// Expected ramps from 0.01 to 0.1 over 4 steps: linear start + (target − start) · t/W; cosine
// start + (target − start)(1 − cos(π t/W))/2; exponential start · (target/start)^(t/W).
describe('warmupSchedule', () => {
  it('linear, cosine and exponential ramps reach the target at exactly warmupSteps', () => {
    const base = { schedule: flat, warmupSteps: 4, startLr: 0.01 };
    expectCurve(warmupSchedule(base), [...[0.01, 0.0325, 0.05500000000000001, 0.0775], 0.1, 0.1]);
    expectCurve(warmupSchedule({ ...base, shape: 'cosine' }), [
      ...[0.01, 0.023180194846605363, 0.055, 0.08681980515339464],
      0.1,
      0.1,
    ]);
    expectCurve(warmupSchedule({ ...base, shape: 'exponential' }), [
      ...[0.01, 0.01778279410038923, 0.0316227766016838, 0.05623413251903491],
      0.1,
      0.1,
    ]);
  });

  it('prefix shifts the wrapped schedule; overlay climbs to its value at warmupSteps', () => {
    const cosine = cosineSchedule({ peakLr: 1, decaySteps: 8 });
    const prefixed = warmupSchedule({ schedule: cosine, warmupSteps: 2 });
    const overlaid = warmupSchedule({ schedule: cosine, warmupSteps: 2, prefix: false });
    for (let t = 2; t < 12; t++) {
      expect(prefixed.lrAt(t)).toBe(cosine.lrAt(t - 2));
      expect(overlaid.lrAt(t)).toBe(cosine.lrAt(t));
    }
    expect(prefixed.lrAt(1)).toBe(0.5);
    expect(overlaid.lrAt(1)).toBeCloseTo(cosine.lrAt(2) / 2, 15);
  });

  it('zero warmup steps is the wrapped schedule', () => {
    const s = warmupSchedule({ schedule: flat, warmupSteps: 0, shape: 'exponential' });
    expect(s.lrAt(0)).toBe(0.1);
  });

  it('an exponential warmup needs a positive start and target', () => {
    expect(() => warmupSchedule({ schedule: flat, warmupSteps: 3, shape: 'exponential' })).toThrow(
      /startLr/,
    );
    expect(() =>
      warmupSchedule({
        schedule: constantSchedule({ lr: 0 }),
        warmupSteps: 3,
        startLr: 0.1,
        shape: 'exponential',
      }),
    ).toThrow(/schedule/);
    expect(() => warmupSchedule({ schedule: { lrAt: () => 1 } as never, warmupSteps: 3 })).toThrow(
      /Schedule/,
    );
  });
});
