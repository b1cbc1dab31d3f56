import { describe, expect, it } from 'vitest';
import { CyclicLR } from './cyclic-lr';

describe('CyclicLR', () => {
  it('a custom scaleFn receives the cycle number in scaleMode cycle', () => {
    const seen: number[] = [];
    const optimizer = { paramGroups: [{ lr: 1, momentum: 0.9 }] };
    const s = new CyclicLR(optimizer, {
      baseLr: 0,
      maxLr: 1,
      stepSizeUp: 2,
      scaleFn: (x) => {
        seen.push(x);
        return 1 / x;
      },
    });
    for (let i = 0; i < 6; i++) s.step();
    // steps 0..6 with a 4-step cycle: cycles 1, 1, 1, 1, 2, 2, 2 (the momentum calls it again)
    expect([...new Set(seen)]).toStrictEqual([1, 2]);
    // step 6 is the peak of cycle 2, whose amplitude scaleFn(2) halves
    expect(s.getLastLr()[0]).toBe(0.5);
  });

  it("a custom scaleFn receives the step in scaleMode 'iterations'", () => {
    const seen: number[] = [];
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const s = new CyclicLR(optimizer, {
      baseLr: 0.1,
      maxLr: 0.5,
      stepSizeUp: 4,
      cycleMomentum: false,
      scaleMode: 'iterations',
      scaleFn: (x) => {
        seen.push(x);
        return 0.9 ** x;
      },
    });
    for (let i = 0; i < 5; i++) s.step();
    expect(seen).toStrictEqual([0, 1, 2, 3, 4, 5]);
    // step 5 of an 8-step cycle: 3/4 of the way back down → height 0.75 × (0.5 − 0.1)
    expect(s.getLastLr()[0]).toBeCloseTo(0.1 + 0.4 * 0.75 * 0.9 ** 5, 15);
  });

  it('cycles beta1 inversely to the lr; beta2 is untouched and betas is a new array each step', () => {
    const optimizer = { paramGroups: [{ lr: 1, betas: [0.9, 0.999] as const }] };
    const s = new CyclicLR(optimizer, {
      baseLr: 0.01,
      maxLr: 0.1,
      stepSizeUp: 2,
      baseMomentum: 0.8,
      maxMomentum: 0.95,
    });
    expect(optimizer.paramGroups[0]!.betas).toStrictEqual([0.95, 0.999]);
    let previous = optimizer.paramGroups[0]!.betas;
    const beta1: number[] = [];
    for (let i = 0; i < 4; i++) {
      s.step();
      const betas = optimizer.paramGroups[0]!.betas;
      expect(betas).not.toBe(previous);
      expect(betas[1]).toBe(0.999);
      beta1.push(betas[0]);
      previous = betas;
    }
    // lr up to the peak at step 2 (beta1 down to baseMomentum), back at step 4
    expect(beta1[1]).toBeCloseTo(0.8, 15);
    expect(beta1[3]).toBeCloseTo(0.95, 15);
    expect(s.getLastLr()[0]).toBeCloseTo(0.01, 15);
  });

  it('records baseLr as initialLr, as PyTorch does', () => {
    const optimizer = {
      paramGroups: [{ lr: 1, momentum: 0.9 }] as {
        lr: number;
        momentum: number;
        initialLr?: number;
      }[],
    };
    new CyclicLR(optimizer, { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 2 });
    expect(optimizer.paramGroups[0]!.initialLr).toBe(0.01);
  });
});
