import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { CosineAnnealingLR } from './cosine-annealing-lr';
import { ParamwiseScheduler } from './paramwise-scheduler';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau';

describe('ParamwiseScheduler', () => {
  it('a plateau child takes the metric, a cosine child ignores it', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }, { lr: 1 }] };
    const s = new ParamwiseScheduler(optimizer, {
      schedulers: [
        (v) => new CosineAnnealingLR(v, { tMax: 4 }),
        (v) => new ReduceLROnPlateau(v, { patience: 0, factor: 0.5 }),
      ],
    });
    const lrs: number[][] = [];
    for (const loss of [1, 2, 3, 0.5]) {
      s.step(loss);
      lrs.push(s.getLastLr());
    }
    // group 0 follows the cosine at steps 1..4 whatever the metric (not a jump to epoch = loss)
    lrs.forEach((lr, i) => {
      expect(lr[0]).toBeCloseTo(0.05 * (1 + Math.cos((Math.PI * (i + 1)) / 4)), 15);
    });
    expect(lrs.map((lr) => lr[1])).toStrictEqual([1, 0.5, 0.25, 0.25]);
    expect(s.schedulerOf(1)).toBeInstanceOf(ReduceLROnPlateau);
    expect(optimizer.paramGroups.map((g) => g.lr)).toStrictEqual(s.getLastLr());
  });

  it('without a metric, no group steps', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }, { lr: 1 }] };
    const s = new ParamwiseScheduler(optimizer, {
      schedulers: [(v) => new CosineAnnealingLR(v, { tMax: 4 }), (v) => new ReduceLROnPlateau(v)],
    });
    const state = JSON.stringify(s.stateDict());
    expect(() => s.step()).toThrow(InvalidArgumentError);
    expect(optimizer.paramGroups).toStrictEqual([{ lr: 0.1, initialLr: 0.1 }, { lr: 1 }]);
    expect(JSON.stringify(s.stateDict())).toBe(state);
  });
});
