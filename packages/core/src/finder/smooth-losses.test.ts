import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { smoothLosses } from './smooth-losses';

// fastai AvgSmoothLoss (fastai/learner.py @ 5bc369c27846: torch.lerp, debiased by 1 − β^count)
// and LRFinder.after_batch (fastai/callback/schedule.py @ 0a049e8a90b8); Lightning _LRCallback
// (src/lightning/pytorch/tuner/lr_finder.py @ 7f0c3436cd3f). Exact values: trace-parity.test.ts.

describe('smoothLosses', () => {
  it('a constant loss stays that loss (the debiasing is exact at every step)', () => {
    for (const s of ['fastai', 'lightning'] as const) {
      const out = smoothLosses(new Array(30).fill(2.5), { style: s });
      // Lightning divides by 1 − β^(k+2) though it averaged k+1 losses: it starts low
      if (s === 'fastai') for (const v of out) expect(v).toBeCloseTo(2.5, 12);
      else expect(out[0]).toBeCloseTo((2.5 * 0.02) / (1 - 0.98 ** 2), 12);
    }
  });

  it('fastai: an Infinity gives Infinity, then NaN for ever (torch.lerp’s arithmetic)', () => {
    const out = smoothLosses([1, 2, Number.POSITIVE_INFINITY, 1, 1]);
    expect(out[2]).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(out[3]!) && Number.isNaN(out[4]!)).toBe(true);
  });

  it('rejects a bad beta, style or loss', () => {
    for (const [o, p] of [
      [{ beta: 1 }, 'beta'],
      [{ beta: -0.1 }, 'beta'],
      [{ style: 'x' }, 'style'],
    ] as const) {
      expect(() => smoothLosses([1], o as never)).toThrow(InvalidArgumentError);
      try {
        smoothLosses([1], o as never);
      } catch (e) {
        expect((e as InvalidArgumentError).parameter).toBe(p);
      }
    }
    expect(() => smoothLosses([1, '2' as never])).toThrow(/raw\[1\]/);
    expect(() => smoothLosses('12' as never)).toThrow(InvalidArgumentError);
  });
});
