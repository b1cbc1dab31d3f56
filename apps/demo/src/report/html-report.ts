import type { Dataset } from '../data/spirals';
import type { RunResult } from '../runtimes/runtime';
import { finalOf } from './results-table';
import { lineChartSvg, PALETTE } from './svg-chart';
import { comparisonSentence, validationFindings } from './validation-findings';

export interface ReportInput {
  readonly results: readonly RunResult[];
  readonly settings: Readonly<Record<string, string | number>>;
  readonly train: Dataset;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same colour for a schedule in every chart. */
function colorFor(results: readonly RunResult[]): (schedule: string) => string {
  const names = [...new Set(results.map((r) => r.schedule))];
  return (schedule) => PALETTE[names.indexOf(schedule) % PALETTE.length] as string;
}

function scatterSvg(data: Dataset): string {
  const size = 260;
  const dots: string[] = [];
  for (let i = 0; i < data.count; i++) {
    const x = (((data.x[2 * i] as number) + 1.3) / 2.6) * size;
    const y = (1 - ((data.x[2 * i + 1] as number) + 1.3) / 2.6) * size;
    const fill = data.y[i] ? '#dc2626' : '#2563eb';
    dots.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.2" fill="${fill}" fill-opacity="0.7"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="training data"><rect width="${size}" height="${size}" fill="#fff" stroke="#e5e7eb"/>${dots.join('')}</svg>`;
}

/** One sentence per runtime: how each schedule's final training loss compares with the constant rate. */
function summaryHtml(results: readonly RunResult[]): string {
  const runtimes = [...new Set(results.map((r) => r.runtime))];
  const lines = runtimes.flatMap((runtime) => {
    const runs = results.filter((r) => r.runtime === runtime);
    const constant = runs.find((r) => r.schedule === 'constant');
    if (!constant) return [];
    const base = finalOf(constant).trainLoss;
    const parts = runs
      .filter((r) => r !== constant)
      .map((r) => {
        const change = ((finalOf(r).trainLoss - base) / base) * 100;
        return `${escapeXml(r.schedule)} ${change <= 0 ? '' : '+'}${change.toFixed(0)}%`;
      });
    return parts.length
      ? [
          `<li><b>${runtime}</b>: final training loss against the constant rate: ${parts.join(', ')}</li>`,
        ]
      : [];
  });
  return lines.length ? `<ul class="summary">${lines.join('')}</ul>` : '';
}

/** Per runtime, which schedule validated best; per run, what its validation numbers show. */
function findingsHtml(results: readonly RunResult[]): string {
  const runtimes = [...new Set(results.map((r) => r.runtime))];
  const comparisons = runtimes.flatMap((runtime) => {
    const sentence = comparisonSentence(
      runtime,
      results.filter((r) => r.runtime === runtime),
    );
    return sentence ? [`<p>${escapeXml(sentence)}</p>`] : [];
  });
  const runs = results.map(
    (r) =>
      `<li data-run="${r.runtime}/${escapeXml(r.schedule)}"><b>${r.runtime} · ${escapeXml(r.schedule)}</b>: ${escapeXml(validationFindings(r.epochs).join(' '))}</li>`,
  );
  return `<section class="findings"><h2>What the validation numbers show</h2>${comparisons.join('')}<ul>${runs.join('')}</ul></section>`;
}

function tableHtml(results: readonly RunResult[]): string {
  const rows = results.map((r) => {
    const f = finalOf(r);
    return `<tr><td>${r.runtime}</td><td>${escapeXml(r.schedule)}</td><td><code>${escapeXml(r.description)}</code></td><td>${f.trainLoss.toFixed(4)}</td><td>${f.valLoss.toFixed(4)}</td><td>${(f.valAccuracy * 100).toFixed(1)}%</td><td>${r.seconds.toFixed(1)} s</td></tr>`;
  });
  // The table scrolls inside its own box on a narrow screen instead of widening the page.
  return `<div class="table-wrap"><table><thead><tr><th>runtime</th><th>schedule</th><th>as PyTorch</th><th>train loss</th><th>val loss</th><th>val acc</th><th>time</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function runtimeSection(
  runtime: string,
  runs: readonly RunResult[],
  color: (s: string) => string,
): string {
  const lr = lineChartSvg(
    runs.map((r) => ({
      name: r.schedule,
      ys: r.stepLr,
      color: color(r.schedule),
      dashed: r.schedule === 'constant',
    })),
    {
      title: `${runtime}: learning rate per update`,
      xLabel: 'update (batch)',
      yLabel: 'lr',
    },
  );
  const loss = lineChartSvg(
    runs.map((r) => ({
      name: r.schedule,
      xs: r.epochs.map((e) => e.epoch),
      ys: r.epochs.map((e) => e.trainLoss),
      color: color(r.schedule),
      dashed: r.schedule === 'constant',
    })),
    {
      title: `${runtime}: training loss per epoch`,
      xLabel: 'epoch',
      yLabel: 'cross-entropy (log)',
      logY: true,
    },
  );
  const val = lineChartSvg(
    runs.map((r) => ({
      name: r.schedule,
      xs: r.epochs.map((e) => e.epoch),
      ys: r.epochs.map((e) => e.valLoss),
      color: color(r.schedule),
      dashed: r.schedule === 'constant',
    })),
    {
      title: `${runtime}: validation loss per epoch`,
      xLabel: 'epoch',
      yLabel: 'cross-entropy (log)',
      logY: true,
    },
  );
  // Adam's beta1, where a schedule cycles it (OneCycleLR), drawn against the runs that keep it.
  const cycled = runs.some((r) => new Set(r.stepBeta1).size > 1);
  const beta1 = cycled
    ? lineChartSvg(
        runs.map((r) => ({
          name: r.schedule,
          ys: r.stepBeta1,
          color: color(r.schedule),
          dashed: r.schedule === 'constant',
        })),
        {
          title: `${runtime}: Adam beta1 per update`,
          xLabel: 'update (batch)',
          yLabel: 'beta1',
          includeZero: false,
        },
      )
    : '';
  return `<section data-runtime="${runtime}"><h2>${runtime}</h2><div class="charts">${lr}${beta1}${loss}${val}</div></section>`;
}

/** A self-contained HTML page (inline SVG, no scripts to load) with the table and the curves. */
export function htmlReport(input: ReportInput): string {
  const color = colorFor(input.results);
  const runtimes = [...new Set(input.results.map((r) => r.runtime))];
  const settings = Object.entries(input.settings)
    .map(([k, v]) => `<dt>${escapeXml(k)}</dt><dd>${escapeXml(String(v))}</dd>`)
    .join('');
  const data = JSON.stringify(input.results.map((r) => ({ ...r, final: finalOf(r) }))).replace(
    /</g,
    '\\u003c',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>lrkit demo report</title>
<style>
body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1360px; padding: 0 16px; color: #111827; }
h1 { margin-bottom: 4px; } p.lead { color: #4b5563; margin-top: 0; }
.top { display: flex; gap: 32px; align-items: flex-start; flex-wrap: wrap; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; margin: 0; }
dt { color: #6b7280; } dd { margin: 0; }
table { border-collapse: collapse; margin: 16px 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 4px 10px; text-align: right; white-space: nowrap; }
td code { white-space: normal; }
ul.summary { margin: 16px 0 0; padding-left: 20px; }
th:nth-child(-n+3), td:nth-child(-n+3) { text-align: left; }
code { font-size: 12px; color: #374151; }
figure { margin: 0; } figcaption { font-size: 12px; color: #6b7280; text-align: center; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.charts svg { border: 1px solid #e5e7eb; border-radius: 6px; max-width: 100%; height: auto; }
.table-wrap { max-width: 100%; overflow-x: auto; }
.findings li { margin: 6px 0; } .findings p { margin: 8px 0; }
dd, dt { overflow-wrap: anywhere; } .top > * { min-width: 0; max-width: 100%; }
.top svg { max-width: 100%; height: auto; }
@media (max-width: 600px) {
  body { margin: 12px auto; padding: 0 10px; }
  .top { gap: 16px; }
  dl { grid-template-columns: 1fr; } dd { margin-bottom: 6px; }
}
</style>
</head>
<body>
<h1>lrkit demo</h1>
<p class="lead">The same MLP, data, initial weights and batches, trained with each runtime under each learning-rate schedule. Schedules come from <code>@lrkit/core</code>.</p>
<div class="top"><dl>${settings}</dl><figure>${scatterSvg(input.train)}<figcaption>training data</figcaption></figure></div>
${summaryHtml(input.results)}
${tableHtml(input.results)}
${findingsHtml(input.results)}
${runtimes
  .map((rt) =>
    runtimeSection(
      rt,
      input.results.filter((r) => r.runtime === rt),
      color,
    ),
  )
  .join('\n')}
<script type="application/json" id="lrkit-results">${data}</script>
</body>
</html>
`;
}
