import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FinderStyle, LrFinderResult } from '@lrkit/core';
import asciichart from 'asciichart';
import { spiralTask } from '../data/spirals';
import { createProgress } from '../progress';
import { lrFindReport, rangeTestSvg } from '../report/lr-find-report';
import { resultsTable } from '../report/results-table';
import { rangeTest } from '../runtimes/range-test';
import type { RunResult, Runtime, RuntimeName } from '../runtimes/runtime';
import type { ScheduleChoice } from '../schedules/schedule-choice';

export interface LrFindOptions {
  runtime: RuntimeName;
  style: FinderStyle;
  numIt: number;
  epochs: number;
  seed: number;
  batchSize: number;
  hidden: number;
  height: number;
  width: number;
  /** Absolute paths. */
  out: string;
  svg?: string;
}

async function loadRuntime(name: RuntimeName): Promise<Runtime> {
  if (name === 'tfjs') return (await import('../runtimes/tfjs-node')).tfjsNodeRuntime();
  return (await import('../runtimes/onnx-runtime')).onnxRuntime;
}

/** The smoothed loss in the terminal, resampled to fit, with the lr range under it. */
export function terminalChart(result: LrFinderResult, height: number, width: number): string {
  const ys = result.smoothed.filter(Number.isFinite);
  if (ys.length < 2) return '(too few finite losses to draw)';
  const columns = Math.max(10, width - 14);
  const step = Math.max(1, Math.ceil(ys.length / columns));
  const sampled = ys.filter((_, i) => i % step === 0);
  const chart = asciichart.plot(sampled, {
    height,
    format: (v: number) => v.toFixed(3).padStart(9),
  });
  const first = result.lrs[0]?.toExponential(1) ?? '';
  const last = result.lrs.at(-1)?.toExponential(1) ?? '';
  return `${chart}\n${' '.repeat(11)}lr ${first} → ${last} (log scale), smoothed loss per batch`;
}

function suggestionLines(result: LrFinderResult): string {
  return Object.entries(result.suggestions)
    .map(([m, s]) => {
      const mark = m === result.method ? '  ← used' : '';
      return `  ${m.padEnd(9)} ${s ? `${s.lr.toExponential(3)} (batch ${s.index})` : '— (too few points)'}${mark}`;
    })
    .join('\n');
}

/** Runs the range test, prints it, trains OneCycle(suggestion) next to the constant rate, writes the report. */
export async function runLrFind(
  options: LrFindOptions,
): Promise<{ result: LrFinderResult; runs: RunResult[] }> {
  const { train, val } = spiralTask(options.seed);
  const layerSizes = [2, options.hidden, options.hidden, 2];
  const progress = createProgress();
  const label = `${options.runtime} · range test`;
  const started = performance.now();
  const tick = progress.start(label, options.numIt);
  const result = await rangeTest(options.runtime, {
    train,
    layerSizes,
    batchSize: options.batchSize,
    seed: options.seed,
    numIt: options.numIt,
    style: options.style,
    onBatch: (b) =>
      tick({ epoch: b.iteration, lr: b.lr, trainLoss: b.smoothed, valLoss: 0, valAccuracy: 0 }),
  });
  progress.finish(label, (performance.now() - started) / 1000);
  progress.stop();
  const stop =
    result.stoppedAt === null
      ? 'ran every iteration'
      : `stopped on divergence at batch ${result.stoppedAt}`;
  process.stdout.write(`\n${terminalChart(result, options.height, options.width)}\n\n`);
  process.stdout.write(
    `LR range test (${result.style}, ${result.lrs.length} batches, ${stop})\n${suggestionLines(result)}\n`,
  );
  const lr = result.suggestion().lr;
  const stepsPerEpoch = Math.floor(train.count / options.batchSize);
  const choices: ScheduleChoice[] = [
    {
      name: 'constant',
      description: `constant lr=${lr.toPrecision(3)}`,
      interval: 'epoch',
      spec: null,
    },
    {
      name: 'one-cycle',
      description: `OneCycleLR(max_lr=${lr.toPrecision(3)}, total_steps=${options.epochs * stepsPerEpoch})`,
      interval: 'step',
      spec: result.toOneCycle({ totalSteps: options.epochs * stepsPerEpoch }),
    },
  ];
  const runtime = await loadRuntime(options.runtime);
  const runs: RunResult[] = [];
  const bars = createProgress();
  try {
    for (const schedule of choices) {
      const name = `${options.runtime} · ${schedule.name}`;
      const onEpoch = bars.start(name, options.epochs);
      const settings = {
        train,
        val,
        layerSizes,
        epochs: options.epochs,
        batchSize: options.batchSize,
        baseLr: lr,
        seed: options.seed,
        schedule,
        onEpoch,
      };
      const run = await runtime.train(settings);
      bars.finish(name, run.seconds);
      runs.push(run);
    }
  } finally {
    bars.stop();
  }
  process.stdout.write(`\n${resultsTable(runs)}\n\n`);
  const settings = {
    task: `two spirals, ${train.count} training + ${val.count} validation points`,
    model: `MLP ${layerSizes.join('→')} (ReLU), Adam, batch ${options.batchSize}`,
    'range test': `${result.style}, numIt ${options.numIt}`,
    'suggested lr': `${lr} (${result.method})`,
    epochs: options.epochs,
    seed: options.seed,
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, lrFindReport({ result, runtime: options.runtime, runs, settings }));
  process.stdout.write(`report: ${options.out}\n`);
  if (options.svg) {
    await mkdir(dirname(options.svg), { recursive: true });
    await writeFile(options.svg, rangeTestSvg(result));
    process.stdout.write(`svg: ${options.svg}\n`);
  }
  return { result, runs };
}
