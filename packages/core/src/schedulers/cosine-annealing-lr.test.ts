import { describe, expect, it } from 'vitest';
import { CosineAnnealingLR } from './cosine-annealing-lr';

const closed = (base: number, etaMin: number, tMax: number, t: number) =>
  etaMin + ((base - etaMin) * (1 + Math.cos((Math.PI * t) / tMax))) / 2;

describe('CosineAnnealingLR', () => {
  it('a long schedule passes its trough with finite lrs near the closed form (no 0/0)', () => {
    // PyTorch's recursive ratio divides 0 by 0 at the trough once tMax is ~2e8 or more, and has
    // lost most of its digits there from ~2e6; lrkit takes the half-angle form of the same ratio.
    for (const tMax of [3e6, 1e8, 1e9, 2 ** 40]) {
      const base = 0.1;
      // Resumed (its construction step is epoch tMax - 2), then stepped across the trough.
      const optimizer = { paramGroups: [{ lr: base, initialLr: base }] };
      const s = new CosineAnnealingLR(optimizer, { tMax, lastEpoch: tMax - 3 });
      for (let t = tMax - 1; t <= tMax + 6; t++) {
        s.step();
        const lr = s.getLastLr()[0]!;
        expect(Number.isFinite(lr)).toBe(true);
        // The closed form in its half-angle form (exact near the trough), in absolute terms.
        const exact = base * Math.cos((Math.PI * t) / (2 * tMax)) ** 2;
        expect(Math.abs(lr - exact)).toBeLessThan(1e-15);
      }
    }
  });

  it('past tMax rises back along the same cosine, as PyTorch', () => {
    const optimizer = { paramGroups: [{ lr: 0.1 }] };
    const tMax = 8;
    const s = new CosineAnnealingLR(optimizer, { tMax, etaMin: 0.001 });
    const trace = [s.getLastLr()[0]!];
    for (let t = 1; t <= 4 * tMax; t++) {
      s.step();
      trace.push(s.getLastLr()[0]!);
    }
    trace.forEach((lr, t) => {
      expect(lr).toBeCloseTo(closed(0.1, 0.001, tMax, t), 12);
    });
    expect(trace[tMax]).toBeCloseTo(0.001, 12);
    expect(trace[2 * tMax]).toBeCloseTo(0.1, 12);
    // it rises after tMax instead of staying at etaMin
    expect(trace[tMax + 1]!).toBeGreaterThan(trace[tMax]!);
  });

  it('step(epoch) is the closed form exactly, and step() continues from there', () => {
    const optimizer = { paramGroups: [{ lr: 0.2 }, { lr: 0.02 }] };
    const s = new CosineAnnealingLR(optimizer, { tMax: 10 });
    s.step(13);
    expect(s.getLastLr()).toStrictEqual([closed(0.2, 0, 10, 13), closed(0.02, 0, 10, 13)]);
    expect(optimizer.paramGroups.map((g) => g.lr)).toStrictEqual(s.getLastLr());
    s.step();
    expect(s.getLastLr()[0]).toBeCloseTo(closed(0.2, 0, 10, 14), 12);
  });
});
