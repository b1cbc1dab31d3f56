import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromTorch } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

function torchTrace(steps: number): number[] {
  const group = { lr: 0.1 };
  const scheduler = fromTorch(
    { paramGroups: [group] },
    { scheduler: 'StepLR', kwargs: { step_size: 3, gamma: 0.5 } },
  );
  const lrs: number[] = [];
  for (let i = 0; i < steps; i++) {
    lrs.push(group.lr);
    scheduler.step();
  }
  return lrs;
}

describe('lrkit-demo plot', () => {
  it('plots a PyTorch-style schedule in the terminal and writes CSV and SVG of its curve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-'));
    const result = await runCli(
      [
        'plot',
        'StepLR(step_size=3, gamma=0.5)',
        '--steps',
        '10',
        '--csv',
        'lr.csv',
        '--svg',
        'lr.svg',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('StepLR(step_size=3, gamma=0.5)');
    expect(result.stdout).toMatch(/[┼┤╭╮╰╯─]/);
    const rows = readFileSync(join(dir, 'lr.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('step,lr');
    const lrs = rows.slice(1).map((row) => Number(row.split(',')[1]));
    expect(lrs).toEqual(torchTrace(10));
    const svg = readFileSync(join(dir, 'lr.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(/<path d="([^"]+)"/.exec(svg)?.[1]?.match(/[ML]/g)).toHaveLength(10);
  });

  it('takes --lr after plot as the base lr of the plotted schedule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-'));
    const result = await runCli(
      ['plot', 'StepLR(step_size=3, gamma=0.5)', '--steps', '7', '--lr', '0.4', '--csv', 'lr.csv'],
      dir,
    );
    expect(result.code).toBe(0);
    const rows = readFileSync(join(dir, 'lr.csv'), 'utf8').trim().split('\n').slice(1);
    const lrs = rows.map((row) => Number(row.split(',')[1]));
    expect(lrs).toEqual(torchTrace(7).map((lr) => lr * 4));
  });

  it('plots JSON spec files and presets, and says how it shows a metric-driven schedule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-plot-'));
    writeFileSync(
      join(dir, 'step.json'),
      JSON.stringify({ version: 1, type: 'StepLR', stepSize: 3, gamma: 0.5 }),
    );
    const [spec, plateau] = await Promise.all([
      runCli(['plot', 'step.json', '--steps', '10', '--csv', 'spec.csv'], dir),
      runCli(['plot', 'plateau', '--steps', '30'], dir),
    ]);
    expect(spec.code).toBe(0);
    const lrs = readFileSync(join(dir, 'spec.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => Number(r.split(',')[1]));
    expect(lrs).toEqual(torchTrace(10));
    expect(plateau.code).toBe(0);
    expect(plateau.stdout).toMatch(/ReduceLROnPlateau.*never improved/s);
  });
});
