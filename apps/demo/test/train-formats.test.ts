import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTable, runCli } from './run-cli';

// Training reads the same files as plot. Schedules with an lrkit spec train on the runtimes;
// timm's and DeepSpeed's own schedulers have none, and training says so before it starts.

describe('lrkit-demo --schedule with other libraries’ files', () => {
  it('trains under a transformers file and a Hydra file, each stepped per --interval', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-train-formats-'));
    writeFileSync(
      join(dir, 'hf.json'),
      JSON.stringify({ name: 'cosine', num_warmup_steps: 2, num_training_steps: 24 }),
    );
    writeFileSync(
      join(dir, 'hydra.json'),
      JSON.stringify({ _target_: 'torch.optim.lr_scheduler.StepLR', step_size: 1, gamma: 0.5 }),
    );
    const result = await runCli(
      [
        '--runtime',
        'tfjs',
        '--epochs',
        '3',
        '--interval',
        'step',
        '--schedule',
        'hf.json',
        '--schedule',
        'hydra.json',
        '--out',
        'report.html',
      ],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    const rows = parseTable(result.stdout);
    expect(rows.map((r) => r.schedule)).toEqual(['constant', 'hf', 'hydra']);
    for (const row of rows) expect(Number.isFinite(row.trainLoss)).toBe(true);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('hf-cosine');
  }, 180_000);

  it('refuses timm and DeepSpeed schedulers before training, and an unrecognized file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-train-formats-'));
    writeFileSync(
      join(dir, 'timm.json'),
      JSON.stringify({ scheduler: 'CosineLRScheduler', kwargs: { t_initial: 10 } }),
    );
    writeFileSync(join(dir, 'ds.json'), JSON.stringify({ type: 'WarmupLR', params: {} }));
    writeFileSync(join(dir, 'odd.json'), JSON.stringify({ min_lr: 0.1 }));
    const train = (file: string) =>
      runCli(['--runtime', 'tfjs', '--epochs', '1', '--schedule', file], dir);
    const [timm, ds, odd] = await Promise.all([
      train('timm.json'),
      train('ds.json'),
      train('odd.json'),
    ]);

    for (const result of [timm, ds]) {
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/must have an lrkit spec to train with/);
      expect(result.stdout).not.toMatch(/runtime\s+schedule/);
    }
    expect(odd.code).not.toBe(0);
    expect(odd.stderr).toMatch(/odd\.json: must be a JSON object in a recognized format/);
  }, 180_000);
});
