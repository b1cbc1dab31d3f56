import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { fromTorchtitan, scheduleFromTorchtitan, type TorchtitanArgs } from './torchtitan';

// Oracle: test/fixtures/megatron-torchtitan-traces.json, recorded by running torchtitan's own
// lr_lambda builders on torch's LambdaLR: pytorch/torchtitan torchtitan/components/lr_scheduler.py
// at d282cf2ce9ca8049b4b8423c1d7578c80426576f (lr_min) and
// torchtitan/components/optimizer/lr_scheduler.py at 970fbddb3284a3e7d5ed39f0a95ffa0c5019ea94
// (min_lr_factor). See the fixture's `source` and test/fixtures/megatron-torchtitan-traces.py.

interface TitanCase {
  name: string;
  version: 'old' | 'new';
  args: Record<string, unknown>;
  training_steps: number;
  steps: number;
  groups: number[];
  lrs: number[][];
  error?: { class: string; message: string; at: number };
}

const fixture = JSON.parse(
  readFileSync(
    new URL('../../test/fixtures/megatron-torchtitan-traces.json', import.meta.url),
    'utf8',
  ),
) as { source: Record<string, string>; torchtitan: TitanCase[] };

function close(actual: number, expected: number, where: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (actual !== expected && Math.abs(actual - expected) > 1e-12 * scale) {
    expect.fail(`${where}: expected ${expected}, got ${actual}`);
  }
}

describe('fromTorchtitan against torchtitan', () => {
  it('the fixture holds both versions', () => {
    expect(fixture.source.torchtitan_old).toContain('d282cf2ce9ca8049b4b8423c1d7578c80426576f');
    expect(fixture.torchtitan.filter((c) => c.version === 'new').length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixture.torchtitan.map((c) => [`${c.version} ${c.name}`, c] as const))('%s', (_n, c) => {
    const optimizer = { paramGroups: c.groups.map((lr) => ({ lr })) };
    const args = { ...c.args, training_steps: c.training_steps } as TorchtitanArgs;
    const scheduler = fromTorchtitan(optimizer, args, { onWarning: () => {} });
    c.lrs.forEach((row, step) => {
      if (step > 0) scheduler.step();
      row.forEach((lr, g) => {
        close(optimizer.paramGroups[g]!.lr, lr, `${c.name} step ${step}`);
      });
    });
    if (c.error) {
      const before = optimizer.paramGroups.map((g) => g.lr);
      expect(() => scheduler.step()).toThrow(ScheduleExhaustedError);
      expect(optimizer.paramGroups.map((g) => g.lr)).toEqual(before);
    }
  });
});

describe('fromTorchtitan', () => {
  it('total_steps overrides training_steps (torchtitan ≥ 40b54e47 keeps the curve of early-stopped runs)', () => {
    const a = scheduleFromTorchtitan({ warmup_steps: 2, total_steps: 20, training_steps: 5 });
    const b = scheduleFromTorchtitan({ warmup_steps: 2, training_steps: 20 });
    for (let k = 0; k <= 20; k++) expect(a.lrAt(k)).toBe(b.lrAt(k));
  });

  it('warns where torchtitan adjusts the warmup or the decay', () => {
    const warnings: string[] = [];
    scheduleFromTorchtitan(
      { warmup_steps: 30, decay_ratio: 0.5, training_steps: 10 },
      { onWarning: (m) => warnings.push(m) },
    );
    expect(warnings.length).toBe(2);
  });

  const hostile: [Record<string, unknown>, string][] = [
    [{ training_steps: 0 }, 'training_steps'],
    [{ training_steps: 10, decay_type: 'exp' }, 'decay_type'],
    [{ training_steps: 10, decay_ratio: 1.5 }, 'decay_ratio'],
    [{ training_steps: 10, lr_min: 2 }, 'lr_min'],
    [{ training_steps: 10, min_lr_factor: -0.1 }, 'min_lr_factor'],
    [{ training_steps: 10, lr_min: 0.1, min_lr_factor: 0.1 }, 'lr_min'],
    [{ training_steps: 10, warmup_steps: -1 }, 'warmup_steps'],
    [{ training_steps: 10, warmup: 3 }, 'warmup'],
    [{}, 'training_steps'],
  ];

  it.each(hostile)('%j is rejected naming %s', (args, parameter) => {
    const optimizer = { paramGroups: [{ lr: 0.5 }] };
    let error: unknown;
    try {
      fromTorchtitan(optimizer, args as TorchtitanArgs, { onWarning: () => {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).parameter).toBe(parameter);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.5);
  });
});

describe('the torchtitan spec', () => {
  it('rebuilds from JSON and previews as multipliers of the lr', async () => {
    const { scheduleFromSpec } = await import('../schedules/registry');
    const { preview } = await import('../preview/preview');
    const schedule = scheduleFromTorchtitan({
      warmup_steps: 3,
      decay_ratio: 0.5,
      training_steps: 12,
    });
    const rebuilt = scheduleFromSpec(JSON.parse(JSON.stringify(schedule.spec)));
    for (let k = 0; k <= 12; k++) expect(rebuilt.lrAt(k)).toBe(schedule.lrAt(k));
    const curve = preview({ version: 1, ...schedule.spec }, { steps: 13, baseLrs: [0.2] });
    close(curve.lr[0]![0]!, 0.2 / 3, 'step 0');
  });
});
