import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { ChainedScheduler } from './chained-scheduler';
import { CosineAnnealingLR } from './cosine-annealing-lr';
import { CyclicLR } from './cyclic-lr';
import { ExponentialLR } from './exponential-lr';
import { LambdaLR } from './lambda-lr';
import { OneCycleLR } from './one-cycle-lr';
import { ParamwiseScheduler } from './paramwise-scheduler';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau';
import { stepMayFail } from './step-guard';
import { StepLR } from './step-lr';

const sgd = () => ({ paramGroups: [{ lr: 0.1, momentum: 0.9 }] });

describe('stepMayFail', () => {
  it('is false for built-ins that call no function and cannot run out', () => {
    expect(stepMayFail(new StepLR(sgd(), { stepSize: 2 }))).toBe(false);
    expect(stepMayFail(new CosineAnnealingLR(sgd(), { tMax: 3 }))).toBe(false);
    expect(stepMayFail(new ReduceLROnPlateau(sgd()))).toBe(false);
    expect(stepMayFail(new CyclicLR(sgd(), { baseLr: 0.01, maxLr: 0.1 }))).toBe(false);
  });
  it('is true for user functions, OneCycleLR and subclasses', () => {
    expect(stepMayFail(new LambdaLR(sgd(), { lrLambda: () => 1 }))).toBe(true);
    expect(stepMayFail(new OneCycleLR(sgd(), { maxLr: 0.1, totalSteps: 5 }))).toBe(true);
    expect(stepMayFail(new CyclicLR(sgd(), { baseLr: 0.01, maxLr: 0.1, scaleFn: () => 1 }))).toBe(
      true,
    );
    class Custom extends StepLR {}
    expect(stepMayFail(new Custom(sgd(), { stepSize: 2 }))).toBe(true);
  });
  it('is true where a built-in can reach a non-finite lr by itself', () => {
    // exp_range with gamma above 1 grows without bound.
    const growing = { baseLr: 0.01, maxLr: 0.1, mode: 'exp_range' as const, gamma: 1.1 };
    expect(stepMayFail(new CyclicLR(sgd(), growing))).toBe(true);
    expect(stepMayFail(new CosineAnnealingLR(sgd(), { tMax: 1e9 }))).toBe(false);
  });
});

describe('a composite step that fails changes nothing', () => {
  it('ChainedScheduler: the children before the failing one are put back', () => {
    const optimizer = sgd();
    const chained = new ChainedScheduler(optimizer, {
      schedulers: [
        new ExponentialLR(optimizer, { gamma: 0.5 }),
        new LambdaLR(optimizer, { lrLambda: (e) => (e === 3 ? Number.NaN : 1) }),
      ],
    });
    chained.step();
    chained.step();
    const groups = structuredClone(optimizer.paramGroups);
    const state = JSON.stringify(chained.stateDict());
    expect(() => chained.step()).toThrow(InvalidArgumentError);
    expect(optimizer.paramGroups).toStrictEqual(groups);
    expect(JSON.stringify(chained.stateDict())).toBe(state);
    expect(chained.getLastLr()).toStrictEqual(groups.map((g) => g.lr));
  });

  it('ParamwiseScheduler: a group whose OneCycleLR ran out leaves the other groups unstepped', () => {
    const optimizer = {
      paramGroups: [
        { lr: 0.1, betas: [0.9, 0.99] as const },
        { lr: 0.1, betas: [0.9, 0.99] as const },
      ],
    };
    const paramwise = new ParamwiseScheduler(optimizer, {
      schedulers: [
        (v) => new OneCycleLR(v, { maxLr: 0.1, totalSteps: 10 }),
        (v) => new OneCycleLR(v, { maxLr: 0.2, totalSteps: 3 }),
      ],
    });
    for (let i = 0; i < 3; i++) paramwise.step();
    const groups = optimizer.paramGroups.map((g) => ({ ...g }));
    const state = JSON.stringify(paramwise.stateDict());
    expect(() => paramwise.step()).toThrow(ScheduleExhaustedError);
    expect(optimizer.paramGroups).toStrictEqual(groups);
    // the same betas arrays, not copies: the groups are exactly as they were
    optimizer.paramGroups.forEach((g, i) => {
      expect(g.betas).toBe(groups[i]!.betas);
    });
    expect(JSON.stringify(paramwise.stateDict())).toBe(state);
  });
});
