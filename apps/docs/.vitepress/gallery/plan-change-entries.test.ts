import { cosineSchedule } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { defaultValues, entryBySlug } from './catalog';
import { computeCurve } from './compute';

function curveOf(slug: string, steps?: number) {
  const entry = entryBySlug(slug);
  return computeCurve(entry, defaultValues(entry), entry.baseLrs, steps ?? entry.steps).lr[0]!;
}

describe('gallery pages of the plan-change policies', () => {
  const planned = cosineSchedule({ peakLr: 0.1, minLr: 0.001, decaySteps: 100 });

  it('continue, cooldown-now and rewarm are continuous at step 40; keep-fraction jumps', () => {
    for (const policy of ['continue', 'cooldown-now', 'rewarm']) {
      const lr = curveOf(`resize-${policy}`);
      expect(lr[40]).toBe(planned.lrAt(40));
      expect(lr[150]).toBeCloseTo(0.001, 15);
    }
    const keep = curveOf('resize-keep-fraction');
    expect(Math.abs(keep[40]! - planned.lrAt(40))).toBeGreaterThan(0.005);
    expect(keep[150]).toBeCloseTo(0.001, 15);
    expect(Math.max(...curveOf('resize-rewarm').slice(40, 60))).toBeCloseTo(0.1, 15);
  });

  it('PlateauLR warms up for 5 steps, then cuts the lr when the synthetic loss stalls', () => {
    const lr = curveOf('plateau-lr');
    expect(lr[0]).toBeCloseTo(0.01, 15);
    expect(lr[5]).toBe(0.1);
    const cuts = lr.filter((x, i) => i > 5 && x < lr[i - 1]!);
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    expect(cuts.every((x, i) => i === 0 || x <= cuts[i - 1]!)).toBe(true);
  });
});
