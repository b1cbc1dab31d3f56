import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InvalidArgumentError, toTorchCode } from '@lrkit/core';
import asciichart from 'asciichart';
import { lineChartSvg } from '../report/svg-chart';
import { resolveSchedule, type ScheduleSource } from '../schedules/resolve-schedule';
import type { ScheduleChoice } from '../schedules/schedule-choice';
import { scheduleCurve } from '../schedules/schedule-curve';

export interface PlotOptions {
  source: ScheduleSource;
  steps: number;
  lr: number;
  height: number;
  width: number;
  /** Absolute paths, when asked for. */
  csv?: string;
  svg?: string;
  /** Absolute path of a Python module to write (toTorchCode), when asked for. */
  torch?: string;
}

/** Averages `values` into `columns` buckets so a long schedule fits the terminal. */
function resample(values: readonly number[], columns: number): number[] {
  if (values.length <= columns) return [...values];
  return Array.from({ length: columns }, (_, c) => {
    const from = Math.floor((c * values.length) / columns);
    const to = Math.max(from + 1, Math.floor(((c + 1) * values.length) / columns));
    let sum = 0;
    for (let i = from; i < to; i++) sum += values[i] as number;
    return sum / (to - from);
  });
}

function csvText(lrs: readonly number[]): string {
  return `step,lr\n${lrs.map((lr, step) => `${step},${lr}`).join('\n')}\n`;
}

/** The PyTorch module of a schedule (the core's toTorchCode), or an error naming --torch. */
function pythonOf(choice: ScheduleChoice, file: string): string {
  if (!choice.spec) {
    const imported = choice.curve
      ? `; ${choice.description.split(' ')[0]}'s scheduler has no lrkit spec (timm's and DeepSpeed's own schedulers run only as themselves), so it has no PyTorch code`
      : '';
    throw new InvalidArgumentError({
      parameter: 'torch',
      value: file,
      expected: `must come with a schedule that has an lrkit spec, to be written as PyTorch code${imported}`,
    });
  }
  return toTorchCode(choice.spec);
}

/** Plots a schedule in the terminal and optionally writes its curve as CSV and SVG. */
export async function runPlot(options: PlotOptions): Promise<number[]> {
  const choice = resolveSchedule(
    options.source,
    { epochs: options.steps, stepsPerEpoch: 1, baseLr: options.lr },
    'step',
  );
  // Before anything is printed or written: a schedule PyTorch code cannot carry fails here.
  const torchCode = options.torch ? pythonOf(choice, options.torch) : undefined;
  const lrs = scheduleCurve(choice, { steps: options.steps, baseLr: options.lr });
  const columns = Math.max(10, options.width - 14);
  const chart = asciichart.plot(resample(lrs, columns), {
    height: options.height,
    format: (v: number) => v.toExponential(2).padStart(10),
  });
  const min = Math.min(...lrs);
  const max = Math.max(...lrs);
  const lines = [
    `${choice.description}, base lr ${options.lr}, ${options.steps} steps`,
    '',
    chart,
    `${' '.repeat(12)}step 0${' '.repeat(Math.max(1, Math.min(columns, lrs.length) - 12))}${options.steps - 1}`,
    `min ${min.toExponential(3)}  max ${max.toExponential(3)}  last ${(lrs.at(-1) as number).toExponential(3)}`,
  ];
  if (choice.stepping) lines.push(`stepping: ${choice.stepping}`);
  if (choice.monitor) {
    lines.push('(ReduceLROnPlateau is driven by a metric: plotted as if it never improved)');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (options.csv) {
    await mkdir(dirname(options.csv), { recursive: true });
    await writeFile(options.csv, csvText(lrs));
    process.stdout.write(`CSV: ${options.csv}\n`);
  }
  if (options.svg) {
    await mkdir(dirname(options.svg), { recursive: true });
    const svg = lineChartSvg([{ name: choice.name, ys: lrs }], {
      title: choice.description,
      xLabel: 'step',
      yLabel: 'lr',
    });
    await writeFile(options.svg, `${svg}\n`);
    process.stdout.write(`SVG: ${options.svg}\n`);
  }
  if (options.torch && torchCode) {
    await mkdir(dirname(options.torch), { recursive: true });
    await writeFile(options.torch, torchCode);
    process.stdout.write(
      `PyTorch code: ${options.torch} (build_scheduler(optimizer), step it once per step)\n`,
    );
  }
  return lrs;
}
