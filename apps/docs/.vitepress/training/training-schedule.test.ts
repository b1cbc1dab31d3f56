import type { Optimizer } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { galleryEntries } from '../gallery/catalog';
import { trainableEntries, trainingSchedule } from './training-schedule';

/** A plain optimizer with Adam's betas, as the two runtimes' optimizers present themselves. */
const adamLike = (lr: number): Optimizer => ({ paramGroups: [{ lr, betas: [0.9, 0.999] }] });

describe('gallery schedules as the live trainer drives them', () => {
  it('offers every gallery schedule that sets the lr, and only those', () => {
    expect(trainableEntries.length).toBe(galleryEntries.filter((e) => !e.valueLabel).length);
    expect(trainableEntries.length).toBeGreaterThan(50);
    expect(trainableEntries.some((e) => e.valueLabel)).toBe(false);
    expect(() => trainingSchedule('weight-decay-schedule')).toThrow(/No trainable/);
  });

  it.each(trainableEntries.map((e) => e.slug))(
    '%s: stepping the scheduler built on an optimizer gives its preview, update by update',
    (slug) => {
      const schedule = trainingSchedule(slug);
      const optimizer = adamLike(0.05);
      const scheduler = schedule.create(optimizer);
      const expected = schedule.preview(0.05);
      expect(expected).toHaveLength(schedule.updates);
      // The metric-driven ones are stepped with the example metric the preview used.
      const metrics = Array.from({ length: schedule.updates }, (_, t) => 1 / (1 + (t % 7)));
      const previewed = schedule.metricDriven ? schedule.preview(0.05, metrics) : expected;
      const seen: number[] = [];
      for (let k = 0; k < schedule.updates; k++) {
        seen.push(optimizer.paramGroups[0]!.lr);
        if (k + 1 < schedule.updates) {
          if (schedule.metricDriven) scheduler.step(metrics[k]);
          else scheduler.step();
        }
      }
      expect(seen).toEqual(previewed);
    },
  );

  it('a plateau schedule is previewed with the metrics it is given, one update per metric', () => {
    const schedule = trainingSchedule('reduce-lr-on-plateau');
    expect(schedule.metricDriven).toBe(true);
    const flat = schedule.preview(0.05, new Array(30).fill(1));
    expect(flat).toHaveLength(31);
    // A metric that never improves makes it drop; one that keeps improving never does.
    expect(flat.at(-1)).toBeLessThan(0.05);
    const improving = schedule.preview(
      0.05,
      Array.from({ length: 30 }, (_, t) => 1 / (t + 1)),
    );
    expect(new Set(improving)).toEqual(new Set([0.05]));
  });
});
