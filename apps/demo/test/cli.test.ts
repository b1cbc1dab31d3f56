import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type SchedulerSpec } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { parseTable, runCli } from './run-cli';

interface ReportRun {
  runtime: string;
  schedule: string;
  spec: SchedulerSpec | null;
  interval: 'step' | 'epoch';
  stepLr: number[];
  stepBeta1: number[];
  epochs: { epoch: number; lr: number; trainLoss: number; valLoss: number; valAccuracy: number }[];
  final: { trainLoss: number; valLoss: number; valAccuracy: number };
}

const EPOCHS = 40;
const STEPS_PER_EPOCH = 8; // 512 training points, batch 64
const BASE_LR = 0.05;

describe('lrkit-demo train', () => {
  it('trains both runtimes under every preset, prints the table and writes the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-demo-'));
    const result = await runCli(['--epochs', String(EPOCHS), '--out', 'report.html'], dir);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);

    const rows = parseTable(result.stdout);
    const schedules = ['constant', 'warmup-cosine', 'one-cycle', 'plateau'];
    expect(rows.map((r) => `${r.runtime}/${r.schedule}`)).toEqual(
      ['tfjs', 'onnx'].flatMap((rt) => schedules.map((s) => `${rt}/${s}`)),
    );
    for (const row of rows) {
      expect(row.trainLoss).toBeGreaterThan(0);
      expect(row.trainLoss).toBeLessThan(0.3);
      expect(row.valAccuracy).toBeGreaterThan(0.85);
    }
    // The point of the demo: on the default task every schedule ends below the constant rate.
    for (const runtime of ['tfjs', 'onnx']) {
      const constant = rows.find((r) => r.runtime === runtime && r.schedule === 'constant');
      for (const schedule of schedules.slice(1)) {
        const row = rows.find((r) => r.runtime === runtime && r.schedule === schedule);
        expect(row?.trainLoss, `${runtime}/${schedule}`).toBeLessThan(constant?.trainLoss ?? 0);
      }
    }

    const report = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(result.stdout).toContain(join(dir, 'report.html'));
    expect(report).toMatch(/^<!doctype html>/);
    expect(report).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/); // self-contained
    for (const runtime of ['tfjs', 'onnx']) {
      expect(report).toContain(`<section data-runtime="${runtime}">`);
      expect(report).toContain(`${runtime}: learning rate per update`);
      expect(report).toContain(`${runtime}: training loss per epoch`);
    }
    const json = /<script type="application\/json" id="lrkit-results">(.*?)<\/script>/s.exec(
      report,
    );
    const runs = JSON.parse(json?.[1] ?? '[]') as ReportRun[];
    expect(runs).toHaveLength(8);
    for (const run of runs) {
      expect(run.epochs).toHaveLength(EPOCHS);
      expect(run.stepLr).toHaveLength(EPOCHS * STEPS_PER_EPOCH);
      const row = rows.find((r) => r.runtime === run.runtime && r.schedule === run.schedule);
      expect(row?.trainLoss).toBeCloseTo(run.final.trainLoss, 4);
      checkLrFollowsSchedule(run);
    }
  }, 240_000);
});

/** The runs embedded in a report as JSON. */
function reportRuns(path: string): ReportRun[] {
  const html = readFileSync(path, 'utf8');
  const json = /<script type="application\/json" id="lrkit-results">(.*?)<\/script>/s.exec(html);
  return JSON.parse(json?.[1] ?? '[]') as ReportRun[];
}

/** The lr each update used equals the core's preview of the run's spec (float32 for onnx). */
function checkLrFollowsSchedule(run: ReportRun): void {
  const label = `${run.runtime}/${run.schedule}`;
  if (run.spec === null) {
    expect(new Set(run.stepLr).size, label).toBe(1);
    expect(run.stepLr[0]).toBeCloseTo(BASE_LR, 7);
    return;
  }
  if (run.spec.type === 'ReduceLROnPlateau') {
    // Per epoch, on val_loss: the lr only ever halves, and only between epochs.
    const perEpoch = run.epochs.map((e) => e.lr);
    let previous = BASE_LR;
    for (const lr of perEpoch) {
      const ratio = lr / previous;
      expect(
        [1, 0.5].some((r) => Math.abs(ratio - r) < 1e-6),
        `${label} ratio ${ratio}`,
      ).toBe(true);
      previous = lr;
    }
    expect(Math.min(...perEpoch)).toBeLessThan(BASE_LR);
    return;
  }
  const curve = preview(run.spec, { steps: run.stepLr.length, baseLrs: [BASE_LR] });
  const expected = curve.lr[0] ?? [];
  run.stepLr.forEach((lr, i) => {
    expect(Math.abs(lr - (expected[i] as number)), `${label} step ${i}`).toBeLessThanOrEqual(
      Math.abs(expected[i] as number) * 1e-6,
    );
  });
  // OneCycleLR cycles Adam's beta1 (0.95 → 0.85 → 0.95) in both runtimes, as the core's momentum.
  const momentum = curve.momentum?.[0];
  if (run.spec.type === 'OneCycleLR') {
    expect(momentum, label).toBeDefined();
    expect(Math.min(...run.stepBeta1)).toBeCloseTo(0.85, 6);
    run.stepBeta1.forEach((beta1, i) => {
      expect(beta1, `${label} beta1 at ${i}`).toBeCloseTo(momentum?.[i] as number, 12);
    });
  } else {
    expect(new Set(run.stepBeta1), label).toEqual(new Set([0.9]));
  }
}

describe('lrkit-demo custom schedules', () => {
  it('compares PyTorch-style text and JSON spec files with the constant rate, per epoch or per batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-demo-'));
    writeFileSync(
      join(dir, 'step.json'),
      JSON.stringify({ version: 1, type: 'StepLR', stepSize: 2, gamma: 0.5 }),
    );
    const [perEpoch, perStep] = await Promise.all([
      runCli(
        [
          '--runtime',
          'onnx',
          '--epochs',
          '6',
          '--schedule',
          'CosineAnnealingLR(T_max=6)',
          '--schedule',
          'step.json',
          '--out',
          'epoch.html',
        ],
        dir,
      ),
      runCli(
        [
          '--runtime',
          'onnx',
          '--epochs',
          '6',
          '--schedule',
          'LinearLR(start_factor=0.1, total_iters=48)',
          '--interval',
          'step',
          '--out',
          'step.html',
        ],
        dir,
      ),
    ]);
    expect(perEpoch.code, perEpoch.stderr).toBe(0);
    expect(parseTable(perEpoch.stdout).map((r) => `${r.runtime}/${r.schedule}`)).toEqual([
      'onnx/constant',
      'onnx/cosine-annealing-lr',
      'onnx/step-lr',
    ]);
    const runs = reportRuns(join(dir, 'epoch.html'));
    const step = runs.find((r) => r.schedule === 'step-lr');
    // Stepped per epoch: the 8 updates of an epoch share its lr; StepLR halves it every 2 epochs.
    expect(step?.stepLr.filter((_, i) => i % 8 === 0)).toEqual(
      [0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125].map((v) => expect.closeTo(v, 8)),
    );
    expect(new Set(step?.stepLr.slice(0, 8)).size).toBe(1);

    expect(perStep.code, perStep.stderr).toBe(0);
    const linear = reportRuns(join(dir, 'step.html')).find((r) => r.schedule === 'linear-lr');
    const expected =
      preview(linear?.spec as SchedulerSpec, { steps: 48, baseLrs: [BASE_LR] }).lr[0] ?? [];
    linear?.stepLr.forEach((lr, i) => {
      expect(lr).toBeCloseTo(expected[i] as number, 8);
    });
  }, 120_000);
});

describe('lrkit-demo options', () => {
  it('--help explains the training options and the plot command', async () => {
    const [root, plot] = await Promise.all([runCli(['--help']), runCli(['plot', '--help'])]);
    expect(root.code).toBe(0);
    for (const option of ['--runtime', '--schedule', '--epochs', '--seed', '--out', '--lr']) {
      expect(root.stdout).toContain(option);
    }
    expect(root.stdout).toMatch(/plot \[options\] <schedule>/);
    expect(plot.code).toBe(0);
    for (const option of ['--steps', '--csv', '--svg']) expect(plot.stdout).toContain(option);
  });

  it('rejects bad options with a clear message and a non-zero exit', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--runtime', 'pytorch'],
        /--runtime.*pytorch.*tfjs, onnx, all|Allowed choices are tfjs, onnx, all/,
      ],
      [['--epochs', '0'], /--epochs.*whole number from 1/],
      [['--schedule', 'NoSuchLR(x=1)'], /NoSuchLR/],
      [['--schedule', 'CosineAnnealingLR(T_max=0)'], /T_max|tMax/],
      [['--schedule', 'missing-file.json'], /missing-file\.json/],
      [['--no-such-option'], /unknown option/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    results.forEach((result, i) => {
      const [args, message] = cases[i] as [string[], RegExp];
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout, args.join(' ')).not.toMatch(/runtime\s+schedule/);
    });
  });
});
