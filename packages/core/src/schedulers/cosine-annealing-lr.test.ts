import { describe, expect, it } from 'vitest';
import { CosineAnnealingLR } from './cosine-annealing-lr';

const closed = (base: number, etaMin: number, tMax: number, t: number) =>
  etaMin + ((base - etaMin) * (1 + Math.cos((Math.PI * t) / tMax))) / 2;

describe('CosineAnnealingLR', () => {
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
