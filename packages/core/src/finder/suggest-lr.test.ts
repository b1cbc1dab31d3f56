import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { fastaiValley } from './fastai-suggestions';
import { lrFinderLrs } from './lr-finder-lrs';
import { SUGGESTION_METHODS, suggestLr } from './suggest-lr';

// Rules: fastai/callback/schedule.py @ 0a049e8a90b86d70860f68072698245a1ee787ca (valley, slide,
// minimum, steep, Learner.lr_find's trim); Lightning src/lightning/pytorch/tuner/lr_finder.py
// @ 7f0c3436cd3f6ad3753125672024fc415cbcb414 (_LRFinder.suggestion). Parity: trace-parity.test.ts.

/** fastai's valley as fastai writes it: the double loop, updating the best inside the inner loop. */
function naiveValley(losses: readonly number[]): number {
  const n = losses.length;
  if (n === 0) return -1;
  let maxStart = 0;
  let maxEnd = 0;
  const lds = new Array<number>(n).fill(1);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (losses[i]! < losses[j]! && lds[i]! < lds[j]! + 1) lds[i] = lds[j]! + 1;
      if (lds[maxEnd]! < lds[i]!) {
        maxEnd = i;
        maxStart = maxEnd - lds[maxEnd]!;
      }
    }
  }
  const sections = (maxEnd - maxStart) / 3;
  const idx = maxStart + Math.trunc(sections) + Math.trunc(sections / 2);
  return idx < 0 ? n + idx : idx;
}

const loss = fc.oneof(
  { weight: 20, arbitrary: fc.double({ min: -5, max: 50, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) }, // exact ties
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
);

const run = fc
  .record({
    losses: fc.array(loss, { minLength: 0, maxLength: 60 }),
    mode: fc.constantFrom('exp' as const, 'linear' as const),
    style: fc.constantFrom('fastai' as const, 'lightning' as const),
  })
  .map(({ losses, mode, style }) => {
    const numIt = Math.max(1, losses.length);
    const lrs = lrFinderLrs({ numIt, mode, style }).slice(0, losses.length);
    return { lrs, losses: losses.slice(0, lrs.length), numIt };
  });

describe('suggestLr', () => {
  it('valley: the O(n log n) run length picks what fastai’s double loop picks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 9, noNaN: true })),
          { maxLength: 80 },
        ),
        (losses) => {
          expect(fastaiValley(losses)).toBe(naiveValley(losses));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('every suggestion lies inside the recorded range, at a recorded lr (a tenth of it for minimum)', () => {
    fc.assert(
      fc.property(run, fc.constantFrom(...SUGGESTION_METHODS), ({ lrs, losses, numIt }, method) => {
        const s = suggestLr(lrs, losses, method, { numIt });
        if (s === null) return;
        expect(Number.isInteger(s.index)).toBe(true);
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThan(lrs.length);
        expect(s.lr).toBe(method === 'minimum' ? lrs[s.index]! / 10 : lrs[s.index]);
        if (method === 'lightning') {
          expect(s.index).toBeGreaterThanOrEqual(10);
          expect(s.index).toBeLessThan(lrs.length - 1);
          expect(Number.isFinite(losses[s.index])).toBe(true);
        } else {
          expect(s.index).toBeGreaterThanOrEqual(Math.floor(numIt / 10));
          expect(s.index).toBeLessThan(lrs.length - 5);
          // fastai cuts at the first NaN inside its trimmed window (a NaN before the window's
          // start is sliced away first): nothing at or after that NaN is chosen
          const trimStart = Math.floor(numIt / 10);
          const firstNaN = losses.findIndex((l, i) => i >= trimStart && Number.isNaN(l));
          if (firstNaN >= 0) expect(s.index).toBeLessThan(firstNaN);
        }
      }),
      {
        numRuns: 400,
        // CI found this: a NaN before the trim start is sliced away, not a cut
        examples: [
          [
            {
              lrs: lrFinderLrs({ numIt: 10 }),
              losses: [Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0],
              numIt: 10,
            },
            'minimum',
          ],
        ],
      },
    );
  });

  it('minimum picks the first of tied least losses; steep the left end of the steepest fall', () => {
    const lrs = lrFinderLrs({ numIt: 20 });
    const losses = [5, 5, 4, 3, 1, 2, 1, 3, 0.5, 0.5, 0.5, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(suggestLr(lrs, losses, 'minimum')).toEqual({ lr: lrs[8]! / 10, index: 8 });
    // the largest drop per (even) log-lr step in the trimmed [2:15] window is 3 → 0.5 (index 7)
    expect(suggestLr(lrs, losses, 'steep')).toEqual({ lr: lrs[7], index: 7 });
  });

  it('returns null where fastai raises or Lightning returns None', () => {
    const lrs = lrFinderLrs({ numIt: 12 });
    const flat = lrs.map(() => 1);
    // slide needs 16 points after the trim
    expect(suggestLr(lrs, flat, 'slide')).toBeNull();
    // trim [1:7] cut at a NaN in position 1 leaves nothing
    const nan = flat.map((v, i) => (i === 1 ? Number.NaN : v));
    for (const m of ['minimum', 'steep', 'valley'] as const)
      expect(suggestLr(lrs, nan, m)).toBeNull();
    // Python's [10:-0] is empty
    expect(suggestLr(lrs, flat, 'lightning', { skipEnd: 0 })).toBeNull();
    expect(suggestLr([], [], 'lightning')).toBeNull();
    expect(suggestLr([], [], 'valley')).toBeNull();
  });

  it('valley with one point left is that point; a run decreasing from the start gives the last', () => {
    const lrs = lrFinderLrs({ numIt: 6 });
    // numIt 6: trim [0:1]
    expect(suggestLr(lrs, [3, 2, 1, 1, 1, 1], 'valley')).toEqual({ lr: lrs[0], index: 0 });
    // numIt 7 lrs, trim [0:2], decreasing: fastai's index −1 → the last trimmed point
    const seven = lrFinderLrs({ numIt: 7 });
    expect(suggestLr(seven, [3, 2, 1, 1, 1, 1, 1], 'valley')).toEqual({ lr: seven[1], index: 1 });
  });

  it('rejects hostile input with a typed error naming the parameter', () => {
    const cases: [() => unknown, string][] = [
      [() => suggestLr('x' as never, [], 'valley'), 'lrs'],
      [() => suggestLr([1, 2], [1], 'valley'), 'losses'],
      [() => suggestLr([1, Number.NaN], [1, 2], 'valley'), 'lrs[1]'],
      [() => suggestLr([1, -1], [1, 2], 'valley'), 'lrs[1]'],
      [() => suggestLr([1, 2], [1, '2' as never], 'valley'), 'losses[1]'],
      [() => suggestLr([1], [1], 'fastest' as never), 'method'],
      [() => suggestLr([1], [1], 'valley', { numIt: 0 }), 'numIt'],
      [() => suggestLr([1], [1], 'lightning', { skipBegin: -1 }), 'skipBegin'],
      [() => suggestLr([1], [1], 'lightning', { skipEnd: 1.5 }), 'skipEnd'],
      [() => suggestLr([1], [1], 'valley', { numit: 3 } as never), 'suggestLr.numit'],
    ];
    for (const [fn, parameter] of cases) {
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      expect(error, parameter).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
    }
  });

  it('valley stays fast on a long run (fastai’s loop is quadratic)', () => {
    const n = 200_000;
    const lrs = Array.from({ length: n }, (_, i) => 1e-7 * 1.0001 ** i);
    const losses = lrs.map((_, i) => Math.cos(i / 9000) + (i % 7) * 1e-3);
    const s = suggestLr(lrs, losses, 'valley');
    expect(s).not.toBeNull();
  });
});
