import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalid, snapshot } from '../../test/helpers';
import { close, nums, traces } from '../../test/support/lrfind-traces';
import { LrkitError } from '../errors/lrkit-error';
import { fromSpec } from '../spec/from-spec';
import { divergenceIndex } from './divergence-index';
import { LrFinder } from './lr-finder';
import { lrFinderLrs } from './lr-finder-lrs';
import { smoothLosses } from './smooth-losses';
import { suggestLr } from './suggest-lr';

// The run itself: fastai LRFinder / Learner.lr_find (fastai/callback/schedule.py
// @ 0a049e8a90b86d70860f68072698245a1ee787ca) and Lightning _lr_find / _LRCallback
// (src/lightning/pytorch/tuner/lr_finder.py @ 7f0c3436cd3f6ad3753125672024fc415cbcb414).

const twoGroups = () => ({ paramGroups: [{ lr: 0.05, momentum: 0.9 }, { lr: 0.01 }] });

/** Feeds a loss per batch as a training loop would, checking the lr each batch trains with. */
function drive(finder: LrFinder, losses: readonly number[], groups: { lr: number }[]): number[] {
  const seen: number[] = [];
  for (const loss of losses) {
    if (finder.done) break;
    seen.push(groups[0]!.lr);
    expect(groups[1]!.lr).toBe(groups[0]!.lr);
    expect(finder.currentLr).toBe(groups[0]!.lr);
    const k = finder.iteration;
    finder.step(loss);
    expect(finder.last?.lr).toBe(seen[k]);
    expect(finder.last?.loss).toBe(loss);
  }
  return seen;
}

describe('LrFinder', () => {
  it.each(
    traces.cases.flatMap((c) =>
      (['fastai', 'lightning'] as const).map((s) => [c.name, s, c] as const),
    ),
  )('reproduces the recorded run of %s (%s)', (_, style, c) => {
    const optimizer = twoGroups();
    const before = snapshot(optimizer);
    const finder = new LrFinder(optimizer, { style, numIt: c.num_it });
    const seen = drive(finder, nums(c.raw_losses), optimizer.paramGroups);
    const t = c[style];
    const result = finder.result();
    expect(finder.done).toBe(true);
    expect(result.stoppedAt).toBe(t.stop);
    expect(seen).toEqual(result.lrs);
    expect(result.lrs.length).toBe(t.recorded.lrs.length);
    expect(result.lrs.every((lr, i) => close(lr, t.recorded.lrs[i]!))).toBe(true);
    const recorded = nums(t.recorded.losses);
    expect(result.smoothed.every((s, i) => close(s, recorded[i]!))).toBe(true);
    expect(result.losses).toEqual(nums(c.raw_losses).slice(0, result.lrs.length));
    for (const [method, expected] of Object.entries(t.suggestions)) {
      const got = result.suggestions[method as 'valley'];
      if (expected.none !== undefined) expect(got).toBeNull();
      else expect(got?.index).toBe(expected.index);
    }
    // the groups' lrs are back as they were
    expect(snapshot(optimizer)).toStrictEqual(before);
  });

  it('agrees with the pure functions on any loss sequence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 120 }),
        fc.constantFrom('fastai' as const, 'lightning' as const),
        fc.integer({ min: 1, max: 120 }),
        (losses, style, numIt) => {
          const optimizer = twoGroups();
          const finder = new LrFinder(optimizer, { style, numIt });
          drive(finder, losses, optimizer.paramGroups);
          const r = finder.result();
          const smoothed = smoothLosses(r.losses, { style });
          expect(r.smoothed).toEqual(smoothed);
          expect(r.stoppedAt).toBe(divergenceIndex(smoothed, { style }));
          expect(r.lrs).toEqual(lrFinderLrs({ style, numIt }).slice(0, r.lrs.length));
          // a stop never before the divergence, and the run never goes past it
          if (r.stoppedAt !== null) expect(r.lrs.length).toBe(r.stoppedAt + 1);
          for (const [m, s] of Object.entries(r.suggestions)) {
            const options = m === 'lightning' ? {} : { numIt };
            expect(s).toEqual(suggestLr(r.lrs, r.smoothed, m as 'valley', options));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stopOnDivergence false runs every iteration; finish() ends early and restores', () => {
    const optimizer = twoGroups();
    const finder = new LrFinder(optimizer, { numIt: 10, stopOnDivergence: false });
    drive(finder, [1, 1, 1, 1, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1], optimizer.paramGroups);
    expect(finder.result().lrs.length).toBe(10);
    expect(finder.result().stoppedAt).toBeNull();

    const other = twoGroups();
    const early = new LrFinder(other, { numIt: 50 });
    early.step(1);
    expect(other.paramGroups[0]!.lr).not.toBe(0.05);
    early.finish();
    expect(early.done).toBe(true);
    expect(other.paramGroups.map((g) => g.lr)).toEqual([0.05, 0.01]);
    expect(() => early.step(1)).toThrow(LrkitError);
  });

  it('turns a suggestion into a OneCycleLR spec and a warmup + cosine spec that fromSpec builds', () => {
    const c = traces.cases[0]!;
    const finder = new LrFinder(twoGroups(), { numIt: c.num_it });
    for (const loss of nums(c.raw_losses)) if (!finder.done) finder.step(loss);
    const result = finder.result();
    const valley = result.suggestions.valley!.lr;
    expect(result.lr).toBe(valley);

    const oneCycle = result.toOneCycle({ totalSteps: 200, pctStart: 0.25 });
    expect(oneCycle).toEqual({
      version: 1,
      type: 'OneCycleLR',
      maxLr: valley,
      totalSteps: 200,
      pctStart: 0.25,
    });
    const optimizer = { paramGroups: [{ lr: 1, momentum: 0.9 }] };
    const scheduler = fromSpec(optimizer, oneCycle);
    let peak = 0;
    for (let i = 0; i < 199; i++) {
      peak = Math.max(peak, optimizer.paramGroups[0]!.lr);
      scheduler.step();
    }
    expect(peak).toBeCloseTo(valley, 15);

    const spec = result.toSpec({ totalSteps: 100, method: 'minimum' });
    const warm = { paramGroups: [{ lr: 1 }] };
    const cosine = fromSpec(warm, spec);
    const lrs: number[] = [];
    for (let i = 0; i < 100; i++) {
      lrs.push(warm.paramGroups[0]!.lr);
      cosine.step();
    }
    expect(Math.max(...lrs)).toBeCloseTo(result.suggestions.minimum!.lr, 15);
    expect(lrs[0]).toBe(0);
  });

  it('a run too short for a suggestion says so with a typed error', () => {
    const finder = new LrFinder(twoGroups(), { style: 'lightning', numIt: 5 });
    for (const loss of [1, 2, 3, 4, 5]) if (!finder.done) finder.step(loss);
    const result = finder.result();
    expect(result.lr).toBeNull();
    expect(() => result.toOneCycle({ totalSteps: 10 })).toThrow(
      /parameter method: .*too few points/,
    );
    expect(() => result.toSpec({ totalSteps: 10, method: 'valley' })).toThrow(
      /methods this run computed/,
    );
  });

  it('rejects bad options, losses and optimizers before touching the groups', () => {
    const o = twoGroups();
    expectInvalid(o, () => new LrFinder(o, { beta: 1 }), 'beta', 1);
    expectInvalid(o, () => new LrFinder(o, { divergenceThreshold: -1 }), 'threshold', -1);
    expectInvalid(
      o,
      () => new LrFinder(o, { stopOnDivergence: 'yes' as never }),
      'stopOnDivergence',
      'yes',
    );
    const empty: never[] = [];
    expectInvalid(o, () => new LrFinder(o, { methods: empty }), 'methods', empty);
    expectInvalid(
      o,
      () => new LrFinder(o, { methods: ['steep', 'nope' as never] }),
      'methods[1]',
      'nope',
    );
    expectInvalid(
      o,
      () => new LrFinder(o, { methods: ['steep'], method: 'valley' }),
      'method',
      'valley',
    );
    expectInvalid(o, () => new LrFinder(o, { skipEnd: -1 }), 'skipEnd', -1);
    expectInvalid(o, () => new LrFinder(o, { numIt: 0 }), 'numIt', 0);
    expectInvalid(o, () => new LrFinder(o, { endLr: 1e-9 }), 'endLr', 1e-9);
    expectInvalid(o, () => new LrFinder(o, { lr: 1 } as never), 'LrFinder.lr', 1);
    const none: never[] = [];
    expectInvalid(o, () => new LrFinder({ paramGroups: none }), 'optimizer.paramGroups', none);
    const finder = new LrFinder(o, { numIt: 10 });
    const lr = o.paramGroups[0]!.lr;
    expect(() => finder.step('1' as never)).toThrow(/parameter loss/);
    expect(finder.iteration).toBe(0);
    expect(o.paramGroups[0]!.lr).toBe(lr);
    expect(() => result0(finder).toOneCycle({ totalSteps: 10, maxLr: 1 } as never)).toThrow(
      /toOneCycle.maxLr/,
    );
  });
});

function result0(finder: LrFinder) {
  return finder.result();
}
