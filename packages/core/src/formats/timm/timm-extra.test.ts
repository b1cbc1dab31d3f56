import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeTo, groupsOf, type TraceCase } from '../../../test/support/hf-timm-traces';
import { fromTimm } from './from-timm';
import { fromTimmArgs, type TimmSchedulerArgs } from './from-timm-args';
import type { TimmSchedulerName } from './timm-config';

// Oracle: test/fixtures/timm-extra-traces.json, recorded by timm-extra-traces.py (beside it) from
// huggingface/pytorch-image-models timm/scheduler/*.py at aa4b5850c1543fa488abf260f18390eda46cf85d
// on torch 1.13: restart boundaries for many cycle_mul / t_initial, fractional decay_t,
// warmup_prefix on cycle schedulers, k_decay, lr_scale, step_update, timm's lr noise (torch's
// generator, draw for draw), the plateau scheduler, and create_scheduler_v2.

interface FactoryCase {
  name: string;
  args: TimmSchedulerArgs;
  groups: Record<string, number>[];
  num_epochs: number;
  calls: string;
  steps: number;
  lrs: number[][];
}

const extra = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/timm-extra-traces.json', import.meta.url), 'utf8'),
) as { cases: TraceCase[]; factory: FactoryCase[] };

function expectRows(seen: number[][], lrs: number[][]): void {
  expect(seen.length).toBe(lrs.length);
  lrs.forEach((row, i) => {
    row.forEach((lr, g) => {
      if (!closeTo(seen[i]![g]!, lr))
        expect.fail(`lrs[${i}][${g}]: expected ${lr}, got ${seen[i]![g]}`);
    });
  });
}

describe('fromTimm against timm at restart boundaries and beyond the published cases', () => {
  it('holds enough cases to matter', () => {
    expect(extra.cases.length).toBeGreaterThanOrEqual(40);
    expect(extra.factory.length).toBe(7);
  });

  it.each(extra.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const optimizer = { paramGroups: groupsOf(c) };
    const scheduler = fromTimm(optimizer, {
      scheduler: c.class as TimmSchedulerName,
      kwargs: c.kwargs,
    });
    const seen = [optimizer.paramGroups.map((g) => g.lr)];
    c.ts!.forEach((t, i) => {
      if (c.calls === 'step_update') scheduler.stepUpdate(t);
      else if (c.metrics) scheduler.step(t, c.metrics[i]);
      else scheduler.step(t);
      seen.push(optimizer.paramGroups.map((g) => g.lr));
    });
    expectRows(seen, c.lrs);
  });

  it('finds step 242 of cycle_mul 3 where CPython does: the end of cycle 4 (lr_min), not 0.032768', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const kwargs = { t_initial: 2, cycle_mul: 3, cycle_decay: 0.8, cycle_limit: 20, lr_min: 0.001 };
    const scheduler = fromTimm(optimizer, { scheduler: 'CosineLRScheduler', kwargs });
    scheduler.step(242);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.001);
    scheduler.step(80);
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(0.1 * 0.8 ** 4, 15);
  });
});

describe('fromTimmArgs against create_scheduler_v2', () => {
  it.each(extra.factory.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const optimizer = { paramGroups: c.groups.map((g) => ({ lr: g.lr! })) };
    const { scheduler, numEpochs } = fromTimmArgs(optimizer, c.args);
    expect(numEpochs).toBe(c.num_epochs);
    const seen = [optimizer.paramGroups.map((g) => g.lr)];
    for (let t = 0; t < c.steps; t++) {
      if (c.calls === 'step(epoch, 0.5)') scheduler.step(t, 0.5);
      else if (c.calls === 'step_update') scheduler.stepUpdate(t);
      else scheduler.step(t);
      seen.push(optimizer.paramGroups.map((g) => g.lr));
    }
    expectRows(seen, c.lrs);
  });
});
