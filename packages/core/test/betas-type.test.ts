import { describe, expect, it } from 'vitest';
import { CyclicLR, OneCycleLR, type Optimizer, type ParamGroup } from '../src/index';

// Type-level: this file is type-checked with the package (tsc --noEmit includes test/), so a
// mutable `[number, number]` that the types refused would fail the typecheck.
interface AdamGroup extends ParamGroup {
  lr: number;
  betas: [number, number];
}

describe('betas as a mutable [number, number]', () => {
  it('is accepted in a param group and cycled by OneCycleLR and CyclicLR', () => {
    const betas: [number, number] = [0.9, 0.999];
    const adam: Optimizer<AdamGroup> = { paramGroups: [{ lr: 1e-3, betas }] };
    const plain = { paramGroups: [{ lr: 1e-3, betas: [0.9, 0.999] as [number, number] }] };
    const oneCycle = new OneCycleLR(adam, { maxLr: 0.01, totalSteps: 10 });
    new CyclicLR(plain, { baseLr: 1e-3, maxLr: 1e-2, stepSizeUp: 2 });
    oneCycle.step();
    // beta1 is cycled (down from maxMomentum 0.95), beta2 kept; a new array is written.
    expect(adam.paramGroups[0]!.betas[0]).toBeLessThan(0.95);
    expect(adam.paramGroups[0]!.betas[1]).toBe(0.999);
    expect(plain.paramGroups[0]!.betas[0]).toBe(0.9);
  });
});
