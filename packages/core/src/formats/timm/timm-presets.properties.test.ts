import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timmCosine, timmPoly, timmTanh } from '../../schedules/timm';
import { fromTimm } from './from-timm';

// Two implementations of timm's cosine, tanh and poly cycles must agree: the closed-form presets
// (schedules/timm.ts) and the imported schedulers (checked against timm's own traces). For any
// configuration and step, after step(t) the group's lr is the preset's lrAt(t).

const close = (a: number, b: number) =>
  a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

const config = fc.record({
  t_initial: fc.integer({ min: 1, max: 30 }),
  lr_min: fc.constantFrom(0, 1e-5, 1e-3),
  cycle_mul: fc.constantFrom(1, 1.5, 2, 3),
  cycle_decay: fc.constantFrom(1, 0.5, 0.8),
  cycle_limit: fc.integer({ min: 1, max: 4 }),
  warmup_t: fc.integer({ min: 0, max: 5 }),
  warmup_lr_init: fc.constantFrom(0, 1e-4),
  warmup_prefix: fc.boolean(),
});

const presets = {
  CosineLRScheduler: timmCosine,
  TanhLRScheduler: timmTanh,
  PolyLRScheduler: timmPoly,
} as const;

describe('timm presets and fromTimm agree', () => {
  it.each(Object.keys(presets) as (keyof typeof presets)[])('%s', (scheduler) => {
    fc.assert(
      fc.property(config, fc.integer({ min: 0, max: 120 }), (kwargs, t) => {
        const preset = presets[scheduler]({
          baseLr: 0.1,
          tInitial: kwargs.t_initial,
          lrMin: kwargs.lr_min,
          cycleMul: kwargs.cycle_mul,
          cycleDecay: kwargs.cycle_decay,
          cycleLimit: kwargs.cycle_limit,
          warmupT: kwargs.warmup_t,
          warmupLrInit: kwargs.warmup_lr_init,
          warmupPrefix: kwargs.warmup_prefix,
        });
        const optimizer = { paramGroups: [{ lr: 0.1 }] };
        fromTimm(optimizer, { scheduler, kwargs }).step(t);
        expect(close(optimizer.paramGroups[0]!.lr, preset.lrAt(t))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
