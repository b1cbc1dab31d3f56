import {
  fromTorch,
  InvalidArgumentError,
  isMetricDriven,
  LrkitError,
  type Optimizer,
  type PreviewSource,
  parseTorchString,
  preview,
  type Scheduler,
  TimmPlateauScheduler,
  type TorchSchedulerConfig,
  toSpec,
} from '@lrkit/core';
// The demo's `plot --format` reads the same files: one detection and one set of importers for both.
import {
  type ImportedFormat,
  importScheduler,
} from '../../../demo/src/schedules/imported-schedule';
import {
  detectFormat,
  SCHEDULE_FORMATS,
  type ScheduleFormat,
} from '../../../demo/src/schedules/schedule-formats';
import {
  looksLikeYaml,
  parseScheduleYaml,
  ScheduleYamlError,
} from '../../../demo/src/schedules/schedule-yaml';
import type { SpecJson } from './types';

/** What the editor may hold: PyTorch text, or JSON in one of the demo's schedule formats. */
export const PLAYGROUND_FORMATS = ['torch-text', ...SCHEDULE_FORMATS] as const;
export type PlaygroundFormat = (typeof PLAYGROUND_FORMATS)[number];

/** How the format menu and the "detected" line name each format. */
export const FORMAT_LABELS: Readonly<Record<PlaygroundFormat, string>> = {
  spec: 'lrkit spec',
  'torch-text': 'PyTorch text',
  torch: 'PyTorch config JSON',
  deepspeed: 'DeepSpeed scheduler',
  hf: 'transformers get_scheduler',
  'hf-training-arguments': 'transformers TrainingArguments',
  timm: 'timm scheduler',
  'timm-args': 'timm create_scheduler_v2',
  keras: 'Keras schedule',
  lightning: 'Lightning class_path',
  hydra: 'Hydra _target_',
  megatron: 'Megatron-Core',
  torchtitan: 'torchtitan',
};

export function isPlaygroundFormat(value: unknown): value is PlaygroundFormat {
  return (PLAYGROUND_FORMATS as readonly unknown[]).includes(value);
}

/** What the playground's editor holds, once read. */
export type PlaygroundSource =
  | { kind: 'spec'; format: 'spec'; spec: SpecJson }
  | { kind: 'torch'; format: 'torch' | 'torch-text'; config: TorchSchedulerConfig }
  | { kind: 'imported'; format: ImportedFormat; config: unknown };

/** An lrkit error placed in the editor: the 1-based line it belongs under. */
export class SourceError extends LrkitError {
  constructor(
    message: string,
    readonly line: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SourceError';
  }
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

const CHOOSER = 'the format menu';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (caught) {
    const message = (caught as Error).message;
    // V8 names the position of a syntax error: put the message under that line.
    const position = /position (\d+)/.exec(message);
    const line = /line (\d+)/.exec(message);
    throw new SourceError(
      `The source is not valid JSON: ${message}`,
      line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : 1,
      { cause: caught },
    );
  }
}

function parseYaml(text: string): unknown {
  try {
    return parseScheduleYaml(text, 'source');
  } catch (caught) {
    if (caught instanceof ScheduleYamlError)
      throw new SourceError(caught.message, caught.line, { cause: caught });
    throw caught;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fromJson(json: unknown, format: ScheduleFormat): PlaygroundSource {
  const field = format === 'spec' ? 'type' : 'scheduler';
  if (
    (format === 'spec' || format === 'torch') &&
    !(isObject(json) && typeof json[field] === 'string')
  )
    throw new InvalidArgumentError({
      parameter: 'source',
      value: json,
      expected:
        format === 'spec'
          ? 'must be an lrkit spec { "version": 1, "type": "StepLR", ... }'
          : 'must be a PyTorch config { "scheduler": "StepLR", "kwargs": { ... } }',
    });
  if (format === 'spec') return { kind: 'spec', format, spec: json as SpecJson };
  if (format === 'torch') return { kind: 'torch', format, config: json as TorchSchedulerConfig };
  return { kind: 'imported', format, config: json };
}

/**
 * Reads the editor: JSON when it starts with `{`, YAML when it starts with `key:` (a Lightning or
 * Hydra config; its format detected from its keys, as the demo's `plot` does, unless `format`
 * names one), else PyTorch text such as
 * `OneCycleLR(max_lr=0.1, total_steps=100)`. Every failure is a SourceError.
 */
export function readSource(
  text: string,
  format: PlaygroundFormat | 'auto' = 'auto',
): PlaygroundSource {
  const json = text.trimStart().startsWith('{');
  // Lightning and Hydra configs are YAML; read as the JSON they hold, then detected the same way.
  const yaml = !json && looksLikeYaml(text);
  try {
    if (yaml) {
      if (format === 'torch-text')
        throw new InvalidArgumentError({
          parameter: 'format',
          value: format,
          expected: 'needs PyTorch text such as StepLR(step_size=30), not YAML',
        });
      const parsed = parseYaml(text);
      return fromJson(parsed, format === 'auto' ? detectFormat(parsed, 'source', CHOOSER) : format);
    }
    if (!json) {
      if (format !== 'auto' && format !== 'torch-text')
        throw new InvalidArgumentError({
          parameter: 'format',
          value: format,
          expected: `needs JSON: ${FORMAT_LABELS[format]} is written as a JSON object`,
        });
      return { kind: 'torch', format: 'torch-text', config: parseTorchString(text) };
    }
    if (format === 'torch-text')
      throw new InvalidArgumentError({
        parameter: 'format',
        value: format,
        expected: 'needs PyTorch text such as StepLR(step_size=30), not JSON',
      });
    const parsed = parseJson(text);
    return fromJson(parsed, format === 'auto' ? detectFormat(parsed, 'source', CHOOSER) : format);
  } catch (caught) {
    throw asSourceError(caught, text);
  }
}

/** Any failure as a SourceError under its line (an lrkit error's path, or line 1). */
export function asSourceError(caught: unknown, text: string): SourceError {
  if (caught instanceof SourceError) return caught;
  const message = caught instanceof Error ? caught.message : String(caught);
  return new SourceError(message, lineOfPath(text, message), { cause: caught });
}

/** A source made into what the playground plots and exports. */
export interface Converted {
  readonly source: PlaygroundSource;
  /** The lrkit spec of the schedule; null when it has none (timm's and DeepSpeed's own). */
  readonly spec: SpecJson | null;
  /** Why there is no spec (lrkit's error), when there is none. */
  readonly noSpec: string | null;
  /** Whether it is stepped with a metric (a plateau scheduler anywhere inside). */
  readonly metricDriven: boolean;
  /** How many points a fixed-length schedule has (OneCycleLR stops at its total), or null. */
  readonly fixedLength: number | null;
  /** What one plotted step is, for another library's format (timm: an epoch by default). */
  readonly stepping: string | null;
}

/**
 * The optimizer every source is built on: one group per base lr; transformers reads defaults.lr.
 * With `betas`, Adam-like groups (DeepSpeed's OneCycle cycles beta1 only where groups have betas).
 */
export function playgroundOptimizer(baseLrs: readonly number[], betas = false): Optimizer {
  if (
    !Array.isArray(baseLrs) ||
    baseLrs.length === 0 ||
    !baseLrs.every((lr) => typeof lr === 'number' && Number.isFinite(lr) && lr >= 0)
  )
    throw new InvalidArgumentError({
      parameter: 'baseLrs',
      value: baseLrs,
      expected: 'must be one finite lr ≥ 0 per param group, comma-separated',
    });
  return {
    paramGroups: baseLrs.map((lr) =>
      betas ? { lr, betas: [0.9, 0.999] as [number, number] } : { lr, momentum: 0.9 },
    ),
    defaults: { lr: baseLrs[0]! },
  };
}

function build(source: PlaygroundSource, optimizer: Optimizer) {
  if (source.kind === 'spec') return null;
  if (source.kind === 'torch') {
    const scheduler = fromTorch(optimizer, source.config);
    return { scheduler, advance: () => scheduler.step() };
  }
  return importScheduler(optimizer, source.format, source.config, () => {});
}

function specOf(scheduler: Scheduler): { spec: SpecJson | null; noSpec: string | null } {
  try {
    return { spec: toSpec(scheduler) as SpecJson, noSpec: null };
  } catch (caught) {
    return { spec: null, noSpec: (caught as Error).message };
  }
}

const PLATEAU = /ReduceLROnPlateau|PlateauLR/;

/** timm's plateau scheduler reads a metric through its own step(epoch, metric). */
const timmPlateau = (scheduler: Scheduler) => scheduler instanceof TimmPlateauScheduler;

/** Builds the source once on the base lrs (so it is validated) and takes its spec. */
export function convertSource(source: PlaygroundSource, baseLrs: readonly number[]): Converted {
  const optimizer = playgroundOptimizer(baseLrs);
  const built = build(source, optimizer);
  const { spec, noSpec } = built
    ? specOf(built.scheduler)
    : { spec: source.kind === 'spec' ? source.spec : null, noSpec: null };
  const metricDriven = spec
    ? PLATEAU.test(JSON.stringify(spec))
    : timmPlateau(built!.scheduler) || isMetricDriven(built!.scheduler);
  return {
    source,
    spec,
    noSpec,
    metricDriven,
    fixedLength: spec ? fixedLengthOf(spec) : null,
    stepping: built && 'stepping' in built ? built.stepping : null,
  };
}

/**
 * The number of points a fixed-length schedule has (OneCycleLR refuses to step past its total),
 * or null. Read from the top level of the spec.
 */
export function fixedLengthOf(spec: SpecJson): number | null {
  const options = spec as Record<string, unknown>;
  if (spec.type !== 'OneCycleLR') return null;
  if (typeof options.totalSteps === 'number') return options.totalSteps;
  const { epochs, stepsPerEpoch } = options;
  return typeof epochs === 'number' && typeof stepsPerEpoch === 'number'
    ? epochs * stepsPerEpoch
    : null;
}

/**
 * The curve of a source without a spec, stepped as its library steps it (timm's `step(epoch)`,
 * DeepSpeed's engine), on Adam-like groups: beta1 is the momentum plotted when it moves.
 */
export function steppedCurve(
  converted: Converted,
  options: { steps: number; baseLrs: readonly number[]; metrics?: readonly number[] },
): { steps: number[]; lr: number[][]; momentum?: number[][] } {
  const optimizer = playgroundOptimizer(options.baseLrs, true);
  const { advance } = build(converted.source, optimizer)!;
  const groups = optimizer.paramGroups;
  const lr = groups.map(() => [] as number[]);
  const momentum = groups.map(() => [] as number[]);
  for (let i = 0; i < options.steps; i++) {
    if (i > 0) advance(i, options.metrics?.[i - 1]);
    groups.forEach((group, g) => {
      lr[g]!.push(group.lr);
      momentum[g]!.push(group.betas?.[0] ?? Number.NaN);
    });
  }
  const moved = momentum.some((series) => series.some((m) => m !== 0.9));
  const steps = Array.from({ length: options.steps }, (_, i) => i);
  return moved ? { steps, lr, momentum } : { steps, lr };
}

/**
 * The metric fed to plateau schedulers when the reader gives none: a validation loss that falls
 * fast and then flattens, 0.5 + 0.5·e^(−t/20), so the plateau rule has something to cut at.
 */
export function defaultMetric(length: number): number[] {
  return Array.from({ length }, (_, t) => 0.5 + 0.5 * Math.exp(-t / 20));
}

/** The 1-based line of the deepest key of an lrkit error's path (`schedules[0].decaySteps`). */
export function lineOfPath(text: string, message: string): number {
  const path = /parameter ([\w.[\]]+)/.exec(message)?.[1];
  if (!path) return 1;
  const keys = path.split(/[.[\]]+/).filter((key) => key !== '' && !/^\d+$/.test(key));
  for (const key of keys.reverse()) {
    for (const quoted of [`"${key}"`, `${key}=`]) {
      const at = text.indexOf(quoted);
      if (at >= 0) return lineAt(text, at);
    }
  }
  return 1;
}

/** What the playground plots: `preview` of the spec, else the library's own stepping. */
export function curveOf(
  converted: Converted,
  options: { steps: number; baseLrs: readonly number[]; metrics?: readonly number[] },
): { steps: number[]; lr: number[][]; momentum?: number[][] } {
  if (!converted.spec) return steppedCurve(converted, options);
  return preview(converted.spec as PreviewSource, {
    steps: options.steps,
    baseLrs: [...options.baseLrs],
    ...(options.metrics ? { metrics: [...options.metrics] } : {}),
  });
}
