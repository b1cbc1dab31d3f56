import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ParamGroup } from '../optimizer';
import { constantSchedule } from '../schedules/constant';
import { cosineSchedule } from '../schedules/cosine';
import { hfLinear } from '../schedules/huggingface';
import { linearSchedule } from '../schedules/linear';
import { timmCosine } from '../schedules/timm';
import { warmupSchedule } from '../schedules/warmup';
import { LambdaLR } from './lambda-lr';
import { ScheduleLR } from './schedule-lr';

const optimizerOf = (...lrs: number[]) => ({ paramGroups: lrs.map((lr): ParamGroup => ({ lr })) });

function trace(scheduler: { step(): void; getLastLr(): number[] }, steps: number): number[][] {
  const lrs = [scheduler.getLastLr()];
  for (let i = 1; i < steps; i++) {
    scheduler.step();
    lrs.push(scheduler.getLastLr());
  }
  return lrs;
}

describe('ScheduleLR', () => {
  it('multiplier mode gives transformers numbers: the same trace as LambdaLR with the lambda', () => {
    const schedule = hfLinear({ numWarmupSteps: 3, numTrainingSteps: 12 });
    const ours = new ScheduleLR(optimizerOf(0.1, 0.01), { schedule, scale: 'multiplier' });
    const lambda = new LambdaLR(optimizerOf(0.1, 0.01), { lrLambda: (t) => schedule.lrAt(t) });
    expect(trace(ours, 15)).toEqual(trace(lambda, 15));
  });

  it('absolute mode with one schedule per group (timm, one per group lr)', () => {
    const schedules = [0.1, 0.02].map((baseLr) =>
      timmCosine({ baseLr, tInitial: 10, warmupT: 2, warmupLrInit: 1e-4 }),
    );
    const optimizer = optimizerOf(0.1, 0.02);
    const scheduler = new ScheduleLR(optimizer, { schedule: schedules, scale: 'absolute' });
    const lrs = trace(scheduler, 12);
    lrs.forEach((row, t) => {
      expect(row).toEqual(schedules.map((s) => s.lrAt(t)));
    });
    expect(optimizer.paramGroups.map((g) => g.lr)).toEqual(lrs[11]);
  });

  it('lrAt(step) equals the stepped trace, and step(epoch) jumps to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('multiplier' as const, 'absolute' as const),
        fc.integer({ min: 0, max: 80 }),
        (warmupSteps, decaySteps, scale, jump) => {
          const schedule = warmupSchedule({
            warmupSteps,
            schedule: cosineSchedule({ peakLr: 1, minLr: 0.01, decaySteps }),
          });
          const scheduler = new ScheduleLR(optimizerOf(0.3, 0.05), { schedule, scale });
          const lrs = trace(scheduler, 40);
          lrs.forEach((row, t) => {
            expect(scheduler.lrAt(t)).toEqual(row);
          });
          scheduler.step(jump);
          expect(scheduler.getLastLr()).toEqual(scheduler.lrAt(jump));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('saves and resumes: a restored scheduler continues the same trace', () => {
    const schedule = linearSchedule({ startLr: 1, endLr: 0, transitionSteps: 20 });
    const first = new ScheduleLR(optimizerOf(0.1), { schedule, scale: 'multiplier' });
    for (let i = 0; i < 7; i++) first.step();
    const state = JSON.parse(JSON.stringify(first.stateDict()));
    const optimizer = optimizerOf(0.1);
    const second = new ScheduleLR(optimizer, { schedule, scale: 'multiplier' });
    second.loadStateDict(state);
    first.step();
    second.step();
    expect(second.getLastLr()).toEqual(first.getLastLr());
    expect(optimizer.paramGroups[0]!.lr).toBe(first.getLastLr()[0]);
  });

  it('refuses a state saved with other schedules, changing nothing', () => {
    const a = new ScheduleLR(optimizerOf(0.1), {
      schedule: constantSchedule({ lr: 1 }),
      scale: 'multiplier',
    });
    a.step();
    const optimizer = optimizerOf(0.1);
    const b = new ScheduleLR(optimizer, {
      schedule: constantSchedule({ lr: 0.5 }),
      scale: 'multiplier',
    });
    const before = b.stateDict();
    expect(() => b.loadStateDict(a.stateDict())).toThrow(InvalidArgumentError);
    expect(b.stateDict()).toEqual(before);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
  });

  it('validates before touching the optimizer', () => {
    const optimizer = optimizerOf(0.1, 0.2);
    const schedule = constantSchedule({ lr: 1 });
    expect(() => new ScheduleLR(optimizer, { schedule } as never)).toThrow(/scale/);
    expect(() => new ScheduleLR(optimizer, { schedule: [schedule], scale: 'absolute' })).toThrow(
      /one per param group/,
    );
    expect(() => new ScheduleLR(optimizer, { schedule: 5 as never, scale: 'absolute' })).toThrow(
      /Schedule/,
    );
    expect(optimizer.paramGroups).toEqual([{ lr: 0.1 }, { lr: 0.2 }]);
    const nan = { spec: { type: 'custom' }, lrAt: () => Number.NaN };
    expect(() => new ScheduleLR(optimizerOf(0.1), { schedule: nan, scale: 'absolute' })).toThrow(
      /finite/,
    );
    expect(() =>
      new ScheduleLR(optimizerOf(0.1), { schedule, scale: 'absolute' }).lrAt(0.5),
    ).toThrow(/step/);
  });

  it('exposes its schedules and scale for specs', () => {
    const schedule = constantSchedule({ lr: 1 });
    const s = new ScheduleLR(optimizerOf(0.1, 0.2), { schedule, scale: 'absolute' });
    expect(s.schedules).toEqual([schedule, schedule]);
    expect(s.scaleMode).toBe('absolute');
  });
});
