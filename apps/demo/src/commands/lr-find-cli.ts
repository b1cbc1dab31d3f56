import { resolve } from 'node:path';
import type { FinderStyle } from '@lrkit/core';
import { type Command, Option, InvalidArgumentError as OptionError } from 'commander';
import { RUNTIME_NAMES, type RuntimeName } from '../runtimes/runtime';
import { userDirectory } from '../schedule-argument';
import { runLrFind } from './lr-find-command';

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
      throw new OptionError(`expected a whole number from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

interface LrFindFlags {
  runtime: RuntimeName;
  style: FinderStyle;
  numIt: number;
  epochs: number;
  seed: number;
  batchSize: number;
  hidden: number;
  height: number;
  out: string;
  svg?: string;
}

/**
 * Flags the root program also defines (--runtime, --epochs, --seed, --batch-size, --hidden,
 * --out) are parsed by the root even after the subcommand's name: take them from there when
 * they were given on the command line.
 */
function withParentFlags(
  local: Record<string, unknown>,
  command: Command,
): Record<string, unknown> {
  const parent = command.parent;
  const merged = { ...local };
  if (!parent) return merged;
  for (const key of Object.keys(local)) {
    if (parent.getOptionValueSource(key) === 'cli') merged[key] = parent.getOptionValue(key);
  }
  return merged;
}

/** `lrkit-demo lr-find`: the LR range test, then OneCycle with the suggestion vs the constant rate. */
export function registerLrFind(program: Command): void {
  program
    .command('lr-find')
    .description(
      'run an LR range test (fastai or Lightning rules) on the spirals model, chart it, then train OneCycle with the suggested lr next to the constant rate',
    )
    .addOption(
      new Option('-r, --runtime <runtime>', 'which runtime runs the test and the training')
        .choices([...RUNTIME_NAMES])
        .default('tfjs'),
    )
    .addOption(
      new Option('--style <style>', 'whose rules: lrs, smoothing, stop and suggestion')
        .choices(['fastai', 'lightning'])
        .default('fastai'),
    )
    .option(
      '--num-it <n>',
      'batches of the range test (fastai num_it)',
      wholeNumber(1, 100000),
      100,
    )
    .option('-e, --epochs <n>', 'epochs of each comparison run', wholeNumber(1, 100000), 30)
    .option(
      '--seed <n>',
      'seed of the data, weights and batch order',
      wholeNumber(0, 2 ** 31 - 1),
      1,
    )
    .option('-b, --batch-size <n>', 'training points per update', wholeNumber(1, 512), 64)
    .option('--hidden <n>', 'width of the two hidden layers', wholeNumber(1, 1024), 32)
    .option('--height <rows>', 'chart height in terminal rows', wholeNumber(2, 200), 12)
    .option('-o, --out <file>', 'where to write the HTML report', 'artifacts/lrkit-lr-find.html')
    .option('--svg <file>', 'also write the range-test curve as an SVG chart')
    .action(async (local: Record<string, unknown>, command: Command) => {
      const opts = withParentFlags(local, command) as unknown as LrFindFlags;
      if (!(RUNTIME_NAMES as readonly unknown[]).includes(opts.runtime)) {
        throw new OptionError(
          `lr-find runs one runtime (${RUNTIME_NAMES.join(', ')}), got "${opts.runtime}"`,
        );
      }
      await runLrFind({
        runtime: opts.runtime,
        style: opts.style,
        numIt: opts.numIt,
        epochs: opts.epochs,
        seed: opts.seed,
        batchSize: opts.batchSize,
        hidden: opts.hidden,
        height: opts.height,
        width: process.stdout.columns ?? 100,
        out: resolve(userDirectory(), opts.out),
        ...(opts.svg ? { svg: resolve(userDirectory(), opts.svg) } : {}),
      });
    });
}
