import {
  fromTorch,
  type Optimizer,
  type PreviewSource,
  parseTorchString,
  type TorchSchedulerConfig,
} from '@lrkit/core';
import type { SpecJson } from './types';

/** What the playground's editor holds, once read: a JSON spec or a PyTorch scheduler call. */
export type PlaygroundSource =
  | { kind: 'spec'; spec: SpecJson }
  | { kind: 'torch'; config: TorchSchedulerConfig };

/** An error in the editor, with the 1-based line it belongs under. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/** JSON when it starts with `{`, else PyTorch text such as `OneCycleLR(max_lr=0.1, total_steps=100)`. */
export function readSource(text: string): PlaygroundSource {
  if (text.trimStart().startsWith('{')) {
    try {
      return { kind: 'spec', spec: JSON.parse(text) as SpecJson };
    } catch (caught) {
      const message = (caught as Error).message;
      // V8 names the position of a syntax error: put the message under that line.
      const position = /position (\d+)/.exec(message);
      const line = /line (\d+)/.exec(message);
      throw new SourceError(
        `The spec is not valid JSON: ${message}`,
        line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : 1,
      );
    }
  }
  try {
    return { kind: 'torch', config: parseTorchString(text) };
  } catch (caught) {
    throw new SourceError((caught as Error).message, 1);
  }
}

/** What `preview` takes for the source. */
export function previewSourceOf(source: PlaygroundSource): PreviewSource {
  if (source.kind === 'spec') return source.spec as PreviewSource;
  return (optimizer: Optimizer) => fromTorch(optimizer, source.config);
}

const PLATEAU = /ReduceLROnPlateau|PlateauLR/;

/** Whether the schedule is stepped with a metric (a plateau scheduler anywhere inside). */
export function needsMetric(source: PlaygroundSource): boolean {
  return PLATEAU.test(JSON.stringify(source.kind === 'spec' ? source.spec : source.config));
}

/**
 * The number of points a fixed-length schedule has (OneCycleLR refuses to step past its total),
 * or null. Read from the top level, in lrkit's or PyTorch's option names.
 */
export function fixedLengthOf(source: PlaygroundSource): number | null {
  const [type, options] =
    source.kind === 'spec'
      ? [source.spec.type, source.spec as Record<string, unknown>]
      : [source.config.scheduler.split('.').at(-1), source.config.kwargs ?? {}];
  if (type !== 'OneCycleLR') return null;
  const total = options.totalSteps ?? options.total_steps;
  if (typeof total === 'number') return total;
  const epochs = options.epochs;
  const perEpoch = options.stepsPerEpoch ?? options.steps_per_epoch;
  return typeof epochs === 'number' && typeof perEpoch === 'number' ? epochs * perEpoch : null;
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
