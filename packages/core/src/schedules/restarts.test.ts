import { describe, expect, it } from 'vitest';
import { scheduleFromSpec } from './registry';
import { cyclePosition, restartsSchedule } from './restarts';
import { timmCosine, timmPoly, timmTanh } from './timm';

describe('restartsSchedule', () => {
  it('equals timm CosineLRScheduler (cycle_mul, cycle_decay, cycle_limit, k_decay)', () => {
    const options = { tInitial: 5, lrMin: 0.001, cycleMul: 2, cycleDecay: 0.5, cycleLimit: 3 };
    const timm = timmCosine({ baseLr: 0.1, ...options, kDecay: 2 });
    const ours = restartsSchedule({
      peakLr: 0.1,
      minLr: 0.001,
      cycleSteps: 5,
      cycleMul: 2,
      cycleDecay: 0.5,
      cycleLimit: 3,
      kDecay: 2,
    });
    for (let t = 0; t < 50; t++) {
      const expected = timm.lrAt(t);
      expect(Math.abs(ours.lrAt(t) - expected)).toBeLessThanOrEqual(1e-15);
    }
    expect(ours.lrAt(35)).toBe(0.001);
  });

  it('polynomial and tanh shapes equal timm PolyLR and TanhLR', () => {
    const poly = restartsSchedule({ shape: 'polynomial', power: 2, peakLr: 0.1, cycleSteps: 6 });
    const timmP = timmPoly({ baseLr: 0.1, tInitial: 6, power: 2, cycleLimit: 100 });
    const tanh = restartsSchedule({ shape: 'tanh', peakLr: 0.1, minLr: 0.01, cycleSteps: 6 });
    const timmT = timmTanh({ baseLr: 0.1, lrMin: 0.01, tInitial: 6, cycleLimit: 100 });
    for (let t = 0; t < 30; t++) {
      expect(poly.lrAt(t)).toBe(timmP.lrAt(t));
      expect(tanh.lrAt(t)).toBe(timmT.lrAt(t));
    }
  });

  it('linear cycles restart at the peak', () => {
    const s = restartsSchedule({ shape: 'linear', peakLr: 1, cycleSteps: 4 });
    expect([0, 1, 2, 3, 4, 5].map((t) => s.lrAt(t))).toEqual([1, 0.75, 0.5, 0.25, 1, 0.75]);
    expect(scheduleFromSpec(s.spec).spec).toEqual(s.spec);
  });

  it('gives the same value at a step whatever was evaluated before it', () => {
    const options = { peakLr: 0.1, cycleSteps: 3, cycleMul: 1.7, cycleDecay: 0.9, kDecay: 1.5 };
    const forward = restartsSchedule(options);
    const shuffled = restartsSchedule(options);
    const steps = Array.from({ length: 300 }, (_, t) => t);
    const expected = steps.map((t) => forward.lrAt(t));
    const order = steps.map((t) => (t * 7919) % 300);
    const mismatched = order.filter((t) => shuffled.lrAt(t) !== expected[t]);
    expect(mismatched).toEqual([]);
  });

  it('places every step inside its cycle, boundaries starting a cycle', () => {
    for (const mul of [0.9, 1, 1.1, 1.5, 2, 3]) {
      let previous = -1;
      const misplaced: number[] = [];
      for (let t = 0; t < 400; t++) {
        const at = cyclePosition(t, 7, mul);
        if (at === null) {
          if (mul >= 1) misplaced.push(t);
          continue;
        }
        const inside = at.stepInCycle >= 0 && at.stepInCycle < at.cycleLength;
        if (!inside || at.cycle < previous) misplaced.push(t);
        previous = at.cycle;
      }
      expect(misplaced).toEqual([]);
    }
    expect(cyclePosition(21, 7, 2)).toEqual({ cycle: 2, stepInCycle: 0, cycleLength: 28 });
  });
});
