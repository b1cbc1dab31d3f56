import { describe, expect, it } from 'vitest';
import {
  cosineSchedule,
  fromSpec,
  HyperparameterScheduler,
  InvalidArgumentError,
  LinearLR,
  linearSchedule,
  PlateauLR,
  type Scheduler,
  type SchedulerState,
  SequentialLR,
} from '../src/index';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into a JSON value (arrays and objects included). */
function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => [[...path, i], ...paths(v, [...path, i])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...paths(v, [...path, k])]);
  }
  return [];
}

function replaced(state: Json, path: (string | number)[], value: Json): Json {
  const copy = JSON.parse(JSON.stringify(state)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy;
}

const HOSTILE: Json[] = [null, 'NaN', 'Infinity', -1, 2.5, 1e308, true, {}, [], 'constructor'];

const cases: [string, () => { s: Scheduler; groups: () => unknown; step: () => void }][] = [
  [
    'SequentialLR [LinearLR, PlateauLR on a cosine]',
    () => {
      const o = { paramGroups: [{ lr: 0.1 }, { lr: 0.05 }] };
      const s = new SequentialLR(o, {
        schedulers: [
          new LinearLR(o, { startFactor: 0.5, totalIters: 2 }),
          new PlateauLR(o, {
            patience: 0,
            schedule: cosineSchedule({ peakLr: 0.1, decaySteps: 10 }),
          }),
        ],
        milestones: [2],
      });
      return { s, groups: () => JSON.stringify(o.paramGroups), step: () => s.step(1) };
    },
  ],
  [
    'HyperparameterScheduler (beta2)',
    () => {
      const o = { paramGroups: [{ lr: 0.1, betas: [0.9, 0.95] as const }] };
      const s = new HyperparameterScheduler(o, {
        field: 'beta2',
        schedule: linearSchedule({ startLr: 0.95, endLr: 0.999, transitionSteps: 5 }),
      });
      return { s, groups: () => JSON.stringify(o.paramGroups), step: () => s.step() };
    },
  ],
  [
    'ResizedLR (continue)',
    () => {
      const o = { paramGroups: [{ lr: 0.1 }] };
      const s = fromSpec(
        o,
        { version: 1, type: 'CosineAnnealingLR', tMax: 20 },
        {
          resize: { policy: 'continue', resumeStep: 5, totalSteps: 30 },
        },
      );
      return { s, groups: () => JSON.stringify(o.paramGroups), step: () => s.step() };
    },
  ],
];

describe('hostile states of PlateauLR, HyperparameterScheduler and ResizedLR', () => {
  it.each(cases)(
    '%s: every field × hostile value is refused whole or loads a usable state',
    (_name, make) => {
      const { s, step } = make();
      for (let i = 0; i < 3; i++) step();
      const original = s.stateDict() as unknown as Json;
      let refused = 0;
      for (const path of paths(original)) {
        for (const value of HOSTILE) {
          const bad = replaced(original, path, value) as unknown as SchedulerState;
          const fresh = make();
          const before = JSON.stringify(fresh.s.stateDict());
          const groupsBefore = fresh.groups();
          try {
            fresh.s.loadStateDict(bad);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidArgumentError);
            expect(JSON.stringify(fresh.s.stateDict())).toBe(before);
            expect(fresh.groups()).toBe(groupsBefore);
            refused++;
            continue;
          }
          // Accepted: it must still step to finite lrs.
          fresh.step();
          for (const lr of fresh.s.getLastLr()) expect(Number.isFinite(lr)).toBe(true);
        }
      }
      expect(refused).toBeGreaterThan(paths(original).length);
    },
  );

  it('a bad child state inside a composite is named by its path and changes nothing', () => {
    const { s, groups } = cases[0]![1]();
    s.step(1);
    s.step(1);
    const state = s.stateDict() as unknown as { schedulers: Record<string, Json>[] };
    state.schedulers[1]!.factor = 3;
    const before = groups();
    expect(() => s.loadStateDict(state as unknown as SchedulerState)).toThrow(
      expect.objectContaining({ parameter: 'state.schedulers[1].factor' }),
    );
    expect(groups()).toBe(before);
  });
});
