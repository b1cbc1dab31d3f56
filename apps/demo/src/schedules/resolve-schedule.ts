import {
  fromSpec,
  InvalidArgumentError,
  parseTorchString,
  type SchedulerSpec,
  type TorchSchedulerConfig,
} from '@lrkit/core';

import { type ImportedFormat, importedChoice } from './imported-schedule';
import { isPresetName, PRESET_NAMES, type PresetName, preset } from './presets';
import {
  choiceFromSpec,
  choiceFromTorch,
  type Interval,
  type ScheduleChoice,
  type TrainingPlan,
} from './schedule-choice';
import { detectFormat, type ScheduleFormat } from './schedule-formats';
import { looksLikeYaml, parseScheduleYaml } from './schedule-yaml';

/** What a --schedule value, a JSON file or the browser's editor can hold. */
export type ScheduleSource =
  | { kind: 'preset'; name: PresetName }
  | { kind: 'torch'; config: TorchSchedulerConfig }
  | { kind: 'spec'; spec: SchedulerSpec }
  | { kind: 'imported'; format: ImportedFormat; config: unknown };

/** A name for a custom schedule: its type, kebab-cased (ReduceLROnPlateau → reduce-lr-on-plateau). */
function kebab(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a preset name, a PyTorch-style expression or inline JSON (in `format`, else detected). */
export function parseScheduleText(text: string, format?: ScheduleFormat): ScheduleSource {
  const trimmed = text.trim();
  // Lightning and Hydra configs are YAML: read them as the JSON they hold.
  if (looksLikeYaml(trimmed)) {
    return parseScheduleJson(parseScheduleYaml(trimmed, 'schedule'), 'schedule', format);
  }
  if (format !== undefined && !trimmed.startsWith('{')) {
    throw new InvalidArgumentError({
      parameter: 'format',
      value: format,
      expected: `must name the format of a JSON schedule (a file or inline JSON), not of "${text}"`,
    });
  }
  if (isPresetName(trimmed)) return { kind: 'preset', name: trimmed };
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new InvalidArgumentError({
        parameter: 'schedule',
        value: text,
        expected: `valid JSON (${(error as Error).message})`,
      });
    }
    return parseScheduleJson(json, 'schedule', format);
  }
  if (!/^[A-Za-z_][\w.]*\s*\(/.test(trimmed)) {
    throw new InvalidArgumentError({
      parameter: 'schedule',
      value: text,
      expected: `a preset (${PRESET_NAMES.join(', ')}), a PyTorch-style expression such as "CosineAnnealingLR(T_max=100)", a JSON spec or a path to a .json file`,
    });
  }
  return { kind: 'torch', config: parseTorchString(trimmed) };
}

/**
 * Reads schedule JSON: an lrkit spec, a PyTorch config, or another library's config (DeepSpeed,
 * transformers, timm, Keras, Lightning, Hydra, Megatron, torchtitan), recognized from its keys
 * or named by `format`.
 */
export function parseScheduleJson(
  json: unknown,
  origin: string,
  format: ScheduleFormat = detectFormat(json, origin),
): ScheduleSource {
  if (format === 'spec' || format === 'torch') {
    const field = format === 'spec' ? 'type' : 'scheduler';
    if (!isObject(json) || typeof json[field] !== 'string') {
      throw new InvalidArgumentError({
        parameter: origin,
        value: json,
        expected:
          format === 'spec'
            ? 'must be an lrkit spec { "version": 1, "type": "StepLR", ... }'
            : 'must be a PyTorch config { "scheduler": "StepLR", "kwargs": { ... } }',
      });
    }
    return format === 'spec'
      ? { kind: 'spec', spec: json as unknown as SchedulerSpec }
      : { kind: 'torch', config: json as unknown as TorchSchedulerConfig };
  }
  return { kind: 'imported', format, config: json };
}

/**
 * Turns a source into a runnable choice, validated by the core before any training starts.
 * Custom schedules are stepped per `interval` (PyTorch scripts usually step per epoch);
 * ReduceLROnPlateau always per epoch on val_loss.
 */
export function resolveSchedule(
  source: ScheduleSource,
  plan: TrainingPlan,
  interval: Interval = 'epoch',
): ScheduleChoice {
  switch (source.kind) {
    case 'preset':
      return preset(source.name, plan);
    case 'torch':
      return choiceFromTorch(kebab(source.config.scheduler), source.config, interval);
    case 'spec': {
      // Built once on a throwaway optimizer so that a bad spec fails here, naming its path.
      fromSpec({ paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] }] }, source.spec);
      return choiceFromSpec(kebab(source.spec.type), source.spec, interval);
    }
    case 'imported':
      return importedChoice(source.format, source.config, interval);
  }
}
