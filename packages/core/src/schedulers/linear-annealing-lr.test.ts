import { describe, expect, it } from 'vitest';
import type { ParamGroup } from '../optimizer';
import { LinearAnnealingLR } from './linear-annealing-lr';

// Expected: the tutorial's LinearAnnealingLR factor, (t + 1) / annealingSteps during the warmup
// and (totalSteps − t − 1) / (totalSteps − annealingSteps) after, times the base lr 0.1; held
// at 0 from totalSteps − 1 on where the original goes negative.
const EXPECTED = [
  0.025, 0.05, 0.07500000000000001, 0.1, 0.08333333333333334, 0.06666666666666667, 0.05,
  0.03333333333333333, 0.016666666666666666, 0.0, 0.0, 0.0, 0.0, 0.0,
];

describe('LinearAnnealingLR', () => {
  it('warms up to the base lr, decays linearly to 0 and never goes negative', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] as ParamGroup[] };
    const scheduler = new LinearAnnealingLR(optimizer, { annealingSteps: 4, totalSteps: 10 });
    const lrs = [optimizer.paramGroups[0]!.lr];
    for (let t = 1; t < EXPECTED.length; t++) {
      scheduler.step();
      lrs.push(optimizer.paramGroups[0]!.lr);
    }
    lrs.forEach((lr, t) => {
      expect(Math.abs(lr - EXPECTED[t]!)).toBeLessThanOrEqual(1e-17);
      expect(scheduler.lrAt(t)).toEqual([lr]);
    });
    expect(Math.min(...lrs)).toBe(0);
    expect(scheduler.lrAt(1000)).toEqual([0]);
  });

  it('needs totalSteps beyond annealingSteps', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] as ParamGroup[] };
    expect(() => new LinearAnnealingLR(optimizer, { annealingSteps: 5, totalSteps: 5 })).toThrow(
      /totalSteps/,
    );
  });
});
