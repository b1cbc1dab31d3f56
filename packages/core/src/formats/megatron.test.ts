import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import {
  fromMegatron,
  type MegatronArgs,
  scheduleFromMegatron,
  weightDecayFromMegatron,
} from './megatron';

// Oracle: test/fixtures/megatron-torchtitan-traces.json, recorded by running NVIDIA/Megatron-LM
// megatron/core/optimizer_param_scheduler.py at 3d87bfc1b71cbb6473da1a4142ed5d99773ff701 itself
// (see the fixture's `source` and test/fixtures/megatron-torchtitan-traces.py).

interface MegatronCase {
  name: string;
  args: Record<string, unknown>;
  steps: number;
  lrs?: number[][];
  weight_decays?: number[][];
  error?: { class: string; message: string; at: number };
}

const fixture = JSON.parse(
  readFileSync(
    new URL('../../test/fixtures/megatron-torchtitan-traces.json', import.meta.url),
    'utf8',
  ),
) as { source: Record<string, string>; megatron: MegatronCase[] };

function close(actual: number, expected: number, where: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (actual !== expected && Math.abs(actual - expected) > 1e-12 * scale) {
    expect.fail(`${where}: expected ${expected}, got ${actual}`);
  }
}

const traced = fixture.megatron.filter((c) => !c.error);
const rejected = fixture.megatron.filter((c) => c.error);

describe('fromMegatron against Megatron-Core', () => {
  it('the fixture is the recorded one', () => {
    expect(fixture.source.megatron).toContain('3d87bfc1b71cbb6473da1a4142ed5d99773ff701');
    expect(traced.length).toBeGreaterThanOrEqual(12);
  });

  it.each(traced.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const optimizer = { paramGroups: [{ lr: 0.5 }, { lr: 0.25 }] };
    const scheduler = fromMegatron(optimizer, c.args as unknown as MegatronArgs);
    c.lrs!.forEach((row, step) => {
      if (step > 0) scheduler.step();
      row.forEach((lr, g) => {
        close(optimizer.paramGroups[g]!.lr, lr, `${c.name} step ${step}`);
      });
    });
    if ('start_wd' in c.args) {
      const wd = weightDecayFromMegatron(c.args as unknown as MegatronArgs);
      c.weight_decays!.forEach((row, step) => {
        close(wd.lrAt(step), row[0]!, `${c.name} wd ${step}`);
      });
    }
  });

  it.each(rejected.map((c) => [c.name, c] as const))(
    '%s is rejected at construction',
    (_name, c) => {
      const optimizer = { paramGroups: [{ lr: 0.5 }] };
      expect(() => fromMegatron(optimizer, c.args as unknown as MegatronArgs)).toThrow(
        InvalidArgumentError,
      );
      expect(optimizer.paramGroups[0]!.lr).toBe(0.5);
    },
  );
});

describe('fromMegatron', () => {
  const base: MegatronArgs = {
    init_lr: 0,
    max_lr: 1e-3,
    min_lr: 1e-5,
    lr_warmup_steps: 2,
    lr_decay_steps: 10,
    lr_decay_style: 'cosine',
  };

  const hostile: [Record<string, unknown>, string][] = [
    [{ max_lr: Number.NaN }, 'max_lr'],
    [{ min_lr: -1 }, 'min_lr'],
    [{ lr_decay_style: 'WSD', wsd_decay_steps: 3 }, 'lr_wsd_decay_style'],
    [
      { lr_decay_style: 'WSD', wsd_decay_steps: 3, lr_wsd_decay_style: 'sqrt' },
      'lr_wsd_decay_style',
    ],
    [{ lr_warmup_steps: 1.5 }, 'lr_warmup_steps'],
    [{ lr_decay_iters: 10 }, 'lr_decay_iters'],
    [{ start_wd: 0.1 }, 'end_wd'],
    [{ start_wd: 0.1, end_wd: 0.01, wd_incr_steps: 5, wd_incr_style: 'linear' }, 'end_wd'],
    [{ start_wd: 0.1, end_wd: 0.2, wd_incr_steps: 5, wd_incr_style: 'constant' }, 'end_wd'],
    [{ override_opt_param_scheduler: true }, 'override_opt_param_scheduler'],
    [{ lr_decay_style: undefined }, 'lr_decay_style'],
  ];

  it.each(hostile)('%j is rejected naming %s', (patch, parameter) => {
    const optimizer = { paramGroups: [{ lr: 0.5 }] };
    let error: unknown;
    try {
      fromMegatron(optimizer, { ...base, ...patch } as MegatronArgs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).parameter).toBe(parameter);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.5);
  });

  it('is a closed form: the spec rebuilds the same curve', () => {
    const schedule = scheduleFromMegatron({
      ...base,
      lr_decay_style: 'WSD',
      wsd_decay_steps: 4,
      lr_wsd_decay_style: 'exponential',
    });
    expect(schedule.spec).toMatchObject({ type: 'megatron', decayStyle: 'WSD', wsdDecaySteps: 4 });
    expect(schedule.lrAt(10)).toBeCloseTo(1e-5, 15);
    expect(schedule.lrAt(11)).toBe(1e-5);
  });
});

describe('the megatron spec', () => {
  it('rebuilds from JSON with the same values', async () => {
    const { scheduleFromSpec } = await import('../schedules/registry');
    const args: MegatronArgs = {
      init_lr: 0,
      max_lr: 1,
      min_lr: 0.1,
      lr_warmup_steps: 2,
      lr_decay_steps: 9,
      lr_decay_style: 'inverse-square-root',
    };
    const schedule = scheduleFromMegatron(args);
    const rebuilt = scheduleFromSpec(JSON.parse(JSON.stringify(schedule.spec)));
    for (let k = 0; k <= 12; k++) expect(rebuilt.lrAt(k)).toBe(schedule.lrAt(k));
    const wd = weightDecayFromMegatron({
      ...args,
      start_wd: 0,
      end_wd: 0.1,
      wd_incr_steps: 4,
      wd_incr_style: 'cosine',
    });
    expect(scheduleFromSpec(wd.spec).lrAt(2)).toBe(wd.lrAt(2));
  });
});
