import { InvalidArgumentError, toDeepSpeed, toTorchCode } from '@lrkit/core';
import { deepSpeedSection } from '../../../demo/src/schedules/imported-schedule';
import { type Converted, FORMAT_LABELS } from './playground-source';

/** An export of the current schedule: its text, or lrkit's error saying why there is none. */
export type Exported = { text: string; error: null } | { text: null; error: string };

function attempt(make: () => string): Exported {
  try {
    return { text: make(), error: null };
  } catch (caught) {
    return { text: null, error: caught instanceof Error ? caught.message : String(caught) };
  }
}

/** Refuses an export of a schedule that has no lrkit spec (timm's and DeepSpeed's own). */
function noSpec(converted: Converted, what: string): never {
  throw new InvalidArgumentError({
    parameter: 'source',
    value: FORMAT_LABELS[converted.source.format],
    expected: `must have an lrkit spec to be exported as ${what}: ${converted.noSpec ?? 'it has none'}`,
  });
}

/** `toTorchCode` of the schedule's spec: a module defining build_scheduler(optimizer). */
export function torchCodeOf(converted: Converted): Exported {
  return attempt(() =>
    converted.spec ? toTorchCode(converted.spec) : noSpec(converted, 'PyTorch code'),
  );
}

/**
 * The DeepSpeed "scheduler" section: `toDeepSpeed` of the spec, or the section itself when the
 * source is one of DeepSpeed's own schedulers (which have no spec).
 */
export function deepSpeedOf(converted: Converted): Exported {
  return attempt(() => {
    const { source, spec } = converted;
    if (spec) return JSON.stringify(toDeepSpeed(spec), null, 2);
    if (source.format === 'deepspeed')
      return JSON.stringify(
        deepSpeedSection(source.kind === 'imported' ? source.config : null),
        null,
        2,
      );
    return noSpec(converted, 'a DeepSpeed section');
  });
}
