import { describe, expect, it } from 'vitest';
import {
  ExponentialLR,
  InvalidArgumentError,
  LRScheduler,
  type Optimizer,
  type SchedulerBaseOptions,
  type SchedulerState,
  SequentialLR,
} from '../src/index';
import { snapshot, thrown } from './helpers';

/** The documented pattern: subclass LRScheduler, override getLr(), call initialStep() last. */
class WarmupLR extends LRScheduler {
  static override readonly schedulerName = 'WarmupLR';
  private warmupSteps: number;

  constructor(optimizer: Optimizer, options: { warmupSteps: number } & SchedulerBaseOptions) {
    const { warmupSteps, ...base } = options;
    super(optimizer, base);
    this.warmupSteps = warmupSteps;
    this.initialStep();
  }

  override getLr(): number[] {
    return this.baseLrs.map((lr) => lr * Math.min(1, (this.lastEpoch + 1) / this.warmupSteps));
  }
}

/** A broken subclass: getLr returns what the test tells it to. */
class BrokenLR extends LRScheduler {
  static override readonly schedulerName = 'BrokenLR';
  result: () => unknown = () => [1];
  constructor(optimizer: Optimizer) {
    super(optimizer);
    this.initialStep();
  }
  override getLr(): number[] {
    return (this.result?.() ?? this.baseLrs) as number[];
  }
}

const run = (s: LRScheduler, n: number) =>
  Array.from({ length: n }, () => {
    s.step();
    return s.getLastLr();
  });

describe('a custom LRScheduler subclass', () => {
  it('schedules with its getLr()', () => {
    const optimizer = { paramGroups: [{ lr: 0.4 }, { lr: 0.8 }] };
    const s = new WarmupLR(optimizer, { warmupSteps: 4 });
    expect(s.getLastLr()).toStrictEqual([0.1, 0.2]);
    expect(run(s, 4)).toStrictEqual([
      [0.2, 0.4],
      [0.30000000000000004, 0.6000000000000001],
      [0.4, 0.8],
      [0.4, 0.8],
    ]);
    expect(optimizer.paramGroups).toStrictEqual([
      { lr: 0.4, initialLr: 0.4 },
      { lr: 0.8, initialLr: 0.8 },
    ]);
  });

  it('saves its own fields and resumes from JSON', () => {
    const whole = new WarmupLR({ paramGroups: [{ lr: 1 }] }, { warmupSteps: 10 });
    const expected = run(whole, 12);
    const first = new WarmupLR({ paramGroups: [{ lr: 1 }] }, { warmupSteps: 10 });
    run(first, 5);
    const state = JSON.parse(JSON.stringify(first.stateDict())) as SchedulerState;
    expect(state).toMatchObject({
      version: 1,
      scheduler: 'WarmupLR',
      warmupSteps: 10,
      lastEpoch: 5,
    });
    const resumedOptimizer = { paramGroups: [{ lr: 1 }] };
    const resumed = new WarmupLR(resumedOptimizer, { warmupSteps: 10 });
    resumed.loadStateDict(state);
    expect(resumedOptimizer.paramGroups[0]!.lr).toBe(expected[4]![0]);
    expect(run(resumed, 7)).toStrictEqual(expected.slice(5));
  });

  it('resumes with lastEpoch when initialLr was recorded', () => {
    const s = new WarmupLR(
      { paramGroups: [{ lr: 5, initialLr: 1 }] },
      { warmupSteps: 10, lastEpoch: 4 },
    );
    expect(s.lastEpoch).toBe(5);
    expect(s.getLastLr()).toStrictEqual([0.6]);
  });

  it('works as a child of SequentialLR', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const s = new SequentialLR(optimizer, {
      schedulers: [
        new WarmupLR(optimizer, { warmupSteps: 2 }),
        new ExponentialLR(optimizer, { gamma: 0.5 }),
      ],
      milestones: [2],
    });
    expect(s.getLastLr()).toStrictEqual([0.5]);
    expect(run(s as unknown as LRScheduler, 3)).toStrictEqual([[1], [1], [0.5]]);
  });

  it('a getLr that returns NaN or too few lrs is rejected and changes nothing', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const s = new BrokenLR(optimizer);
    for (const [result, parameter] of [
      [[Number.NaN], 'getLr()[0]'],
      [[], 'getLr()'],
      ['1', 'getLr()'],
    ] as const) {
      s.result = () => result;
      const groups = snapshot(optimizer);
      const state = JSON.stringify(s.stateDict());
      const error = thrown(() => s.step()) as InvalidArgumentError;
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.parameter).toBe(parameter);
      expect(snapshot(optimizer)).toStrictEqual(groups);
      expect(JSON.stringify(s.stateDict())).toBe(state);
    }
  });
});
