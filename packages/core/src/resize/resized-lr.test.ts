import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer } from '../optimizer';
import type { LRScheduler, Scheduler } from '../scheduler';
import { CosineAnnealingLR } from '../schedulers/cosine-annealing-lr';
import { HyperparameterScheduler } from '../schedulers/hyperparameter-scheduler';
import { LinearLR } from '../schedulers/linear-lr';
import { OneCycleLR } from '../schedulers/one-cycle-lr';
import { PlateauLR } from '../schedulers/plateau-lr';
import { PolynomialLR } from '../schedulers/polynomial-lr';
import { SequentialLR } from '../schedulers/sequential-lr';
import { cosineSchedule } from '../schedules/cosine';
import { linearSchedule } from '../schedules/linear';
import { fromSpec } from '../spec/from-spec';
import type { SchedulerSpec } from '../spec/spec-json';
import { toSpec } from '../spec/to-spec';
import { type ResizePolicy, resizePolicies } from './resize-plan';
import type { ResizedLR } from './resized-lr';

type Build = (o: Optimizer, length: number) => Scheduler;

/** Stateful schedulers with a total length: how to build one planned for `length` steps. */
const plans: Record<string, { build: Build; groups: () => Optimizer }> = {
  CosineAnnealingLR: {
    build: (o, n) => new CosineAnnealingLR(o, { tMax: n, etaMin: 0.001 }),
    groups: () => ({ paramGroups: [{ lr: 0.1 }, { lr: 0.02 }] }),
  },
  OneCycleLR: {
    build: (o, n) => new OneCycleLR(o, { maxLr: [0.1, 0.05], totalSteps: n + 1 }),
    groups: () => ({
      paramGroups: [
        { lr: 0.1, momentum: 0.9 },
        { lr: 0.1, momentum: 0.9 },
      ],
    }),
  },
  LinearLR: {
    build: (o, n) => new LinearLR(o, { startFactor: 1, endFactor: 0.05, totalIters: n }),
    groups: () => ({ paramGroups: [{ lr: 0.1 }, { lr: 0.3 }] }),
  },
  PolynomialLR: {
    build: (o, n) => new PolynomialLR(o, { totalIters: n, power: 2 }),
    groups: () => ({ paramGroups: [{ lr: 0.1 }, { lr: 0.3 }] }),
  },
  SequentialLR: {
    build: (o, n) => {
      const w = Math.max(1, Math.floor(n / 5));
      const warmup = new LinearLR(o, { startFactor: 0.1, totalIters: w });
      const cosine = new CosineAnnealingLR(o, { tMax: n - w });
      return new SequentialLR(o, { schedulers: [warmup, cosine], milestones: [w] });
    },
    groups: () => ({ paramGroups: [{ lr: 0.1 }, { lr: 0.02 }] }),
  },
};

/** Runs a plan to step k, then saves what a checkpoint holds. */
function checkpointAt(name: string, length: number, k: number) {
  const { build, groups } = plans[name]!;
  const optimizer = groups();
  const scheduler = build(optimizer, length);
  const lrs: number[][] = [scheduler.getLastLr()];
  for (let t = 1; t <= length; t++) {
    scheduler.step();
    lrs.push(scheduler.getLastLr());
  }
  const fresh = groups();
  const atK = build(fresh, length);
  for (let t = 0; t < k; t++) atK.step();
  return { spec: toSpec(atK), state: atK.stateDict(), lrs, groups };
}

function resume(name: string, length: number, k: number, totalSteps: number, policy: ResizePolicy) {
  const saved = checkpointAt(name, length, k);
  const optimizer = saved.groups();
  const resumed = fromSpec(optimizer, saved.spec, {
    resize: { policy, resumeStep: k, totalSteps },
  }) as ResizedLR;
  return { saved, optimizer, resumed };
}

describe('ResizedLR (stateful plans through fromSpec(spec, { resize }))', () => {
  it("'continue': for every scheduler with a length, no jump at the resume step and the end lands on the new length", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(plans)),
        fc.integer({ min: 5, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 150 }),
        (name, length, at, extra) => {
          const k = Math.min(length, Math.floor(at * length));
          const totalSteps = Math.max(k + 1, Math.round(((k + extra) * length) / 60));
          const { saved, optimizer, resumed } = resume(name, length, k, totalSteps, 'continue');
          // The lr on the groups right after resuming is the one saved at step k, exactly.
          expect(optimizer.paramGroups.map((g) => g.lr)).toStrictEqual(saved.lrs[k]);
          expect(resumed.lastEpoch).toBe(k);
          for (let t = k; t < totalSteps; t++) resumed.step();
          expect(resumed.getLastLr()).toStrictEqual(saved.lrs[length]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a 100-step cosine saved at step k resumes as 150 and 80 steps under each policy', () => {
    const rows: string[] = [];
    for (const k of [10, 40, 75]) {
      for (const totalSteps of [150, 80]) {
        for (const policy of resizePolicies) {
          const { saved, resumed } = resume('CosineAnnealingLR', 100, k, totalSteps, policy);
          const at = resumed.getLastLr()[0]!;
          const planned = saved.lrs[k]![0]!;
          const curve = [at];
          for (let t = k; t < totalSteps; t++) {
            resumed.step();
            curve.push(resumed.getLastLr()[0]!);
          }
          const end = curve[curve.length - 1]!;
          expect(end).toBeCloseTo(0.001, 15); // every policy ends at etaMin, at the new length
          if (policy === 'keep-fraction') {
            // the plan at fraction k / totalSteps, not k / 100: a jump
            const fraction = 0.001 + 0.099 * 0.5 * (1 + Math.cos((Math.PI * k) / totalSteps));
            // (between two steps the stretched plan is interpolated linearly: within 1e-5 here)
            expect(Math.abs(at - fraction)).toBeLessThan(1e-5);
            expect(Math.abs(at - planned)).toBeGreaterThan(1e-3);
          } else {
            expect(at).toBe(planned);
          }
          if (policy === 'cooldown-now') {
            // straight down from the current lr to the end
            const drop = (planned - 0.001) / (totalSteps - k);
            curve.forEach((lr, i) => {
              expect(lr).toBeCloseTo(planned - drop * i, 12);
            });
          }
          if (policy === 'rewarm') expect(Math.max(...curve)).toBeCloseTo(0.1, 12);
          rows.push(`${k}→${totalSteps} ${policy}: jump ${(at - planned).toExponential(2)}`);
        }
      }
    }
    expect(rows).toHaveLength(24);
  });

  it('state and spec round-trip: toSpec(resized) rebuilds it, stateDict resumes it', () => {
    const { resumed, saved } = resume('SequentialLR', 50, 20, 90, 'rewarm');
    const spec = toSpec(resumed);
    expect(spec.type).toBe('ResizedLR');
    const again = fromSpec(saved.groups(), JSON.parse(JSON.stringify(spec))) as ResizedLR;
    expect(again.getLastLr()).toStrictEqual(resumed.getLastLr());
    for (let i = 0; i < 5; i++) resumed.step();
    again.loadStateDict(JSON.parse(JSON.stringify(resumed.stateDict())));
    expect(again.getLastLr()).toStrictEqual(resumed.getLastLr());
    for (let i = 0; i < 80; i++) {
      resumed.step();
      again.step();
    }
    expect(again.getLastLr()).toStrictEqual(resumed.getLastLr());
    const other = resume('SequentialLR', 50, 20, 91, 'rewarm').resumed;
    expect(() => other.loadStateDict(resumed.stateDict())).toThrow(InvalidArgumentError);
  });

  it('rejects what cannot be resized, before touching the optimizer', () => {
    const optimizer: Optimizer = { paramGroups: [{ lr: 0.1 }] };
    const plateau: SchedulerSpec = { version: 1, type: 'ReduceLROnPlateau' };
    const bad: [SchedulerSpec, Record<string, unknown>, string][] = [
      [
        plateau,
        { policy: 'continue', resumeStep: 1, totalSteps: 9, previousTotalSteps: 5 },
        'plan',
      ],
      [
        { version: 1, type: 'StepLR', stepSize: 3 },
        { policy: 'continue', resumeStep: 1, totalSteps: 9 },
        'previousTotalSteps',
      ],
      [
        { version: 1, type: 'CosineAnnealingLR', tMax: 10 },
        { policy: 'continue', resumeStep: 11, totalSteps: 20 },
        'resumeStep',
      ],
      [
        { version: 1, type: 'CosineAnnealingLR', tMax: 10 },
        { policy: 'grow', resumeStep: 1, totalSteps: 20 },
        'policy',
      ],
    ];
    for (const [spec, resize, parameter] of bad) {
      expect(() => fromSpec(optimizer, spec, { resize: resize as never })).toThrow(
        expect.objectContaining({ parameter }),
      );
      expect(optimizer.paramGroups[0]).toStrictEqual({ lr: 0.1 });
    }
    expect(() => fromSpec(optimizer, plateau, { rezise: {} } as never)).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('specs of PlateauLR and HyperparameterScheduler', () => {
  it('PlateauLR (chainable and on a schedule, nested in SequentialLR) round-trips', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const warmup = new LinearLR(optimizer, { startFactor: 0.1, totalIters: 3 });
    const plateau = new PlateauLR(optimizer, {
      patience: 1,
      factor: 0.5,
      schedule: cosineSchedule({ peakLr: 1, decaySteps: 20 }),
    });
    const s = new SequentialLR(optimizer, { schedulers: [warmup, plateau], milestones: [3] });
    const spec = toSpec(s);
    const rebuilt = fromSpec({ paramGroups: [{ lr: 1 }] }, JSON.parse(JSON.stringify(spec)));
    expect(toSpec(rebuilt)).toStrictEqual(spec);
    for (const m of [3, 2, 2, 2, 2, 1, 1, 1, 1]) {
      s.step(m);
      rebuilt.step(m);
      expect(rebuilt.getLastLr()).toStrictEqual(s.getLastLr());
    }
    const chainable = toSpec(new PlateauLR({ paramGroups: [{ lr: 1 }] }, { mode: 'max' }));
    expect(chainable).toStrictEqual({ version: 1, type: 'PlateauLR', mode: 'max' });
  });

  it('HyperparameterScheduler round-trips', () => {
    const make = () => ({ paramGroups: [{ lr: 1, weightDecay: 0.1 }] });
    const wd = new HyperparameterScheduler(make(), {
      field: 'weightDecay',
      schedule: linearSchedule({ startLr: 0.01, endLr: 0.1, transitionSteps: 10 }),
    });
    const spec = toSpec(wd);
    const rebuilt = fromSpec(make(), JSON.parse(JSON.stringify(spec))) as HyperparameterScheduler;
    expect(rebuilt.scheduledField).toBe('weightDecay');
    for (let i = 0; i < 12; i++) {
      wd.step();
      rebuilt.step();
    }
    expect(rebuilt.getLastValues()).toStrictEqual(wd.getLastValues());
    expect((rebuilt as unknown as LRScheduler).optimizer.paramGroups[0]).toMatchObject({
      weightDecay: 0.1,
    });
  });
});
