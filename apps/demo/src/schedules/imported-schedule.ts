import {
  type DeepSpeedSchedulerConfig,
  fromDeepSpeed,
  fromHf,
  fromHfTrainingArguments,
  fromHydra,
  fromKeras,
  fromLightning,
  fromMegatron,
  fromTimm,
  fromTimmArgs,
  fromTorchtitan,
  type HfSchedulerConfig,
  type HfTrainingArguments,
  type HydraSchedulerConfig,
  InvalidArgumentError,
  type KerasScheduleConfig,
  type LightningSchedulerConfig,
  type MegatronArgs,
  type Optimizer,
  ScheduleLR,
  type Scheduler,
  type SchedulerSpec,
  type TimmLRScheduler,
  TimmPlateauScheduler,
  type TimmSchedulerArgs,
  type TimmSchedulerConfig,
  type TorchtitanArgs,
  toSpec,
} from '@lrkit/core';
import { choiceFromSpec, type Interval, type ScheduleChoice } from './schedule-choice';
import type { ScheduleFormat } from './schedule-formats';

/** A schedule file in another library's format (spec and torch have their own paths). */
export type ImportedFormat = Exclude<ScheduleFormat, 'spec' | 'torch'>;

/** A scheduler built by a core importer, and how its library steps it. */
export interface ImportedScheduler {
  readonly scheduler: Scheduler;
  /** What one plotted step is, in the library's own words. */
  readonly stepping: string;
  /** Moves to step `index` (≥ 1) the way the library does; `metric` for timm's plateau. */
  readonly advance: (index: number, metric?: number) => void;
}

type Warn = (message: string) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function perStep(scheduler: Scheduler, stepping: string): ImportedScheduler {
  return { scheduler, stepping, advance: () => scheduler.step() };
}

/**
 * timm steps per epoch (`step(epoch)`) or per update (`step_update(num_updates)`); plateau sees
 * the metric given, else a flat one.
 */
function timmStepped(scheduler: TimmLRScheduler, perEpoch: boolean): ImportedScheduler {
  const plateau = scheduler instanceof TimmPlateauScheduler;
  const flat = plateau ? 1 : undefined;
  const advance = perEpoch
    ? (i: number, metric?: number) => scheduler.step(i, metric ?? flat)
    : (i: number, metric?: number) => scheduler.stepUpdate(i, metric ?? flat);
  const stepping = perEpoch
    ? 'one step = one epoch (timm calls step(epoch) after every epoch)'
    : 'one step = one optimizer update (timm calls step_update(num_updates) after every update)';
  return {
    scheduler,
    advance,
    stepping: plateau ? `${stepping}; its metric never improves` : stepping,
  };
}

/** The "scheduler" section of a whole DeepSpeed config, or the section itself. */
export function deepSpeedSection(config: unknown): DeepSpeedSchedulerConfig {
  const section = isObject(config) && isObject(config.scheduler) ? config.scheduler : config;
  return section as unknown as DeepSpeedSchedulerConfig;
}

const PER_OPTIMIZER_STEP = 'one step = one optimizer step';

/** Builds the scheduler of an imported config with the core's importer for its format. */
export function importScheduler(
  optimizer: Optimizer,
  format: ImportedFormat,
  config: unknown,
  warn: Warn = () => {},
): ImportedScheduler {
  switch (format) {
    case 'deepspeed':
      return perStep(
        fromDeepSpeed(optimizer, deepSpeedSection(config), { onWarning: warn }),
        `${PER_OPTIMIZER_STEP} (DeepSpeed's engine steps the scheduler after every optimizer step)`,
      );
    case 'hf':
      return perStep(
        fromHf(optimizer, config as HfSchedulerConfig),
        `${PER_OPTIMIZER_STEP} (transformers' Trainer steps the scheduler after every optimizer step)`,
      );
    case 'hf-training-arguments':
      return perStep(
        fromHfTrainingArguments(optimizer, config as HfTrainingArguments).scheduler,
        `${PER_OPTIMIZER_STEP} (transformers' Trainer steps the scheduler after every optimizer step)`,
      );
    case 'timm': {
      const kwargs = isObject(config) && isObject(config.kwargs) ? config.kwargs : {};
      const scheduler = fromTimm(optimizer, config as unknown as TimmSchedulerConfig);
      return timmStepped(scheduler, kwargs.t_in_epochs !== false);
    }
    case 'timm-args': {
      const { scheduler } = fromTimmArgs(optimizer, config as TimmSchedulerArgs);
      return timmStepped(scheduler, !isObject(config) || config.step_on_epochs !== false);
    }
    case 'keras': {
      const schedule = fromKeras(config as KerasScheduleConfig);
      return perStep(
        new ScheduleLR(optimizer, { schedule, scale: 'absolute' }),
        `${PER_OPTIMIZER_STEP} (Keras evaluates the schedule at optimizer.iterations; its lrs are absolute)`,
      );
    }
    case 'lightning':
      return perStep(
        fromLightning(optimizer, config as LightningSchedulerConfig),
        "one step = one scheduler.step() (Lightning's interval: 'epoch' by default, or 'step')",
      );
    case 'hydra':
      return perStep(
        fromHydra(optimizer, config as HydraSchedulerConfig),
        'one step = one scheduler.step() (as your training loop calls it)',
      );
    case 'megatron':
      return perStep(
        fromMegatron(optimizer, config as MegatronArgs),
        'one step = one training iteration (Megatron: step(increment=1)); its lrs are absolute',
      );
    case 'torchtitan':
      return perStep(
        fromTorchtitan(optimizer, config as TorchtitanArgs, { onWarning: warn }),
        'one step = one training step (torchtitan steps the scheduler after every optimizer step)',
      );
  }
}

/** A fresh optimizer of one group at `baseLr` (defaults.lr for transformers' readers). */
export function plotOptimizer(baseLr: number): { optimizer: Optimizer; group: { lr: number } } {
  const group = { lr: baseLr, betas: [0.9, 0.999] as [number, number] };
  return { optimizer: { paramGroups: [group], defaults: { lr: baseLr } }, group };
}

/** The lr in force at steps 0 … steps − 1: the importer's construction, then the library's steps. */
export function importedCurve(
  format: ImportedFormat,
  config: unknown,
  options: { steps: number; baseLr: number; warn?: Warn },
): number[] {
  const { optimizer, group } = plotOptimizer(options.baseLr);
  const { advance } = importScheduler(optimizer, format, config, options.warn);
  const lrs: number[] = [];
  for (let i = 0; i < options.steps; i++) {
    if (i > 0) advance(i);
    lrs.push(group.lr);
  }
  return lrs;
}

/** The lrkit spec of an imported scheduler, or null when it has none (timm, DeepSpeed's own). */
function specOf(scheduler: Scheduler): SchedulerSpec | null {
  try {
    return toSpec(scheduler) as SchedulerSpec;
  } catch {
    return null;
  }
}

const LABELS: Readonly<Record<ImportedFormat, string>> = {
  deepspeed: 'DeepSpeed',
  hf: 'transformers get_scheduler',
  'hf-training-arguments': 'transformers TrainingArguments',
  timm: 'timm',
  'timm-args': 'timm create_scheduler_v2',
  keras: 'Keras',
  lightning: 'Lightning',
  hydra: 'Hydra',
  megatron: 'Megatron-Core',
  torchtitan: 'torchtitan',
};

/**
 * A runnable choice for an imported config, built (so validated) by the core's importer now.
 * With an lrkit spec it is an ordinary spec choice; without one (timm, DeepSpeed's own
 * schedulers) it carries the curve of the library's own stepping, for plotting only.
 */
export function importedChoice(
  format: ImportedFormat,
  config: unknown,
  interval: Interval,
): ScheduleChoice {
  // Built once here, so what the library would warn about is shown once (its messages name it).
  const warn: Warn = (message) => console.warn(message);
  const built = importScheduler(plotOptimizer(0.1).optimizer, format, config, warn);
  const spec = specOf(built.scheduler);
  // A whole DeepSpeed config is described by its scheduler section (the rest is not the schedule's).
  const shown = format === 'deepspeed' ? deepSpeedSection(config) : config;
  const text = `${LABELS[format]} ${JSON.stringify(shown)}`;
  if (spec) return { ...choiceFromSpec(format, spec, interval, text), stepping: built.stepping };
  return {
    name: format,
    description: text,
    interval: 'step',
    spec: null,
    stepping: built.stepping,
    curve: (options) => importedCurve(format, config, options),
  };
}

/**
 * Refuses a plot-only choice (an imported scheduler without a spec): training drives the runtimes
 * through lrkit specs, and timm's and DeepSpeed's own schedulers have none.
 */
export function assertTrainable(choice: ScheduleChoice): void {
  if (!choice.curve) return;
  throw new InvalidArgumentError({
    parameter: 'schedule',
    value: choice.description,
    expected:
      'must have an lrkit spec to train with (timm and DeepSpeed schedulers have none: plot them with "lrkit-demo plot")',
  });
}
