import { preview } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { defaultValues, entryBySlug } from './catalog';

const entry = entryBySlug('weight-decay-schedule');

/** The half-cosine rise written out from its formula, not through the page's spec. */
function rise(t: number, start: number, end: number, steps: number): number {
  return start + (end - start) * 0.5 * (1 - Math.cos((Math.PI * Math.min(t, steps)) / steps));
}

describe('the weight-decay gallery page', () => {
  it('plots a half-cosine rise from 0.04 to 0.4, held after T, the same in every group', () => {
    const v = defaultValues(entry);
    expect([v.startWeightDecay, v.endWeightDecay, v.rampSteps]).toEqual([0.04, 0.4, 100]);
    const curve = preview(entry.spec!(v, 2), { steps: 130, baseLrs: [0.1, 0.05] });
    for (const values of curve.lr) {
      values.forEach((value, t) => {
        expect(Math.abs(value - rise(t, 0.04, 0.4, 100))).toBeLessThanOrEqual(1e-12);
      });
    }
    expect(curve.lr[0]![129]).toBeCloseTo(0.4, 12);
  });

  it('draws the lr it steps beside as a cosine to 0 over the same T', () => {
    const v = { ...defaultValues(entry), rampSteps: 40, peakLr: 0.002 };
    const lr = preview(entry.companion!.spec(v), { steps: 50, baseLrs: [1] }).lr[0]!;
    lr.forEach((value, t) => {
      const expected = 0.001 * (1 + Math.cos((Math.PI * Math.min(t, 40)) / 40));
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-15);
    });
  });

  it('labels the axis and shows the core, tfjs and onnx-training code', () => {
    expect(entry.valueLabel).toBe('weight decay');
    const code = entry.usage(defaultValues(entry));
    for (const part of [
      "new HyperparameterScheduler(optimizer, { field: 'weightDecay', schedule })",
      '"values":[0.04,0.4]',
      'new GroupedOptimizer(',
      'weightDecay: 0.04',
      'new AdamW(params',
    ])
      expect(code).toContain(part);
  });
});
