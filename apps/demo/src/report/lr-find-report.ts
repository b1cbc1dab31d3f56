import type { LrFinderResult } from '@lrkit/core';
import type { RunResult } from '../runtimes/runtime';
import { finalOf } from './results-table';
import { lineChartSvg, PALETTE, type Series } from './svg-chart';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Points fastai's plot leaves out at the end (the explosion would flatten the curve). */
const SKIP_END = 5;

/**
 * The range test's smoothed loss against log10(lr), each suggestion a dashed vertical line; the
 * last points are left out as fastai's `plot_lr_find` does.
 */
export function rangeTestSvg(result: LrFinderResult): string {
  const n = result.lrs.length > 2 * SKIP_END ? result.lrs.length - SKIP_END : result.lrs.length;
  const xs = result.lrs.slice(0, n).map(Math.log10);
  const ys = result.smoothed.slice(0, n);
  const finite = ys.filter(Number.isFinite);
  const [low, high] = [Math.min(...finite), Math.max(...finite)];
  const markers: Series[] = Object.entries(result.suggestions).flatMap(([method, s], i) =>
    s
      ? [
          {
            name: `${method} ${s.lr.toExponential(2)}`,
            xs: [Math.log10(s.lr), Math.log10(s.lr)],
            ys: [low, high],
            dashed: true,
            color: PALETTE[(i + 2) % PALETTE.length] as string,
          },
        ]
      : [],
  );
  return lineChartSvg(
    [{ name: 'smoothed loss', xs, ys, color: PALETTE[1] as string }, ...markers],
    {
      title: `LR range test (${result.style}): smoothed training loss`,
      xLabel: 'log10(learning rate)',
      yLabel: 'loss',
      includeZero: false,
    },
  );
}

export interface LrFindReportInput {
  readonly result: LrFinderResult;
  readonly runtime: string;
  readonly runs: readonly RunResult[];
  readonly settings: Readonly<Record<string, string | number>>;
}

function suggestionsHtml(result: LrFinderResult): string {
  const rows = Object.entries(result.suggestions).map(([method, s]) => {
    const lr = s ? s.lr.toExponential(3) : '— (too few points)';
    const mark = method === result.method ? ' (used)' : '';
    return `<tr><td>${escapeXml(method + mark)}</td><td>${lr}</td><td>${s ? s.index : ''}</td></tr>`;
  });
  return `<table><thead><tr><th>method</th><th>suggested lr</th><th>at batch</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function runsHtml(runs: readonly RunResult[]): string {
  const rows = runs.map((r) => {
    const f = finalOf(r);
    return `<tr><td>${escapeXml(r.schedule)}</td><td><code>${escapeXml(r.description)}</code></td><td>${f.trainLoss.toFixed(4)}</td><td>${f.valLoss.toFixed(4)}</td><td>${(f.valAccuracy * 100).toFixed(1)}%</td></tr>`;
  });
  return `<table><thead><tr><th>schedule</th><th>settings</th><th>train loss</th><th>val loss</th><th>val acc</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The whole report: settings, the range test with its suggestions, and the two training runs. */
export function lrFindReport(input: LrFindReportInput): string {
  const { result, runs } = input;
  const settings = Object.entries(input.settings)
    .map(([k, v]) => `<dt>${escapeXml(k)}</dt><dd>${escapeXml(String(v))}</dd>`)
    .join('');
  const loss = lineChartSvg(
    runs.map((r, i) => ({
      name: r.schedule,
      ys: r.epochs.map((e) => e.trainLoss),
      xs: r.epochs.map((e) => e.epoch),
      color: PALETTE[i === 0 ? 0 : 2] as string,
    })),
    { title: 'training loss per epoch', xLabel: 'epoch', yLabel: 'loss', logY: true },
  );
  const lr = lineChartSvg(
    runs.map((r, i) => ({
      name: r.schedule,
      ys: r.stepLr,
      color: PALETTE[i === 0 ? 0 : 2] as string,
    })),
    { title: 'learning rate per update', xLabel: 'update', yLabel: 'lr' },
  );
  const data = JSON.stringify({ result: result.toJSON(), runs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>lrkit LR range test (${escapeXml(input.runtime)})</title>
<style>
body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1360px; padding: 0 16px; color: #111827; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dt { color: #6b7280; } dd { margin: 0; }
table { border-collapse: collapse; margin: 16px 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 4px 10px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.charts svg { border: 1px solid #e5e7eb; border-radius: 6px; max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>LR range test on ${escapeXml(input.runtime)}</h1>
<dl>${settings}</dl>
<div class="charts" id="range-test">${rangeTestSvg(result)}</div>
${suggestionsHtml(result)}
<h2>OneCycle with the suggestion next to the constant rate</h2>
${runsHtml(runs)}
<div class="charts">${loss}${lr}</div>
<script type="application/json" id="lrkit-lr-find">${data}</script>
</body>
</html>
`;
}
