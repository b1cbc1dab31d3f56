import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { SchedulerRunner } from '../runner/scheduler-runner';
import { cosineSchedule } from '../schedules/cosine';
import { linearSchedule } from '../schedules/linear';
import { HyperparameterScheduler } from './hyperparameter-scheduler';
import { ScheduleLR } from './schedule-lr';

interface Group {
  lr: number;
  weightDecay: number;
  betas: readonly [number, number];
}

function adamLike(): { paramGroups: Group[] } {
  return {
    paramGroups: [
      { lr: 1e-3, weightDecay: 0.05, betas: [0.9, 0.95] },
      { lr: 1e-3, weightDecay: 0, betas: [0.9, 0.95] },
    ],
  };
}

describe('HyperparameterScheduler', () => {
  it('writes the schedule into any numeric group field at every step', () => {
    const optimizer = adamLike();
    const schedule = linearSchedule({ startLr: 0.01, endLr: 0.1, transitionSteps: 10 });
    const s = new HyperparameterScheduler(optimizer, { field: 'weightDecay', schedule });
    expect(s.scheduledField).toBe('weightDecay');
    for (let t = 0; t <= 12; t++) {
      expect(optimizer.paramGroups.map((g) => g.weightDecay)).toStrictEqual([
        schedule.lrAt(t),
        schedule.lrAt(t),
      ]);
      expect(s.getLastValues()).toStrictEqual([schedule.lrAt(t), schedule.lrAt(t)]);
      s.step();
    }
    // The lr is not its business.
    expect(optimizer.paramGroups.map((g) => g.lr)).toStrictEqual([1e-3, 1e-3]);
  });

  it("'multiplier' scales each group's initial value (no decay stays no decay)", () => {
    const optimizer = adamLike();
    const schedule = cosineSchedule({ peakLr: 1, minLr: 0.1, decaySteps: 4 });
    const s = new HyperparameterScheduler(optimizer, {
      field: 'weightDecay',
      schedule,
      scale: 'multiplier',
    });
    s.step();
    s.step();
    expect(optimizer.paramGroups.map((g) => g.weightDecay)).toStrictEqual([
      0.05 * schedule.lrAt(2),
      0,
    ]);
  });

  it('beta2 is written into a fresh betas tuple, beta1 kept', () => {
    const optimizer = adamLike();
    const before = optimizer.paramGroups[0]!.betas;
    const schedule = linearSchedule({ startLr: 0.95, endLr: 0.999, transitionSteps: 4 });
    const s = new HyperparameterScheduler(optimizer, { field: 'beta2', schedule });
    s.step(4);
    expect(optimizer.paramGroups[0]!.betas).toStrictEqual([0.9, 0.999]);
    expect(optimizer.paramGroups[0]!.betas).not.toBe(before);
    expect(before).toStrictEqual([0.9, 0.95]);
  });

  it('steps together with the lr scheduler in one runner, and both states round-trip', () => {
    const build = () => {
      const optimizer = adamLike();
      const lr = new ScheduleLR(optimizer, {
        schedule: cosineSchedule({ peakLr: 1e-3, decaySteps: 20 }),
        scale: 'absolute',
      });
      const wd = new HyperparameterScheduler(optimizer, {
        field: 'weightDecay',
        schedule: linearSchedule({ startLr: 0.01, endLr: 0.1, transitionSteps: 20 }),
      });
      const runner = new SchedulerRunner(
        [
          { scheduler: lr, interval: 'step' },
          { scheduler: wd, interval: 'step' },
        ],
        { recordHistory: false },
      );
      return { optimizer, runner };
    };
    const a = build();
    for (let i = 0; i < 7; i++) a.runner.onStepEnd();
    const saved = JSON.parse(JSON.stringify(a.runner.stateDict()));
    const b = build();
    b.runner.loadStateDict(saved);
    expect(b.optimizer.paramGroups).toStrictEqual(a.optimizer.paramGroups);
    for (let i = 0; i < 5; i++) {
      a.runner.onStepEnd();
      b.runner.onStepEnd();
    }
    expect(b.optimizer.paramGroups).toStrictEqual(a.optimizer.paramGroups);
    expect(a.optimizer.paramGroups[0]!.weightDecay).toBeCloseTo(0.01 + (0.09 * 12) / 20, 15);
  });

  it('hostile input throws a typed error before anything changes', () => {
    const schedule = linearSchedule({ startLr: 0, endLr: 1, transitionSteps: 2 });
    const bad: unknown[] = [
      { field: 'lr', schedule },
      { field: 'initialLr', schedule },
      { field: 'betas', schedule },
      { field: 'weight_decay', schedule },
      { field: '', schedule },
      { field: 'weightDecay', schedule: () => 1 },
      { field: 'weightDecay', schedule: [schedule] },
      { field: 'weightDecay', schedule, scale: 'log' },
      { field: 'weightDecay', schedule, extra: 1 },
    ];
    for (const options of bad) {
      const optimizer = adamLike();
      const copy = JSON.stringify(optimizer);
      expect(() => new HyperparameterScheduler(optimizer, options as never)).toThrow(
        InvalidArgumentError,
      );
      expect(JSON.stringify(optimizer)).toBe(copy);
    }
    const optimizer = adamLike();
    const s = new HyperparameterScheduler(optimizer, { field: 'weightDecay', schedule });
    const state = s.stateDict();
    const before = JSON.stringify(optimizer);
    for (const epoch of [-1, 1.5, Number.NaN]) expect(() => s.step(epoch)).toThrow(/epoch/);
    for (const hostile of [
      { ...state, field: 'momentum' },
      { ...state, lastValues: ['x', 1] },
      { ...state, specs: [{ type: 'constant', value: 1 }] },
    ]) {
      expect(() => s.loadStateDict(hostile as never)).toThrow(InvalidArgumentError);
    }
    expect(JSON.stringify(optimizer)).toBe(before);
  });
});
