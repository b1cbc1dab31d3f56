import { preview } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { defaultValues, galleryEntries } from './catalog';
import { coincide, csvOf, firstRows, isAbsolute } from './chart-data';
import { computeCurve } from './compute';
import type { Curve } from './types';

const curveOf = (lr: number[][]): Curve => ({
  steps: lr[0]!.map((_, i) => i),
  lr,
  momentum: null,
  metric: null,
});

describe('chart data of the schedule pages', () => {
  it('coincide: identical series only, -0 and 0 told apart, NaN equal to itself', () => {
    expect(
      coincide([
        [0.1, 0.2],
        [0.1, 0.2],
      ]),
    ).toBe(true);
    expect(
      coincide([
        [0.1, 0.2],
        [0.1, 0.2000000000000001],
      ]),
    ).toBe(false);
    expect(coincide([[0.1], [0.1, 0.2]])).toBe(false);
    expect(coincide([[0], [-0]])).toBe(false);
    expect(coincide([[Number.NaN], [Number.NaN]])).toBe(true);
    expect(coincide([])).toBe(false);
  });

  it('csvOf: a header, one row per step, numbers as String(x) round-trips them', () => {
    const lr = [
      [0.1, 1 / 3, 1e-7],
      [0.05, 2 / 3, 5e-324],
    ];
    const csv = csvOf(curveOf(lr), 'lr');
    const [header, ...rows] = csv.trimEnd().split('\n');
    expect(header).toBe('step,group 0 lr,group 1 lr');
    const parsed = rows.map((row) => row.split(',').map(Number));
    expect(parsed).toEqual([0, 1, 2].map((i) => [i, lr[0]![i], lr[1]![i]]));
  });

  it('firstRows: the first ten steps and the last, every group', () => {
    const curve = preview(
      { version: 1, type: 'StepLR', stepSize: 3, gamma: 0.5 },
      {
        steps: 30,
        baseLrs: [0.1, 0.07],
      },
    );
    const rows = firstRows({ ...curve, momentum: null, metric: null });
    expect(rows.map((r) => r.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 29]);
    expect(rows.at(-1)!.values).toEqual([String(curve.lr[0]![29]), String(curve.lr[1]![29])]);
    const short = firstRows(curveOf([[1, 2, 3]]));
    expect(short.map((r) => r.step)).toEqual([0, 1, 2]);
  });

  it('isAbsolute: closed forms are, PyTorch multipliers are not', () => {
    const absolute = galleryEntries
      .filter((entry) => {
        const values = defaultValues(entry);
        const steps = entry.fixedSteps?.(values) ?? entry.steps;
        return isAbsolute((lrs) => computeCurve(entry, values, lrs, steps), entry.baseLrs);
      })
      .map((e) => e.slug);
    for (const slug of ['constant', 'cosine', 'timm-cosine', 'keras-cosine-decay', 'one-cycle-lr'])
      expect(absolute).toContain(slug);
    for (const slug of [
      'step-lr',
      'cosine-annealing-lr',
      'hf-cosine',
      'lambda-lr',
      'sequential-lr',
    ])
      expect(absolute).not.toContain(slug);
  });
});
