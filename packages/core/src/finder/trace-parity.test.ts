import { describe, expect, it } from 'vitest';
import { close, nums, traces } from '../../test/support/lrfind-traces';
import { divergenceIndex } from './divergence-index';
import { lrFinderLrs } from './lr-finder-lrs';
import { smoothLosses } from './smooth-losses';
import { suggestLr } from './suggest-lr';

// Oracle: test/fixtures/lrfind-traces.json, recorded from fastai (fastai/callback/schedule.py
// @ 0a049e8a90b86d70860f68072698245a1ee787ca; learner.py @ 5bc369c27846) and Lightning
// (src/lightning/pytorch/tuner/lr_finder.py @ 7f0c3436cd3f6ad3753125672024fc415cbcb414).

function expectClose(actual: readonly number[], expected: readonly number[], tol = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  const bad = actual.findIndex((a, i) => !close(a, expected[i]!, tol));
  expect(bad, `first mismatch at ${bad}: ${actual[bad]} vs ${expected[bad]}`).toBe(-1);
}

describe('lrFinderLrs matches the libraries', () => {
  it.each(traces.lr_settings.map((s, i) => [i, s] as const))('setting %i', (_, setting) => {
    const lrs = lrFinderLrs({ ...(setting.args ?? {}), style: setting.style });
    expectClose(lrs, setting.lrs);
  });
});

describe.each(traces.cases.map((c) => [c.name, c] as const))('case %s', (_, c) => {
  const raw = nums(c.raw_losses);
  for (const style of ['fastai', 'lightning'] as const) {
    const t = c[style];
    it(`${style}: smoothing, stop, recorded arrays`, () => {
      const smoothed = smoothLosses(raw, { style });
      expectClose(smoothed, nums(t.smoothed));
      const stop = divergenceIndex(smoothed.slice(0, t.iterations), { style });
      expect(stop).toBe(t.stop);
      const recordedLength = stop === null ? t.iterations : stop + 1;
      expectClose(smoothed.slice(0, recordedLength), nums(t.recorded.losses));
      const lrs = lrFinderLrs({ style, numIt: c.num_it });
      expectClose(lrs.slice(0, recordedLength), t.recorded.lrs);
    });

    it(`${style}: every suggestion`, () => {
      const lrs = t.recorded.lrs;
      const losses = nums(t.recorded.losses);
      for (const [method, expected] of Object.entries(t.suggestions)) {
        const got = suggestLr(lrs, losses, method as 'valley', { numIt: c.num_it });
        if (expected.none !== undefined) expect(got, method).toBeNull();
        else {
          expect(got?.index, method).toBe(expected.index);
          expect(close(got!.lr, expected.lr!), method).toBe(true);
        }
      }
    });
  }

  if (c.extra_smoothing) {
    const extra = c.extra_smoothing;
    it(`smoothing with beta ${extra.beta}`, () => {
      expectClose(smoothLosses(raw, { style: 'fastai', beta: extra.beta }), nums(extra.fastai));
      expectClose(
        smoothLosses(raw, { style: 'lightning', beta: extra.beta }),
        nums(extra.lightning),
      );
    });
  }
});

describe('suggestLr on the direct cases', () => {
  it.each(traces.direct.map((d) => [d.name, d] as const))('%s', (_, d) => {
    const got = suggestLr(d.lrs, nums(d.losses), d.method, d.options);
    if (d.expected.none !== undefined) expect(got).toBeNull();
    else {
      expect(got?.index).toBe(d.expected.index);
      expect(close(got!.lr, d.expected.lr!)).toBe(true);
    }
  });
});
