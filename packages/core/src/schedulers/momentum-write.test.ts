import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer } from '../optimizer';
import type { LRScheduler } from '../scheduler';
import { CyclicLR } from './cyclic-lr';
import { OneCycleLR } from './one-cycle-lr';

type Group = { lr: number; momentum?: number; betas?: [number, number] };

const builders: [string, (o: Optimizer) => LRScheduler][] = [
  ['CyclicLR', (o) => new CyclicLR(o, { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 4 })],
  ['OneCycleLR', (o) => new OneCycleLR(o, { maxLr: 0.1, totalSteps: 20 })],
];
const groupsOf: [string, () => Group[]][] = [
  ['momentum', () => [0, 1, 2].map(() => ({ lr: 0.1, momentum: 0.9 }))],
  ['betas', () => [0, 1, 2].map(() => ({ lr: 0.1, betas: [0.9, 0.999] as [number, number] }))],
];

describe('momentum-cycling schedulers write lrs and momentums all or nothing', () => {
  for (const [name, build] of builders) {
    for (const [kind, groups] of groupsOf) {
      it(`${name} (${kind}): an lr refused after the momentums were written puts them back`, () => {
        const paramGroups = groups();
        const scheduler = build({ paramGroups });
        scheduler.step();
        // lr read-only on the last group: the momentums of every group are written first.
        Object.defineProperty(paramGroups[2], 'lr', { value: paramGroups[2]!.lr, writable: false });
        const before = structuredClone(paramGroups.map((g) => ({ ...g })));
        const state = scheduler.stateDict();
        expect(() => scheduler.step()).toThrow(InvalidArgumentError);
        // Equal values, beta2 included. A restored pair is a new array holding the old values:
        // the step keeps beta1 as a number rather than the pair object (a pointer store per group
        // on every step), and PyTorch itself puts a new tuple in each step.
        expect(paramGroups.map((g) => ({ ...g }))).toStrictEqual(before);
        expect(scheduler.stateDict()).toStrictEqual(state);
      });
    }
  }
});
