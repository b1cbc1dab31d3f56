#!/usr/bin/env -S npx tsx
import { resolve } from 'node:path';
import { LrkitError } from '@lrkit/core';
import { Option, InvalidArgumentError as OptionError, program } from 'commander';
import { registerLrFind } from './commands/lr-find-cli';
import { runPlot } from './commands/plot-command';
import { runTrain } from './commands/train-command';
import { RUNTIME_NAMES, type RuntimeName } from './runtimes/runtime';
import { readScheduleArgument, userDirectory } from './schedule-argument';
import { PRESET_NAMES } from './schedules/presets';
import type { ScheduleSource } from './schedules/resolve-schedule';
import { SCHEDULE_FORMATS, type ScheduleFormat } from './schedules/schedule-formats';

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
      throw new OptionError(`expected a whole number from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new OptionError(`expected a positive number, got "${value}"`);
  }
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Schedules are read once every option is known: --format may come after them. */
function schedules(values: readonly string[], format?: ScheduleFormat): ScheduleSource[] {
  return values.map((value) => readScheduleArgument(value, format));
}

const FORMAT_HELP =
  'the format of a JSON schedule, when its keys do not say it (they usually do): an lrkit spec, a PyTorch config, DeepSpeed, transformers get_scheduler or TrainingArguments, timm or its create_scheduler_v2 args, Keras, Lightning, Hydra, Megatron-Core or torchtitan';

const SCHEDULE_HELP = `the schedule to compare with the constant rate: a preset (${PRESET_NAMES.join(', ')}), a PyTorch-style expression such as "CosineAnnealingLR(T_max=100)", or a JSON file holding an lrkit spec { "version": 1, "type": "StepLR", "stepSize": 30 }, a PyTorch config { "scheduler": "StepLR", "kwargs": { "step_size": 30 } } or another library's config (see --format); repeat to compare several (default: every preset)`;

// Options after a subcommand's name belong to that subcommand (plot --lr is plot's, not the root's).
program.enablePositionalOptions();

program
  .name('lrkit-demo')
  .description(
    'Trains a small MLP on two interleaved spirals with TensorFlow.js and onnxruntime-node under ' +
      'learning-rate schedules from @lrkit/core, prints a table and writes an HTML report.',
  )
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    `
Run "lrkit-demo plot --help" for the plotting options.

Examples:
  lrkit-demo                                      every runtime × preset, 60 epochs
  lrkit-demo --runtime tfjs --epochs 30 --seed 7
  lrkit-demo --schedule "CosineAnnealingLR(T_max=60)" --schedule one-cycle
  lrkit-demo --schedule "OneCycleLR(max_lr=0.06, total_steps=480)" --interval step
  lrkit-demo --schedule my-schedule.json --out report.html
  lrkit-demo plot "StepLR(step_size=30, gamma=0.5)" --steps 100 --csv lr.csv --svg lr.svg
  lrkit-demo plot ds_config.json --steps 1000 --torch lr_schedule.py`,
  )
  .addOption(
    new Option('-r, --runtime <runtime>', 'which runtime trains')
      .choices([...RUNTIME_NAMES, 'all'])
      .default('all'),
  )
  .option('-s, --schedule <schedule>', SCHEDULE_HELP, collect)
  .addOption(new Option('--format <format>', FORMAT_HELP).choices(SCHEDULE_FORMATS))
  .option(
    '-e, --epochs <n>',
    'epochs per run (passes over the 512 training points)',
    integer(1, 100000),
    60,
  )
  .option(
    '--seed <n>',
    'seed of the data, the initial weights and the batch order',
    integer(0, 2 ** 31 - 1),
    1,
  )
  .option('--lr <rate>', 'base learning rate (Adam); schedules scale from it', positiveNumber, 0.05)
  .option('-b, --batch-size <n>', 'training points per update', integer(1, 512), 64)
  .addOption(
    new Option(
      '--interval <when>',
      'when a custom --schedule is stepped: after every epoch (as in PyTorch scripts) or every batch',
    )
      .choices(['epoch', 'step'])
      .default('epoch'),
  )
  .option('--hidden <n>', 'width of the two hidden layers', integer(1, 1024), 32)
  .option('-o, --out <file>', 'where to write the HTML report', 'artifacts/lrkit-demo-report.html')
  .action(async (opts) => {
    const runtimes: RuntimeName[] = opts.runtime === 'all' ? [...RUNTIME_NAMES] : [opts.runtime];
    await runTrain({
      runtimes,
      schedules: schedules(opts.schedule ?? [], opts.format),
      epochs: opts.epochs,
      seed: opts.seed,
      lr: opts.lr,
      batchSize: opts.batchSize,
      interval: opts.interval,
      hidden: opts.hidden,
      pointsPerClass: 256,
      out: resolve(userDirectory(), opts.out),
    });
  });

program
  .command('plot')
  .description('plot a schedule in the terminal, and optionally as CSV and SVG')
  .argument(
    '<schedule>',
    `a preset (${PRESET_NAMES.join(', ')}), a PyTorch-style expression or a JSON file (an lrkit spec, or a PyTorch, DeepSpeed, transformers, timm, Keras, Lightning, Hydra, Megatron-Core or torchtitan config)`,
  )
  .addOption(new Option('--format <format>', FORMAT_HELP).choices(SCHEDULE_FORMATS))
  .option('--steps <n>', 'how many steps to plot', integer(1, 10_000_000), 100)
  .option('--lr <rate>', 'base learning rate', positiveNumber, 0.1)
  .option('--height <rows>', 'chart height in terminal rows', integer(2, 200), 12)
  .option('--csv <file>', 'also write the curve as CSV (step,lr)')
  .option('--svg <file>', 'also write the curve as an SVG chart')
  .option('--torch <file>', 'also write PyTorch code (build_scheduler) giving the same lrs')
  .action(async (value: string, opts) => {
    await runPlot({
      source: readScheduleArgument(value, opts.format),
      steps: opts.steps,
      lr: opts.lr,
      height: opts.height,
      width: process.stdout.columns ?? 100,
      ...(opts.csv ? { csv: resolve(userDirectory(), opts.csv) } : {}),
      ...(opts.svg ? { svg: resolve(userDirectory(), opts.svg) } : {}),
      ...(opts.torch ? { torch: resolve(userDirectory(), opts.torch) } : {}),
    });
  });

registerLrFind(program);

program.parseAsync().catch((error: unknown) => {
  // Schedules are validated by the core: its messages name the parameter, value and expectation.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  process.exit(LrkitError.isInstance(error) ? 2 : 1);
});
