import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { DivergenceCheck, divergenceIndex } from './divergence-index';
import { smoothLosses } from './smooth-losses';

// fastai AvgSmoothLoss (fastai/learner.py @ 5bc369c27846: torch.lerp, debiased by 1 − β^count)
// and LRFinder.after_batch (fastai/callback/schedule.py @ 0a049e8a90b8); Lightning _LRCallback
// (src/lightning/pytorch/tuner/lr_finder.py @ 7f0c3436cd3f). Exact values: trace-parity.test.ts.

const raw = fc.array(
  fc.oneof(
    { weight: 30, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
  ),
  { maxLength: 80 },
);
const style = fc.constantFrom('fastai' as const, 'lightning' as const);

/** The best so far by each library's own rule, written out longhand for the property. */
function bests(smoothed: readonly number[], s: 'fastai' | 'lightning'): number[] {
  let best = s === 'fastai' ? Number.POSITIVE_INFINITY : 0;
  return smoothed.map((v, k) => {
    if (s === 'fastai') {
      if (v < best) best = v;
      return best;
    }
    const before = best;
    if (v < best || k === 0) best = v;
    return before;
  });
}

describe('divergenceIndex', () => {
  it('a stop is never before the divergence: nothing earlier crossed the threshold, the stop did', () => {
    fc.assert(
      fc.property(
        raw,
        style,
        fc.double({ min: 1.01, max: 10, noNaN: true }),
        (losses, s, threshold) => {
          const smoothed = smoothLosses(losses, { style: s });
          const stop = divergenceIndex(smoothed, { style: s, threshold });
          const best = bests(smoothed, s);
          const crossed = (k: number) =>
            (s === 'fastai' || k > 0) && smoothed[k]! > threshold * best[k]!;
          const end = stop ?? smoothed.length;
          for (let k = 0; k < end; k++) expect(crossed(k), `batch ${k}`).toBe(false);
          if (stop !== null) expect(crossed(stop)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('Lightning never stops on the first batch; fastai never does either (best is that batch)', () => {
    expect(divergenceIndex([100, 1], { style: 'lightning' })).toBeNull();
    expect(divergenceIndex([1, 100], { style: 'lightning' })).toBe(1);
    expect(divergenceIndex([1, 4, 4.0001])).toBe(2);
    expect(divergenceIndex([Number.NaN, 100], { style: 'lightning' })).toBeNull();
  });

  it('the incremental check agrees with the array form', () => {
    fc.assert(
      fc.property(raw, style, (losses, s) => {
        const smoothed = smoothLosses(losses, { style: s });
        const check = new DivergenceCheck({ style: s });
        const first = smoothed.findIndex((v) => check.push(v));
        expect(divergenceIndex(smoothed, { style: s })).toBe(first === -1 ? null : first);
      }),
    );
  });

  it('rejects a bad threshold', () => {
    expect(() => divergenceIndex([1], { threshold: 0 })).toThrow(/threshold/);
    expect(() => divergenceIndex([1], { threshold: Number.POSITIVE_INFINITY })).toThrow(
      InvalidArgumentError,
    );
    expect(() => divergenceIndex([1, null as never])).toThrow(/smoothed\[1\]/);
  });
});
