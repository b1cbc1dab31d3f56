import { describe, expect, it } from 'vitest';
import { countAtOrBelow, MultiStepLR } from './multi-step-lr';

const lrs = (s: MultiStepLR, n: number) =>
  Array.from({ length: n }, () => {
    s.step();
    return s.getLastLr()[0]!;
  });

describe('MultiStepLR', () => {
  it('applies gamma once per repetition of a milestone', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const s = new MultiStepLR(optimizer, { milestones: [2, 4, 4, 4], gamma: 0.5 });
    expect(s.getLastLr()).toStrictEqual([1]);
    // steps 1..5: the milestone 4 given three times multiplies by 0.5³ at once.
    expect(lrs(s, 5)).toStrictEqual([1, 0.5, 0.5, 0.0625, 0.0625]);
  });

  it('step(epoch) uses the closed form, counting repetitions', () => {
    const s = new MultiStepLR(
      { paramGroups: [{ lr: 2 }, { lr: 4 }] },
      { milestones: [3, 3, 7], gamma: 0.1 },
    );
    s.step(5);
    expect(s.getLastLr()).toStrictEqual([2 * 0.1 ** 2, 4 * 0.1 ** 2]);
    s.step(9);
    expect(s.getLastLr()).toStrictEqual([2 * 0.1 ** 3, 4 * 0.1 ** 3]);
    s.step(0);
    expect(s.getLastLr()).toStrictEqual([2, 4]);
    // and step() continues the recursive form from there
    s.step();
    s.step();
    s.step();
    expect(s.getLastLr()).toStrictEqual([2 * 0.1 ** 2, 4 * 0.1 ** 2]);
  });

  it('counts milestones at or below a step (bisect_right)', () => {
    expect(countAtOrBelow([], 3)).toBe(0);
    expect(countAtOrBelow([1, 3, 3, 5], 0)).toBe(0);
    expect(countAtOrBelow([1, 3, 3, 5], 3)).toBe(3);
    expect(countAtOrBelow([1, 3, 3, 5], 4)).toBe(3);
    expect(countAtOrBelow([1, 3, 3, 5], 9)).toBe(4);
  });
});
