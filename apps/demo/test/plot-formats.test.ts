import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fromDeepSpeed,
  fromHf,
  fromHfTrainingArguments,
  fromHydra,
  fromKeras,
  fromLightning,
  fromMegatron,
  fromTimm,
  fromTimmArgs,
  fromTorch,
  fromTorchtitan,
  type Optimizer,
  ScheduleLR,
  type Scheduler,
} from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Every format the plot reads, through the real CLI: its CSV must hold the lrs that the core's
// importer gives when stepped here directly, the way each library steps its scheduler.

const BASE_LR = 0.1;

interface Direct {
  optimizer: Optimizer;
  group: { lr: number };
}

function optimizer(): Direct {
  const group = { lr: BASE_LR, betas: [0.9, 0.999] as [number, number] };
  return { optimizer: { paramGroups: [group], defaults: { lr: BASE_LR } }, group };
}

/** lrs[0] is what construction writes; then `advance(i)` moves to step i. */
function trace(
  steps: number,
  build: (o: Optimizer) => Scheduler | ((i: number) => void),
): number[] {
  const { optimizer: o, group } = optimizer();
  const built = build(o);
  const advance = typeof built === 'function' ? built : () => built.step();
  const lrs: number[] = [];
  for (let i = 0; i < steps; i++) {
    if (i > 0) advance(i);
    lrs.push(group.lr);
  }
  return lrs;
}

function csvLrs(file: string): number[] {
  const rows = readFileSync(file, 'utf8').trim().split('\n');
  expect(rows[0]).toBe('step,lr');
  return rows.slice(1).map((row) => Number(row.split(',')[1]));
}

async function plot(json: unknown, steps: number, extra: readonly string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-formats-'));
  writeFileSync(join(dir, 'schedule.json'), JSON.stringify(json));
  const result = await runCli(
    ['plot', 'schedule.json', '--steps', String(steps), '--csv', 'lr.csv', ...extra],
    dir,
  );
  expect(result.code, result.stderr).toBe(0);
  return { ...result, lrs: csvLrs(join(dir, 'lr.csv')), dir };
}

const deepSpeedSection = {
  type: 'WarmupDecayLR',
  params: { total_num_steps: 40, warmup_max_lr: 0.01, warmup_num_steps: 8, warmup_type: 'linear' },
};
const oneCycle = {
  type: 'OneCycle',
  params: {
    cycle_min_lr: 0.001,
    cycle_max_lr: 0.01,
    cycle_first_step_size: 10,
    decay_step_size: 5,
  },
};
const timmCosine = {
  scheduler: 'CosineLRScheduler',
  kwargs: { t_initial: 20, warmup_t: 3, warmup_lr_init: 0.001, lr_min: 0.002 },
};
const timmPerUpdate = {
  scheduler: 'StepLRScheduler',
  kwargs: { decay_t: 7, decay_rate: 0.5, t_in_epochs: false },
};
const timmArgs = {
  sched: 'multistep',
  num_epochs: 30,
  decay_milestones: [5, 12],
  warmup_epochs: 2,
};
const keras = {
  class_name: 'ExponentialDecay',
  config: { initial_learning_rate: 0.05, decay_steps: 6, decay_rate: 0.5, staircase: true },
};
const megatron = {
  init_lr: 0,
  max_lr: 0.02,
  min_lr: 0.002,
  lr_warmup_steps: 5,
  lr_decay_steps: 35,
  lr_decay_style: 'cosine',
};
const torchtitan = { warmup_steps: 5, decay_ratio: 0.5, decay_type: 'cosine', training_steps: 40 };

describe('lrkit-demo plot reads other libraries’ schedule files', () => {
  it('a whole DeepSpeed config, stepped once per optimizer step as the engine does', async () => {
    const config = {
      train_batch_size: 8,
      optimizer: { type: 'Adam' },
      scheduler: deepSpeedSection,
    };
    const { lrs, stdout } = await plot(config, 45);
    expect(lrs).toEqual(trace(45, (o) => fromDeepSpeed(o, deepSpeedSection)));
    expect(stdout).toMatch(/stepping: one step = one optimizer step \(DeepSpeed/);
    expect(stdout).toContain(`DeepSpeed ${JSON.stringify(deepSpeedSection)}, base lr 0.1`);
  });

  it('a DeepSpeed scheduler section (OneCycle with its decay phase)', async () => {
    const { lrs } = await plot(oneCycle, 40);
    expect(lrs).toEqual(trace(40, (o) => fromDeepSpeed(o, oneCycle)));
    expect(new Set(lrs).size).toBeGreaterThan(10);
  });

  it('transformers get_scheduler arguments', async () => {
    const config = { name: 'cosine', num_warmup_steps: 5, num_training_steps: 40 } as const;
    const { lrs, stdout } = await plot(config, 40);
    expect(lrs).toEqual(trace(40, (o) => fromHf(o, config)));
    expect(stdout).toMatch(/stepping: one step = one optimizer step \(transformers/);
  });

  it('transformers TrainingArguments (warmup_ratio of max_steps)', async () => {
    const config = { lr_scheduler_type: 'linear', warmup_ratio: 0.1, max_steps: 50 } as const;
    const { lrs } = await plot(config, 50);
    expect(lrs).toEqual(trace(50, (o) => fromHfTrainingArguments(o, config).scheduler));
    expect(lrs[1]).toBeCloseTo(BASE_LR / 5, 15);
  });

  it('a timm scheduler stepped per epoch, and one stepped per update', async () => {
    const [epochs, updates] = await Promise.all([plot(timmCosine, 25), plot(timmPerUpdate, 30)]);
    expect(epochs.lrs).toEqual(
      trace(25, (o) => {
        const s = fromTimm(o, timmCosine as Parameters<typeof fromTimm>[1]);
        return (i) => s.step(i);
      }),
    );
    expect(epochs.stdout).toMatch(/stepping: one step = one epoch \(timm calls step\(epoch\)/);
    expect(updates.lrs).toEqual(
      trace(30, (o) => {
        const s = fromTimm(o, timmPerUpdate as Parameters<typeof fromTimm>[1]);
        return (i) => (s as { stepUpdate: (n: number) => void }).stepUpdate(i);
      }),
    );
    expect(updates.stdout).toMatch(/one optimizer update \(timm calls step_update/);
  });

  it('timm create_scheduler_v2 arguments', async () => {
    const { lrs } = await plot(timmArgs, 32);
    expect(lrs).toEqual(
      trace(32, (o) => {
        const { scheduler } = fromTimmArgs(o, timmArgs as Parameters<typeof fromTimmArgs>[1]);
        return (i) => scheduler.step(i);
      }),
    );
  });

  it('a serialized Keras schedule (absolute lrs per optimizer step)', async () => {
    const { lrs } = await plot(keras, 20);
    const schedule = fromKeras(keras);
    expect(lrs).toEqual(trace(20, (o) => new ScheduleLR(o, { schedule, scale: 'absolute' })));
    expect(lrs[6]).toBe(0.025);
  });

  it('LightningCLI and Hydra configs of torch schedulers', async () => {
    const lightning = {
      class_path: 'torch.optim.lr_scheduler.StepLR',
      init_args: { step_size: 5, gamma: 0.5 },
    };
    const hydra = { _target_: 'torch.optim.lr_scheduler.CosineAnnealingLR', T_max: 12 };
    const [l, h] = await Promise.all([plot(lightning, 20), plot(hydra, 30)]);
    expect(l.lrs).toEqual(trace(20, (o) => fromLightning(o, lightning)));
    expect(h.lrs).toEqual(trace(30, (o) => fromHydra(o, hydra)));
  });

  it('Megatron-Core and torchtitan arguments', async () => {
    const [m, t] = await Promise.all([plot(megatron, 45), plot(torchtitan, 40)]);
    expect(m.lrs).toEqual(
      trace(45, (o) => fromMegatron(o, megatron as Parameters<typeof fromMegatron>[1])),
    );
    expect(t.lrs).toEqual(
      trace(40, (o) => fromTorchtitan(o, torchtitan as Parameters<typeof fromTorchtitan>[1])),
    );
  });

  it('SWALR through a PyTorch config', async () => {
    const config = { scheduler: 'SWALR', kwargs: { swa_lr: 0.02, anneal_epochs: 6 } };
    const { lrs } = await plot(config, 12);
    expect(lrs).toEqual(trace(12, (o) => fromTorch(o, config)));
  });

  it('a timm plateau scheduler, plotted with a metric that never improves', async () => {
    const config = {
      scheduler: 'PlateauLRScheduler',
      kwargs: { decay_rate: 0.5, patience_t: 2, mode: 'min' },
    };
    const { lrs, stdout } = await plot(config, 20);
    expect(lrs).toEqual(
      trace(20, (o) => {
        const s = fromTimm(o, config as Parameters<typeof fromTimm>[1]);
        return (i) => s.step(i, 1);
      }),
    );
    expect(Math.min(...lrs)).toBeLessThan(BASE_LR);
    expect(stdout).toMatch(/its metric never improves/);
  });

  it('inline JSON, and what the library would warn about, once on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-formats-'));
    const inline = { name: 'constant_with_warmup', num_warmup_steps: 4 } as const;
    const warmup = { type: 'WarmupLR', params: { warmup_type: 'cubic', warmup_num_steps: 5 } };
    writeFileSync(join(dir, 'warmup.json'), JSON.stringify(warmup));
    const [i, w] = await Promise.all([
      runCli(['plot', JSON.stringify(inline), '--steps', '8', '--csv', 'i.csv'], dir),
      runCli(['plot', 'warmup.json', '--steps', '8', '--csv', 'w.csv'], dir),
    ]);
    expect(i.code, i.stderr).toBe(0);
    expect(csvLrs(join(dir, 'i.csv'))).toEqual(trace(8, (o) => fromHf(o, inline)));
    expect(w.code, w.stderr).toBe(0);
    expect(csvLrs(join(dir, 'w.csv'))).toEqual(
      trace(8, (o) => fromDeepSpeed(o, warmup, { onWarning: () => {} })),
    );
    expect(w.stderr.match(/unknown warmup_type 'cubic'/g)).toHaveLength(1);
  });

  it('--format names a format whose keys alone do not decide it', async () => {
    const config = { warmup_steps: 4, training_steps: 20 };
    const hfArgs = { warmup_steps: 4, max_steps: 20 };
    const [t, h] = await Promise.all([
      plot(config, 20, ['--format', 'torchtitan']),
      plot(hfArgs, 20, ['--format', 'hf-training-arguments']),
    ]);
    expect(t.lrs).toEqual(trace(20, (o) => fromTorchtitan(o, config)));
    expect(h.lrs).toEqual(trace(20, (o) => fromHfTrainingArguments(o, hfArgs).scheduler));
  });
});

async function refused(json: unknown, extra: readonly string[] = [], file = 'schedule.json') {
  const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-formats-'));
  writeFileSync(join(dir, file), typeof json === 'string' ? json : JSON.stringify(json));
  const result = await runCli(['plot', file, '--csv', 'lr.csv', ...extra], dir);
  expect(result.code).not.toBe(0);
  expect(() => readFileSync(join(dir, 'lr.csv'))).toThrow();
  return result.stderr;
}

describe('lrkit-demo plot refuses what it cannot read', () => {
  it('an unknown object, listing every recognized shape', async () => {
    const stderr = await refused({ warmup_steps: 5 });
    expect(stderr).toMatch(/must be a JSON object in a recognized format/);
    for (const name of ['spec:', 'torch:', 'deepspeed:', 'hf:', 'hf-training-arguments:']) {
      expect(stderr).toContain(name);
    }
    for (const name of ['timm:', 'timm-args:', 'keras:', 'lightning:', 'hydra:', 'megatron:']) {
      expect(stderr).toContain(name);
    }
    expect(stderr).toContain('torchtitan:');
  });

  it('an ambiguous object, naming the formats it fits', async () => {
    const stderr = await refused({ sched: 'cosine', max_lr: 0.1 });
    expect(stderr).toMatch(/its keys fit timm-args and megatron \(name one with --format\)/);
  });

  it('JSON that is not an object, and a file that is not JSON', async () => {
    expect(await refused([1, 2])).toMatch(/recognized format/);
    expect(await refused('{ "type": ')).toMatch(/valid JSON/);
  });

  it('a config its importer rejects, in the library’s own names', async () => {
    const stderr = await refused({ type: 'WarmupLR', params: { warmup_num_steps: 'ten' } });
    expect(stderr).toMatch(/params.warmup_num_steps: must be a finite number/);
    expect(await refused({ name: 'no_such_schedule', num_training_steps: 10 })).toMatch(
      /no_such_schedule/,
    );
  });

  it('an unknown --format, and --format given for a schedule that is not JSON', async () => {
    expect(await refused(megatron, ['--format', 'yaml'])).toMatch(/yaml/);
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-formats-'));
    const text = await runCli(['plot', 'StepLR(step_size=3)', '--format', 'hf'], dir);
    expect(text.code).not.toBe(0);
    expect(text.stderr).toMatch(/parameter format: must name the format of a JSON schedule/);
  });

  it('--format naming a format the file is not in', async () => {
    expect(await refused({ class_name: 'CosineDecay' }, ['--format', 'spec'])).toMatch(
      /must be an lrkit spec/,
    );
  });

  it('--torch for timm and DeepSpeed schedulers, which have no spec', async () => {
    for (const config of [timmCosine, oneCycle]) {
      const stderr = await refused(config, ['--torch', 'out.py']);
      expect(stderr).toMatch(/parameter torch: .*has no lrkit spec.*no PyTorch code/);
    }
  });
});
