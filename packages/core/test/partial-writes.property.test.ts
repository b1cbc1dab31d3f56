import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CyclicLR,
  InvalidArgumentError,
  LambdaLR,
  NonFiniteLrError,
  OneCycleLR,
  type Optimizer,
  ReduceLROnPlateau,
  type Scheduler,
} from '../src/index';
import { snapshot, thrown } from './helpers';

// The step path checks finiteness while it writes (one pass) and undoes the groups already
// written when a later group's value is not finite or its write throws. These properties put
// the bad group anywhere, so the undo of 0..k-1 (and of group k's momentum) is exercised.

function capture(o: Optimizer, s: Scheduler): string {
  return JSON.stringify({ groups: snapshot(o), state: s.stateDict(), last: s.getLastLr() });
}

const groupsAndBad = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.record({ n: fc.constant(n), bad: fc.integer({ min: 0, max: n - 1 }) }));

/** Group `bad` gets an lr whose setter throws, after its momentum (or betas) was written. */
function lockLr(group: Record<string, unknown>): void {
  const lr = group.lr;
  Object.defineProperty(group, 'lr', {
    get: () => lr,
    set: () => {
      throw new TypeError('lr is locked');
    },
    enumerable: true,
  });
}

describe('a refused step leaves every group as it was, wherever the bad group is', () => {
  it('LambdaLR: a non-finite lr in group k undoes groups 0..k-1', () => {
    fc.assert(
      fc.property(groupsAndBad, fc.integer({ min: 1, max: 5 }), ({ n, bad }, atStep) => {
        const o = { paramGroups: Array.from({ length: n }, (_, i) => ({ lr: 10 + i })) };
        const lambdas = Array.from(
          { length: n },
          (_, i) => (epoch: number) => (i === bad && epoch === atStep ? 1e308 : 1 / (1 + epoch)),
        );
        const s = new LambdaLR(o, { lrLambda: lambdas });
        for (let e = 1; e < atStep; e++) s.step();
        const before = capture(o, s);
        const error = thrown(() => s.step()) as NonFiniteLrError;
        expect(error).toBeInstanceOf(NonFiniteLrError);
        expect(error.group).toBe(bad);
        expect(capture(o, s)).toBe(before);
        // Nothing moved: the retried step computes the same epoch and is refused the same way.
        expect((thrown(() => s.step()) as NonFiniteLrError).step).toBe(atStep);
      }),
      { numRuns: 150 },
    );
  });

  it('CyclicLR and OneCycleLR: a locked lr in group k undoes its momentum and groups 0..k-1', () => {
    fc.assert(
      fc.property(groupsAndBad, fc.boolean(), fc.boolean(), ({ n, bad }, cyclic, adamLike) => {
        const o: Optimizer = {
          paramGroups: Array.from({ length: n }, (_, i) =>
            adamLike
              ? { lr: 1e-3 * (i + 1), betas: [0.9, 0.999] as [number, number] }
              : { lr: 0.1 * (i + 1), momentum: 0.9 },
          ),
        };
        const s: Scheduler = cyclic
          ? new CyclicLR(o, { baseLr: 1e-4, maxLr: 1e-2, stepSizeUp: 3 })
          : new OneCycleLR(o, { maxLr: 1e-2, totalSteps: 20 });
        s.step();
        lockLr(o.paramGroups[bad] as unknown as Record<string, unknown>);
        const before = capture(o, s);
        const error = thrown(() => s.step()) as InvalidArgumentError;
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect(error.parameter).toBe(`optimizer.paramGroups[${bad}].lr`);
        expect(capture(o, s)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('ReduceLROnPlateau: a hand-set non-finite lr is refused, nothing written', () => {
    fc.assert(
      fc.property(groupsAndBad, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY), (g, v) => {
        const o = { paramGroups: Array.from({ length: g.n }, (_, i) => ({ lr: 0.1 * (i + 1) })) };
        const s = new ReduceLROnPlateau(o, { patience: 0 });
        s.step(1);
        o.paramGroups[g.bad]!.lr = v;
        const before = capture(o, s);
        const error = thrown(() => s.step(2)) as NonFiniteLrError;
        expect(error).toBeInstanceOf(NonFiniteLrError);
        expect(error.group).toBe(g.bad);
        expect(capture(o, s)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
