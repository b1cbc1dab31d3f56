import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalid } from '../../test/helpers';
import { lrFinderLrs } from './lr-finder-lrs';
import { LRRangeTest } from './lr-range-test';

// The scheduler form of fastai's LRFinder schedule and Lightning's _ExponentialLR / _LinearLR
// (fastai/callback/schedule.py @ 0a049e8a90b8; lightning tuner/lr_finder.py @ 7f0c3436cd3f).

describe('LRRangeTest', () => {
  it('steps through exactly the lrs of lrFinderLrs, for every style and mode, per group', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('fastai' as const, 'lightning' as const),
        fc.constantFrom('exp' as const, 'linear' as const),
        fc.integer({ min: 1, max: 60 }),
        (style, mode, totalSteps) => {
          const optimizer = { paramGroups: [{ lr: 1e-6 }, { lr: 1e-4 }] };
          const s = new LRRangeTest(optimizer, { endLr: [1, 10], totalSteps, mode, style });
          const a = lrFinderLrs({ startLr: 1e-6, endLr: 1, numIt: totalSteps, mode, style });
          const b = lrFinderLrs({ startLr: 1e-4, endLr: 10, numIt: totalSteps, mode, style });
          for (let k = 0; k < a.length; k++) {
            expect(optimizer.paramGroups.map((g) => g.lr)).toEqual([a[k], b[k]]);
            expect(s.lrAt(k)).toEqual([a[k], b[k]]);
            s.step();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('saves and restores its state mid-range', () => {
    const o1 = { paramGroups: [{ lr: 1e-5 }] };
    const s1 = new LRRangeTest(o1, { endLr: 1, totalSteps: 20, style: 'lightning' });
    for (let i = 0; i < 7; i++) s1.step();
    const state = JSON.parse(JSON.stringify(s1.stateDict()));
    const o2 = { paramGroups: [{ lr: 1e-5 }] };
    const s2 = new LRRangeTest(o2, { endLr: 1, totalSteps: 20, style: 'lightning' });
    s2.loadStateDict(state);
    s1.step();
    s2.step();
    expect(o2.paramGroups[0]!.lr).toBe(o1.paramGroups[0]!.lr);
    expect(() => s2.loadStateDict({ ...state, mode: 'cubic' })).toThrow(/state.mode/);
  });

  it('rejects bad options before touching the groups', () => {
    const o = { paramGroups: [{ lr: 0.01 }, { lr: 0.1 }] };
    expectInvalid(o, () => new LRRangeTest(o, { endLr: 0.05, totalSteps: 10 }), 'endLr', 0.05);
    const one = [1];
    expectInvalid(o, () => new LRRangeTest(o, { endLr: one, totalSteps: 10 }), 'endLr', one);
    expectInvalid(o, () => new LRRangeTest(o, { endLr: 1, totalSteps: 0 }), 'totalSteps', 0);
    expectInvalid(
      o,
      () => new LRRangeTest(o, { endLr: 1, totalSteps: 5, mode: 'cos' as never }),
      'mode',
      'cos',
    );
    expectInvalid(
      o,
      () => new LRRangeTest(o, { endLr: 1, numIt: 5 } as never),
      'LRRangeTest.numIt',
      5,
    );
    const zero = { paramGroups: [{ lr: 0 }] };
    expectInvalid(
      zero,
      () => new LRRangeTest(zero, { endLr: 1, totalSteps: 5 }),
      'optimizer.paramGroups[0].lr',
      0,
    );
  });
});
