import {
  fromTorch,
  InvalidArgumentError,
  type Optimizer,
  type Scheduler,
  type TorchSchedulerConfig,
} from '@lrkit/core';
import { parseTorchText } from './parse-torch-text';
import { isPresetName, PRESET_NAMES, preset } from './presets';
import type { Interval, ScheduleChoice, TrainingPlan } from './schedule-choice';
import { formatTorch } from './torch-text';

/** What a --schedule value or a JSON file can hold. */
export type ScheduleSource =
  | { kind: 'preset'; name: string }
  | { kind: 'torch'; config: TorchSchedulerConfig; name?: string };

/** A name for a custom schedule: its class name, lower-cased and kebab-cased. */
function nameOf(config: TorchSchedulerConfig): string {
  return config.scheduler.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function isTorchConfig(value: unknown): value is TorchSchedulerConfig {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { scheduler?: unknown }).scheduler === 'string'
  );
}

/** Reads a --schedule value: a preset name or a PyTorch-style expression. */
export function parseScheduleText(text: string): ScheduleSource {
  const trimmed = text.trim();
  if (isPresetName(trimmed)) return { kind: 'preset', name: trimmed };
  if (!/^[A-Za-z_][\w.]*\s*\(/.test(trimmed)) {
    throw new InvalidArgumentError({
      parameter: 'schedule',
      value: text,
      expected: `a preset (${PRESET_NAMES.join(', ')}), a PyTorch-style expression such as "CosineAnnealingLR(T_max=100)" or a path to a .json file`,
    });
  }
  return { kind: 'torch', config: parseTorchText(trimmed) };
}

/** Reads the JSON of a schedule file: `{ "scheduler": "StepLR", "kwargs": {...} }`. */
export function parseScheduleJson(json: unknown, origin: string): ScheduleSource {
  if (isTorchConfig(json)) return { kind: 'torch', config: json };
  throw new InvalidArgumentError({
    parameter: origin,
    value: json,
    expected: 'a JSON object { "scheduler": "<PyTorch class>", "kwargs": { ... } }',
  });
}

/** A stand-in optimizer to check that a schedule builds before any training starts. */
function probe(config: TorchSchedulerConfig): Scheduler {
  const optimizer: Optimizer = { paramGroups: [{ lr: 0.01 }] };
  return fromTorch(optimizer, config);
}

/**
 * Turns a source into a runnable choice. Custom schedules are stepped per `interval` (PyTorch's
 * habit is per epoch); ReduceLROnPlateau is always stepped per epoch on val_loss.
 */
export function resolveSchedule(
  source: ScheduleSource,
  plan: TrainingPlan,
  interval: Interval = 'epoch',
): ScheduleChoice {
  if (source.kind === 'preset') return preset(source.name as (typeof PRESET_NAMES)[number], plan);
  const { config } = source;
  probe(config);
  const plateau = config.scheduler === 'ReduceLROnPlateau';
  const effective: Interval = plateau ? 'epoch' : interval;
  return {
    name: source.name ?? nameOf(config),
    description: `${formatTorch(config)} per ${effective}`,
    interval: effective,
    ...(plateau ? { monitor: 'val_loss' as const } : {}),
    create: (optimizer) => fromTorch(optimizer, config),
  };
}
