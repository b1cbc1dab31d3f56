import { describe, expect, it } from 'vitest';
import { closeTo, groupsOf, traces } from '../../../test/support/hf-timm-traces';
import { InvalidArgumentError } from '../../errors/invalid-argument-error';
import { fromTimm } from './from-timm';
import type { TimmSchedulerName } from './timm-config';

// Oracle: test/fixtures/hf-timm-traces.json, recorded from huggingface/pytorch-image-models
// timm/scheduler/*.py at aa4b5850c1543fa488abf260f18390eda46cf85d (wsd_lr.py at
// 803b7c2ac5eb419fef21fd8ef2a6e7bc151cf342) on torch 1.13; every case, construction lr included.

const timmCases = traces.cases.filter((c) => c.library === 'timm');

describe('fromTimm reproduces the recorded timm traces', () => {
  it('covers every timm case of the trace file', () => {
    expect(timmCases.length).toBe(10);
  });

  it.each(timmCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const optimizer = { paramGroups: groupsOf(c) };
    const scheduler = fromTimm(optimizer, {
      scheduler: c.class as TimmSchedulerName,
      kwargs: c.kwargs,
    });
    const seen = [optimizer.paramGroups.map((g) => g.lr)];
    const ts = c.ts ?? Array.from({ length: c.steps }, (_, i) => i);
    ts.forEach((t, i) => {
      if (c.calls === 'step_update') scheduler.stepUpdate(t);
      else if (c.calls === 'step(epoch, metric)') scheduler.step(t, c.metrics![i]);
      else scheduler.step(t);
      seen.push(optimizer.paramGroups.map((g) => g.lr));
    });
    expect(seen.length).toBe(c.lrs.length);
    c.lrs.forEach((row, i) => {
      row.forEach((lr, g) => {
        if (!closeTo(seen[i]![g]!, lr)) {
          expect.fail(`lrs[${i}][${g}]: expected ${lr}, got ${seen[i]![g]}`);
        }
      });
    });
  });
});

describe('fromTimm rejects what timm rejects, before touching the groups', () => {
  const bad: [TimmSchedulerName, Record<string, unknown>, string][] = [
    ['CosineLRScheduler', { t_initial: 0 }, 'kwargs.t_initial'],
    ['CosineLRScheduler', { t_initial: 10, lr_min: -1 }, 'kwargs.lr_min'],
    ['CosineLRScheduler', {}, 'kwargs.t_initial'],
    ['CosineLRScheduler', { t_initial: 10, t_mul: 2 }, 'kwargs.t_mul'],
    ['TanhLRScheduler', { t_initial: 10, lb: 3, ub: 3 }, 'kwargs.lb'],
    ['TanhLRScheduler', { t_initial: 10, cycle_limit: -1 }, 'kwargs.cycle_limit'],
    ['TanhLRScheduler', { t_initial: 10, k_decay: 2 }, 'kwargs.k_decay'],
    ['StepLRScheduler', {}, 'kwargs.decay_t'],
    ['MultiStepLRScheduler', { decay_t: 5 }, 'kwargs.decay_t'],
    ['PlateauLRScheduler', { decay_rate: 1 }, 'kwargs.decay_rate'],
    ['PlateauLRScheduler', { mode: 'lower' }, 'kwargs.mode'],
    ['WSDLRScheduler', { t_initial: 10, decay_t: 11 }, 'kwargs.decay_t'],
    ['WSDLRScheduler', { t_initial: 10, decay_t: 0 }, 'kwargs.decay_t'],
    [
      'WSDLRScheduler',
      { t_initial: 10, decay_t: 5, stable_fn: 'rsqrt' },
      'kwargs.stable_timescale',
    ],
    ['WSDLRScheduler', { t_initial: 10, decay_t: 5, decay_fn: 'step' }, 'kwargs.decay_fn'],
    ['WSDLRScheduler', { t_initial: 10, decay_t: 5, decay_ratio: 1 }, 'kwargs.decay_ratio'],
    ['WSDLRScheduler', { t_initial: 10, decay_t: 5, decay_power: 0 }, 'kwargs.decay_power'],
    ['WSDLRScheduler', { t_initial: 10, decay_t: 5, warmup_prefix: true }, 'kwargs.warmup_prefix'],
  ];
  it.each(bad)('%s %j', (scheduler, kwargs, parameter) => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    let error: unknown;
    try {
      fromTimm(optimizer, { scheduler, kwargs });
    } catch (e) {
      error = e;
    }
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).parameter).toBe(parameter);
    expect(optimizer.paramGroups).toEqual([{ lr: 0.1 }]);
  });
});

describe('hostile names are data, never prototype lookups', () => {
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`kwargs '${key}' and scheduler '${key}' are refused`, () => {
      const optimizer = { paramGroups: [{ lr: 0.1 }] };
      const kwargs = JSON.parse(`{"t_initial": 5, "${key}": 1}`) as Record<string, unknown>;
      let error: unknown;
      try {
        fromTimm(optimizer, { scheduler: 'CosineLRScheduler', kwargs });
      } catch (e) {
        error = e;
      }
      expect((error as InvalidArgumentError).parameter).toBe(`kwargs.${key}`);
      expect(() => fromTimm(optimizer, { scheduler: key as never })).toThrow(InvalidArgumentError);
      expect(optimizer.paramGroups).toEqual([{ lr: 0.1 }]);
    });
  }
});
