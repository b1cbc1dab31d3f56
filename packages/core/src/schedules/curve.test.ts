import { describe, expect, it } from 'vitest';
import { cosineSchedule } from './cosine';
import { scheduleCurve } from './curve';
import { warmupSchedule } from './warmup';

describe('scheduleCurve', () => {
  const schedule = warmupSchedule({
    warmupSteps: 5,
    schedule: cosineSchedule({ peakLr: 1, minLr: 0.1, decaySteps: 20 }),
  });

  it('holds exactly lrAt at every step, from any start', () => {
    const curve = scheduleCurve(schedule, 30);
    expect(Array.from(curve)).toEqual(Array.from({ length: 30 }, (_, t) => schedule.lrAt(t)));
    const tail = scheduleCurve(schedule, 4, { start: 26 });
    expect(Array.from(tail)).toEqual([26, 27, 28, 29].map((t) => schedule.lrAt(t)));
  });

  it('fills a given buffer and checks its arguments', () => {
    const out = new Float64Array(8);
    expect(scheduleCurve(schedule, 8, { out })).toBe(out);
    expect(() => scheduleCurve(schedule, -1)).toThrow(/steps/);
    expect(() => scheduleCurve(schedule, 3, { start: 0.5 })).toThrow(/start/);
    expect(() => scheduleCurve(schedule, 9, { out })).toThrow(/out/);
    const custom = { spec: { type: 'custom' }, lrAt: (t: number) => t / 2 };
    expect(Array.from(scheduleCurve(custom, 3))).toEqual([0, 0.5, 1]);
  });
});
