import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleFromSpec } from './registry';
import { fillOf } from './schedule';

/** The range fills used by preview must give exactly lrAt's values, for any start and length. */
const specs = [
  { type: 'cosine', peakLr: 0.1, minLr: 0.001, decaySteps: 37 },
  { type: 'warmup', warmupSteps: 5, schedule: { type: 'cosine', peakLr: 0.1, decaySteps: 30 } },
  {
    type: 'warmup',
    warmupSteps: 7,
    prefix: false,
    shape: 'cosine',
    startLr: 0.01,
    schedule: { type: 'cosine', peakLr: 0.1, decaySteps: 30 },
  },
  {
    type: 'join',
    boundaries: [3, 20],
    schedules: [
      { type: 'linear', startLr: 0, endLr: 0.1, transitionSteps: 3 },
      { type: 'constant', lr: 0.1 },
      { type: 'cosine', peakLr: 0.1, decaySteps: 40 },
    ],
  },
  { type: 'restarts', peakLr: 0.1, minLr: 1e-4, cycleSteps: 5, cycleMul: 1.5, cycleDecay: 0.8 },
  { type: 'restarts', peakLr: 0.1, cycleSteps: 4, cycleLimit: 3, kDecay: 2, shape: 'linear' },
];

describe('fillOf', () => {
  it('equals lrAt at every step of any range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...specs),
        fc.nat(200),
        fc.nat(120),
        fc.boolean(),
        (spec, from, count, typed) => {
          const schedule = scheduleFromSpec(spec);
          const out = typed ? new Float64Array(count + 2) : new Array<number>(count + 2).fill(-1);
          fillOf(schedule)(out, 2, from, count);
          for (let k = 0; k < count; k++) {
            expect(out[2 + k]).toBe(schedule.lrAt(from + k));
          }
        },
      ),
    );
  });
});
