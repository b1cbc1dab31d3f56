import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { spiralTask } from '../data/spirals';
import { createProgress } from '../progress';
import { htmlReport } from '../report/html-report';
import { resultsTable } from '../report/results-table';
import type { RunResult, Runtime, RuntimeName } from '../runtimes/runtime';
import { assertTrainable } from '../schedules/imported-schedule';
import { PRESET_NAMES } from '../schedules/presets';
import { resolveSchedule, type ScheduleSource } from '../schedules/resolve-schedule';
import type { Interval, ScheduleChoice } from '../schedules/schedule-choice';

export interface TrainOptions {
  runtimes: readonly RuntimeName[];
  /** Empty: the built-in comparison (every preset). */
  schedules: readonly ScheduleSource[];
  epochs: number;
  seed: number;
  lr: number;
  batchSize: number;
  interval: Interval;
  hidden: number;
  pointsPerClass: number;
  /** Where the HTML report goes (absolute). */
  out: string;
}

/** The runtimes are loaded lazily so that `--runtime tfjs` never loads onnxruntime and back. */
async function loadRuntime(name: RuntimeName): Promise<Runtime> {
  if (name === 'tfjs') return (await import('../runtimes/tfjs-node')).tfjsNodeRuntime();
  return (await import('../runtimes/onnx-runtime')).onnxRuntime;
}

function chooseSchedules(options: TrainOptions, stepsPerEpoch: number): ScheduleChoice[] {
  const plan = { epochs: options.epochs, stepsPerEpoch, baseLr: options.lr };
  const sources: ScheduleSource[] =
    options.schedules.length > 0
      ? [{ kind: 'preset', name: 'constant' }, ...options.schedules]
      : PRESET_NAMES.map((name) => ({ kind: 'preset', name }));
  const choices = sources.map((s) => resolveSchedule(s, plan, options.interval));
  for (const choice of choices) assertTrainable(choice);
  // One row per schedule: a repeated constant baseline (or repeated custom schedule) runs once.
  const seen = new Set<string>();
  return choices.filter((c) => !seen.has(c.description) && seen.add(c.description));
}

/** Trains every runtime × schedule, prints the table and writes the HTML report. */
export async function runTrain(options: TrainOptions): Promise<RunResult[]> {
  const { train, val } = spiralTask(options.seed, options.pointsPerClass);
  const stepsPerEpoch = Math.floor(train.count / options.batchSize);
  const schedules = chooseSchedules(options, stepsPerEpoch);
  const layerSizes = [2, options.hidden, options.hidden, 2];
  const progress = createProgress();
  const results: RunResult[] = [];
  try {
    for (const runtimeName of options.runtimes) {
      const runtime = await loadRuntime(runtimeName);
      for (const schedule of schedules) {
        const label = `${runtimeName} · ${schedule.name}`;
        const onEpoch = progress.start(label, options.epochs);
        const result = await runtime.train({
          train,
          val,
          layerSizes,
          epochs: options.epochs,
          batchSize: options.batchSize,
          baseLr: options.lr,
          seed: options.seed,
          schedule,
          onEpoch,
        });
        progress.finish(label, result.seconds);
        results.push(result);
      }
    }
  } finally {
    progress.stop();
  }
  process.stdout.write(`\n${resultsTable(results)}\n\n`);
  const settings = {
    task: `two spirals, ${train.count} training + ${val.count} validation points`,
    model: `MLP ${layerSizes.join('→')} (ReLU), Adam, batch ${options.batchSize}`,
    'base lr': options.lr,
    epochs: options.epochs,
    'updates per run': stepsPerEpoch * options.epochs,
    seed: options.seed,
    schedules: schedules.map((s) => s.description).join('; '),
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, htmlReport({ results, settings, train }));
  process.stdout.write(`Report: ${options.out}\n`);
  return results;
}
