import { describe, expect, it } from 'vitest';
import { ReduceLROnPlateau, type ReduceLROnPlateauOptions } from './reduce-lr-on-plateau';

/** The lr of group 0 after each metric. */
function trace(metrics: number[], options: ReduceLROnPlateauOptions, lr = 1): number[] {
  const optimizer = { paramGroups: [{ lr }] };
  const s = new ReduceLROnPlateau(optimizer, options);
  return metrics.map((m) => {
    s.step(m);
    return optimizer.paramGroups[0]!.lr;
  });
}

describe('ReduceLROnPlateau', () => {
  it('min mode: drops once more than `patience` epochs pass without improvement', () => {
    expect(trace([5, 4, 4, 4, 4, 3, 3, 3], { patience: 2, factor: 0.5 })).toStrictEqual([
      1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5,
    ]);
  });

  it('max mode: an accuracy that stops rising', () => {
    expect(
      trace([0.5, 0.6, 0.6, 0.59, 0.7], { mode: 'max', patience: 1, factor: 0.1 }),
    ).toStrictEqual([1, 1, 1, 0.1, 0.1]);
  });

  it('rel threshold: an improvement smaller than best × threshold is not one', () => {
    // best 1; 0.9995 is above 1 × (1 − 1e-3), so it counts as a bad epoch
    expect(trace([1, 0.9995], { threshold: 1e-3, patience: 0, factor: 0.5 })).toStrictEqual([
      1, 0.5,
    ]);
    expect(trace([1, 0.998], { threshold: 1e-3, patience: 0, factor: 0.5 })).toStrictEqual([1, 1]);
  });

  it('abs threshold: an improvement smaller than the threshold is not one', () => {
    const options = { thresholdMode: 'abs' as const, threshold: 0.1, patience: 0, factor: 0.5 };
    expect(trace([10, 9.95], options)).toStrictEqual([1, 0.5]);
    expect(trace([10, 9.85], options)).toStrictEqual([1, 1]);
    expect(trace([1, 1.05], { ...options, mode: 'max' })).toStrictEqual([1, 0.5]);
    expect(trace([1, 1.15], { ...options, mode: 'max' })).toStrictEqual([1, 1]);
  });

  it('cooldown: bad epochs right after a drop are not counted', () => {
    // patience 0: without cooldown every bad epoch drops; with cooldown 2 the next two are ignored
    const metrics = [1, 2, 2, 2, 2, 2];
    expect(trace(metrics, { patience: 0, factor: 0.5 })).toStrictEqual([
      1, 0.5, 0.25, 0.125, 0.0625, 0.03125,
    ]);
    expect(trace(metrics, { patience: 0, factor: 0.5, cooldown: 2 })).toStrictEqual([
      1, 0.5, 0.5, 0.5, 0.25, 0.25,
    ]);
  });

  it('minLr floors each group with its own value', () => {
    const optimizer = { paramGroups: [{ lr: 1 }, { lr: 1 }] };
    const s = new ReduceLROnPlateau(optimizer, { patience: 0, factor: 0.5, minLr: [0.05, 0.3] });
    const lrs: number[][] = [];
    for (const m of [1, 2, 2, 2, 2, 2, 2]) {
      s.step(m);
      lrs.push(s.getLastLr());
    }
    expect(lrs.map((lr) => lr[0])).toStrictEqual([1, 0.5, 0.25, 0.125, 0.0625, 0.05, 0.05]);
    expect(lrs.map((lr) => lr[1])).toStrictEqual([1, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3]);
  });

  it('eps: a drop smaller than eps is skipped', () => {
    expect(trace([1, 2], { patience: 0, factor: 0.5, eps: 1e-8 }, 1e-8)).toStrictEqual([
      1e-8, 1e-8,
    ]);
    expect(trace([1, 2], { patience: 0, factor: 0.5, eps: 1e-10 }, 1e-8)).toStrictEqual([
      1e-8, 5e-9,
    ]);
  });

  it('does not touch the lr before it has to, nor other fields of the group', () => {
    const optimizer = { paramGroups: [{ lr: 0.3, momentum: 0.9, initialLr: 7 }] };
    const s = new ReduceLROnPlateau(optimizer, { patience: 5 });
    s.step(1);
    expect(optimizer.paramGroups[0]).toStrictEqual({ lr: 0.3, momentum: 0.9, initialLr: 7 });
  });
});
