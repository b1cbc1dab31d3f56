import { fromSpec, type Optimizer, preview, type Scheduler } from '@lrkit/core';
import { defaultValues, galleryEntries } from '../gallery/catalog';
import { specOf } from '../gallery/compute';
import type { GalleryEntry, OptionValues, SpecJson } from '../gallery/types';

/** Gallery schedules that set the lr (a scheduled weight decay is charted, not trained, here). */
export const trainableEntries: readonly GalleryEntry[] = galleryEntries.filter(
  (entry) => entry.valueLabel === undefined,
);

/** A gallery schedule with its default options, as one training run drives it. */
export interface TrainingSchedule {
  readonly slug: string;
  readonly name: string;
  readonly values: OptionValues;
  /** Its spec for one param group, or null when the gallery builds it in code (LambdaLR). */
  readonly spec: SpecJson | null;
  /** Stepped with a metric (ReduceLROnPlateau): the page feeds it each update's batch loss. */
  readonly metricDriven: boolean;
  /** Updates trained: the length of the gallery's chart of the schedule. */
  readonly updates: number;
  /** The scheduler on a runtime's optimizer. */
  create(optimizer: Optimizer): Scheduler;
  /**
   * The core's preview for one group: the lr of updates 0 … updates − 1. A metric-driven schedule
   * is previewed with the metrics given (one update per metric, plus the first), or else with the
   * gallery's example metric.
   */
  preview(baseLr: number, metrics?: readonly number[]): number[];
}

export function trainingSchedule(slug: string): TrainingSchedule {
  const entry = trainableEntries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`No trainable gallery schedule '${slug}'`);
  const values = defaultValues(entry);
  const spec = specOf(entry, values, 1);
  const build = entry.build;
  return {
    slug,
    name: entry.name,
    values,
    spec,
    metricDriven: entry.stepArg !== undefined,
    updates: entry.fixedSteps?.(values) ?? entry.steps,
    create: (optimizer) => (spec ? fromSpec(optimizer, spec) : build!(optimizer, values)),
    preview(baseLr, metrics) {
      const example = entry.stepArg
        ? Array.from({ length: this.updates - 1 }, (_, t) => entry.stepArg!(t, values))
        : undefined;
      const fed = entry.stepArg ? (metrics ?? example)!.slice(0, this.updates - 1) : undefined;
      const options = {
        steps: fed ? fed.length + 1 : this.updates,
        baseLrs: [baseLr],
        ...(fed ? { metrics: fed } : {}),
      };
      const curve = spec
        ? preview(spec, options)
        : preview((optimizer: Optimizer) => build!(optimizer, values), options);
      return curve.lr[0] ?? [];
    },
  };
}
