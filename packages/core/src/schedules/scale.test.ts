import { describe, expect, it } from 'vitest';
import { hfLinear } from './huggingface';
import { scheduleFromSpec } from './registry';
import { scaleSchedule } from './scale';

describe('scaleSchedule', () => {
  it('multiplies every value by the factor and round-trips through its spec', () => {
    const multiplier = hfLinear({ numWarmupSteps: 2, numTrainingSteps: 6 });
    const absolute = scaleSchedule({ schedule: multiplier, factor: 0.5 });
    // transformers linear with W=2, N=6: 0, 0.5, 1, 0.75, 0.5, 0.25, 0 (times 0.5)
    expect([0, 1, 2, 3, 4, 5, 6].map((t) => absolute.lrAt(t))).toEqual([
      0, 0.25, 0.5, 0.375, 0.25, 0.125, 0,
    ]);
    expect(scheduleFromSpec(absolute.spec).spec).toEqual(absolute.spec);
    expect(() => scaleSchedule({ schedule: multiplier, factor: -1 })).toThrow(/factor/);
  });
});
