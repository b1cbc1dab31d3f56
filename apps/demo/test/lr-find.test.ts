import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTable, runCli } from './run-cli';

interface ReportData {
  result: {
    style: string;
    lrs: number[];
    smoothed: number[];
    stoppedAt: number | null;
    method: string;
    suggestions: Record<string, { lr: number; index: number } | null>;
  };
  runs: { schedule: string; stepLr: number[] }[];
}

function reportData(html: string): ReportData {
  const json = /<script type="application\/json" id="lrkit-lr-find">([\s\S]*?)<\/script>/.exec(
    html,
  );
  if (!json) throw new Error('no data in the report');
  return JSON.parse(json[1] as string) as ReportData;
}

describe.each(['onnx', 'tfjs'])('lrkit-demo lr-find --runtime %s', (runtime) => {
  it('charts the range test, prints the suggestions, trains OneCycle with it next to the constant rate and writes the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-lr-find-'));
    const result = await runCli(
      ['lr-find', '--runtime', runtime, '--epochs', '8', '--out', 'lr.html', '--svg', 'curve.svg'],
      dir,
    );
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/LR range test \(fastai, \d+ batches/);
    expect(result.stdout).toMatch(/valley\s+\d\.\d{3}e-\d+ \(batch \d+\)\s+← used/);
    const rows = parseTable(result.stdout);
    expect(rows.map((r) => r.schedule)).toEqual(['constant', 'one-cycle']);
    for (const row of rows) expect(row.valAccuracy).toBeGreaterThan(0.6);

    const html = readFileSync(join(dir, 'lr.html'), 'utf8');
    const data = reportData(html);
    const valley = data.result.suggestions.valley!;
    expect(data.result.method).toBe('valley');
    expect(data.result.lrs[valley.index]).toBe(valley.lr);
    // the constant run trains at the suggestion, OneCycle peaks at it
    const [constant, oneCycle] = data.runs;
    expect(new Set(constant!.stepLr)).toEqual(new Set([expect.closeTo(valley.lr, 6)]));
    // (OneCycle's peak falls between two updates, so the highest update lr is just under it)
    const peak = Math.max(...oneCycle!.stepLr);
    expect(peak).toBeLessThanOrEqual(valley.lr * (1 + 1e-6));
    expect(peak).toBeGreaterThan(valley.lr * 0.99);
    // the chart marks every suggestion
    for (const [method, s] of Object.entries(data.result.suggestions)) {
      if (s) expect(html).toContain(`${method} ${s.lr.toExponential(2)}`);
    }
    const svg = readFileSync(join(dir, 'curve.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('smoothed loss');
  }, 240_000);
});

describe('lrkit-demo lr-find input', () => {
  it('rejects a bad option with a message and exit code 1, before training', async () => {
    const result = await runCli(['lr-find', '--num-it', '0']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/num-it.*whole number from 1/);
    const style = await runCli(['lr-find', '--style', 'keras']);
    expect(style.code).not.toBe(0);
    expect(style.stderr).toMatch(/Allowed choices are fastai, lightning/);
  });

  it('Lightning style: its own suggestion is the one used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrkit-lr-find-'));
    const result = await runCli(
      ['lr-find', '--runtime', 'onnx', '--style', 'lightning', '--epochs', '2', '--out', 'l.html'],
      dir,
    );
    expect(result.code).toBe(0);
    const data = reportData(readFileSync(join(dir, 'l.html'), 'utf8'));
    expect(data.result.style).toBe('lightning');
    expect(Object.keys(data.result.suggestions)).toEqual(['lightning']);
    expect(result.stdout).toMatch(/lightning\s+\d\.\d{3}e-\d+ \(batch \d+\)\s+← used/);
  }, 240_000);
});
