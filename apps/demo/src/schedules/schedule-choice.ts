import {
  fromSpec,
  fromTorch,
  type Optimizer,
  type RunnerEntry,
  type SchedulerSpec,
  type TorchSchedulerConfig,
  toSpec,
} from '@lrkit/core';
import { formatTorch } from './torch-text';

/** When a run's scheduler is stepped: after every batch or after every epoch (with metrics). */
export type Interval = 'step' | 'epoch';

/**
 * One schedule of the comparison: a JSON spec (the same in the CLI, the report and the browser)
 * and when to step it. `spec: null` is the constant-rate baseline.
 */
export interface ScheduleChoice {
  /** Short key used in tables, file names and the browser's picker, e.g. 'warmup-cosine'. */
  readonly name: string;
  /** How a person would write it: PyTorch-style text, or the spec's JSON. */
  readonly description: string;
  readonly interval: Interval;
  /** The metric a metric-driven scheduler (ReduceLROnPlateau) is stepped with. */
  readonly monitor?: 'val_loss';
  readonly spec: SchedulerSpec | null;
  /** What one plotted step is, for a schedule imported from another library's format. */
  readonly stepping?: string;
  /** The lrs of an imported schedule that has no spec (timm, DeepSpeed's own): plotted, not trained. */
  readonly curve?: (options: { steps: number; baseLr: number }) => number[];
}

/** What a preset needs to know about the training run it will drive. */
export interface TrainingPlan {
  readonly epochs: number;
  readonly stepsPerEpoch: number;
  readonly baseLr: number;
}

/** The spec of a PyTorch-style config, built (and so validated) by the core on a throwaway optimizer. */
export function specOfTorch(config: TorchSchedulerConfig): SchedulerSpec {
  return toSpec(
    fromTorch({ paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] }] }, config),
  ) as SchedulerSpec;
}

export function choiceFromTorch(
  name: string,
  config: TorchSchedulerConfig,
  interval: Interval,
): ScheduleChoice {
  return choiceFromSpec(name, specOfTorch(config), interval, formatTorch(config));
}

export function choiceFromSpec(
  name: string,
  spec: SchedulerSpec,
  interval: Interval,
  text = JSON.stringify(spec),
): ScheduleChoice {
  // ReduceLROnPlateau reads a metric that exists once per epoch.
  const plateau = spec.type === 'ReduceLROnPlateau';
  const effective: Interval = plateau ? 'epoch' : interval;
  return {
    name,
    description: `${text} per ${effective}`,
    interval: effective,
    ...(plateau ? { monitor: 'val_loss' as const } : {}),
    spec,
  };
}

/** The runner entry that drives `choice` on `optimizer`, or null for the constant baseline. */
export function runnerEntry(choice: ScheduleChoice, optimizer: Optimizer): RunnerEntry | null {
  if (!choice.spec) return null;
  return {
    scheduler: fromSpec(optimizer, choice.spec),
    interval: choice.interval,
    name: choice.name,
    ...(choice.monitor ? { monitor: choice.monitor } : {}),
  };
}
