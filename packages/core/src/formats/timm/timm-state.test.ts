import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../errors/invalid-argument-error';
import { fromTimm } from './from-timm';
import type { TimmSchedulerName } from './timm-config';

// stateDict / loadStateDict of the timm schedulers: whatever stateDict() writes (as JSON) a fresh
// scheduler with the same arguments takes back, and resumes with the same numbers; a state of
// other arguments, or a corrupted one, is refused before anything changes.

const configs: [TimmSchedulerName, Record<string, unknown>][] = [
  [
    'CosineLRScheduler',
    { t_initial: 12, warmup_t: 3, warmup_lr_init: 1e-4, cycle_limit: 3, cycle_mul: 1.5 },
  ],
  ['TanhLRScheduler', { t_initial: 12, warmup_t: 2 }],
  ['PolyLRScheduler', { t_initial: 12, power: 2, noise_range_t: 4, noise_pct: 0.5 }],
  ['StepLRScheduler', { decay_t: 2.5, decay_rate: 0.5 }],
  ['MultiStepLRScheduler', { decay_t: [3, 6], decay_rate: 0.5, warmup_t: 2 }],
  ['WSDLRScheduler', { t_initial: 12, decay_t: 4, warmup_t: 2, stable_fn: 'rsqrt' }],
  ['PlateauLRScheduler', { patience_t: 0, warmup_t: 2, warmup_lr_init: 0.001, noise_range_t: 6 }],
];
const metric = (t: number) => 1 - 1 / (t + 2) + (t > 5 ? -0.1 * t : 0);

describe('timm scheduler state', () => {
  it.each(configs)('%s resumes from its JSON state with the same lrs', (scheduler, kwargs) => {
    const groups = () => [{ lr: 0.1 }, { lr: 0.02, lrScale: 0.5 }];
    const a = { paramGroups: groups() };
    const first = fromTimm(a, { scheduler, kwargs });
    for (let t = 0; t < 7; t++) first.step(t, metric(t));
    const saved = JSON.parse(JSON.stringify(first.stateDict()));
    const b = { paramGroups: groups() };
    const second = fromTimm(b, { scheduler, kwargs });
    second.loadStateDict(saved);
    expect(b.paramGroups.map((g) => g.lr)).toEqual(a.paramGroups.map((g) => g.lr));
    for (let t = 7; t < 14; t++) {
      first.step(t, metric(t));
      second.step(t, metric(t));
      expect(b.paramGroups.map((g) => g.lr)).toEqual(a.paramGroups.map((g) => g.lr));
    }
    expect(second.stateDict()).toEqual(first.stateDict());
  });

  it('refuses a state of other arguments or another class, and a corrupted one, changing nothing', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const cosine = fromTimm(optimizer, {
      scheduler: 'CosineLRScheduler',
      kwargs: { t_initial: 10 },
    });
    cosine.step(3);
    const before = JSON.stringify(cosine.stateDict());
    const lr = optimizer.paramGroups[0]!.lr;
    const other = fromTimm(
      { paramGroups: [{ lr: 0.1 }] },
      { scheduler: 'CosineLRScheduler', kwargs: { t_initial: 20 } },
    );
    const tanh = fromTimm(
      { paramGroups: [{ lr: 0.1 }] },
      { scheduler: 'TanhLRScheduler', kwargs: { t_initial: 10 } },
    );
    const corrupt = { ...JSON.parse(before), baseValues: ['x'] };
    const negative = { ...JSON.parse(before), metric: 'NaN' };
    for (const state of [
      other.stateDict(),
      tanh.stateDict(),
      corrupt,
      negative,
      null,
      { version: 2 },
    ]) {
      expect(() => cosine.loadStateDict(state as never)).toThrow(InvalidArgumentError);
      expect(JSON.stringify(cosine.stateDict())).toBe(before);
      expect(optimizer.paramGroups[0]!.lr).toBe(lr);
    }
  });
});

describe('timm schedulers stepped with hostile input', () => {
  it('reject a non-number epoch or metric before any change', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const s = fromTimm(optimizer, {
      scheduler: 'StepLRScheduler',
      kwargs: { decay_t: 2, decay_rate: 0.5 },
    });
    s.step(3);
    const state = JSON.stringify(s.stateDict());
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '4', undefined, null, {}]) {
      expect(() => s.step(bad as never)).toThrow(InvalidArgumentError);
      expect(() => s.stepUpdate(bad as never)).toThrow(InvalidArgumentError);
    }
    expect(() => s.step(5, Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => s.step(5, 'high' as never)).toThrow(InvalidArgumentError);
    expect(JSON.stringify(s.stateDict())).toBe(state);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
  });

  it('shrinking cycles fail past their end, as timm does, leaving the lr', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const s = fromTimm(optimizer, {
      scheduler: 'CosineLRScheduler',
      kwargs: { t_initial: 10, cycle_mul: 0.5, cycle_limit: 5 },
    });
    s.step(19);
    const lr = optimizer.paramGroups[0]!.lr;
    expect(() => s.step(20)).toThrow(/math domain error/);
    expect(optimizer.paramGroups[0]!.lr).toBe(lr);
  });

  it('a throwing or non-finite WSD decay_fn changes nothing', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const s = fromTimm(optimizer, {
      scheduler: 'WSDLRScheduler',
      kwargs: {
        t_initial: 10,
        decay_t: 5,
        decay_fn: (f: number) => (f > 0.5 ? Number.NaN : 1 - f),
      },
    });
    s.step(7);
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(0.1 * 0.6, 15);
    expect(() => s.step(9)).toThrow(InvalidArgumentError);
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(0.1 * 0.6, 15);
    expect(s.stateDict().notSerialized).toEqual(['decayFn']);
  });

  it('a bad lr_scale or a missing initial_lr (initialize false) is refused before any write', () => {
    const scaled = { paramGroups: [{ lr: 0.1, lrScale: Number.NaN }] };
    expect(() =>
      fromTimm(scaled, { scheduler: 'CosineLRScheduler', kwargs: { t_initial: 5 } }),
    ).toThrow(InvalidArgumentError);
    expect(scaled.paramGroups[0]).toEqual({ lr: 0.1, lrScale: Number.NaN });
    const fresh = { paramGroups: [{ lr: 0.1 }] };
    expect(() =>
      fromTimm(fresh, {
        scheduler: 'CosineLRScheduler',
        kwargs: { t_initial: 5, initialize: false },
      }),
    ).toThrow(/initial_lr/);
    expect(fresh.paramGroups[0]).toEqual({ lr: 0.1 });
  });
});

describe('timm counts from 0', () => {
  it('a negative epoch or update count, or a decay_fn going below 0, is refused before any change', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const s = fromTimm(optimizer, {
      scheduler: 'CosineLRScheduler',
      kwargs: { t_initial: 10, warmup_t: 3 },
    });
    expect(() => s.step(-1)).toThrow(InvalidArgumentError);
    const wsd = fromTimm(optimizer, {
      scheduler: 'WSDLRScheduler',
      kwargs: { t_initial: 10, decay_t: 5, decay_fn: (f: number) => 0.5 - f },
    });
    wsd.step(6);
    const lr = optimizer.paramGroups[0]!.lr;
    expect(() => wsd.step(9)).toThrow(InvalidArgumentError);
    expect(optimizer.paramGroups[0]!.lr).toBe(lr);
  });
});
