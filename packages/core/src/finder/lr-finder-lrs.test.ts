import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { lrFinderLrs } from './lr-finder-lrs';

// fastai LRFinder (fastai/callback/schedule.py @ 0a049e8a90b86d70860f68072698245a1ee787ca):
// lr_i = start·(end/start)^(i/n), n = max(6, num_it). Lightning _ExponentialLR/_LinearLR
// (src/lightning/pytorch/tuner/lr_finder.py @ 7f0c3436cd3f6ad3753125672024fc415cbcb414): the
// base lr at step 0, then r = (i+1)/n. Exact values: trace-parity.test.ts.

const options = fc.record({
  startLr: fc.double({ min: 1e-9, max: 1, noNaN: true }),
  ratio: fc.double({ min: 1.001, max: 1e10, noNaN: true }),
  numIt: fc.integer({ min: 1, max: 400 }),
  mode: fc.constantFrom('exp' as const, 'linear' as const),
  style: fc.constantFrom('fastai' as const, 'lightning' as const),
});

describe('lrFinderLrs', () => {
  it('is monotone, starts at startLr, and only Lightning reaches endLr', () => {
    fc.assert(
      fc.property(options, ({ startLr, ratio, numIt, mode, style }) => {
        const endLr = startLr * ratio;
        const lrs = lrFinderLrs({ startLr, endLr, numIt, mode, style });
        expect(lrs.length).toBe(style === 'fastai' ? Math.max(6, numIt) : numIt);
        expect(lrs[0]).toBe(startLr);
        expect(lrs.every((lr, i) => i === 0 || lr >= lrs[i - 1]!)).toBe(true);
        const last = lrs[lrs.length - 1]!;
        if (style === 'fastai') expect(last).toBeLessThan(endLr);
        else if (numIt > 1) expect(Math.abs(last - endLr)).toBeLessThanOrEqual(1e-12 * endLr);
      }),
      { numRuns: 300 },
    );
  });

  it('Lightning skips the 1/n point: its second lr is already at 2/n', () => {
    const lrs = lrFinderLrs({ style: 'lightning', startLr: 1e-8, endLr: 1, numIt: 100 });
    expect(lrs[1]).toBeCloseTo(1e-8 * 1e8 ** 0.02, 20);
  });

  it('rejects bad options before computing anything', () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ startLr: 0 }, 'startLr'],
      [{ startLr: Number.NaN }, 'startLr'],
      [{ endLr: -1 }, 'endLr'],
      [{ startLr: 1, endLr: 1 }, 'endLr'],
      [{ numIt: 0 }, 'numIt'],
      [{ numIt: 2.5 }, 'numIt'],
      [{ numIt: 1e7 }, 'numIt'],
      [{ mode: 'exponential' }, 'mode'],
      [{ style: 'keras' }, 'style'],
      [{ start_lr: 1 }, 'lrFinderLrs.start_lr'],
    ];
    for (const [o, parameter] of bad) {
      const error = (() => {
        try {
          lrFinderLrs(o as never);
        } catch (e) {
          return e;
        }
      })();
      expect(error, parameter).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
    }
  });
});
