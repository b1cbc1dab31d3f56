import { describe, expect, it } from 'vitest';
import {
  CosineAnnealingLR,
  InvalidArgumentError,
  LinearLR,
  MultiStepLR,
  type Optimizer,
  type RunnerState,
  type Scheduler,
  SchedulerRunner,
  type SchedulerState,
  SequentialLR,
  StepLR,
} from '../src/index';
import { sgd, snapshot, thrown } from './helpers';

/** A deep copy of everything a failed call must leave alone. */
function everything(scheduler: Scheduler): unknown {
  return { groups: snapshot(scheduler.optimizer), state: scheduler.stateDict() };
}

function sequential(o: Optimizer): SequentialLR {
  return new SequentialLR(o, {
    schedulers: [new LinearLR(o, { totalIters: 3 }), new MultiStepLR(o, { milestones: [2, 4] })],
    milestones: [3],
  });
}

describe('validateStateDict', () => {
  it('accepts what stateDict() wrote and changes nothing', () => {
    const s = sequential(sgd(2));
    for (let i = 0; i < 5; i++) s.step();
    const state = JSON.parse(JSON.stringify(s.stateDict())) as SchedulerState;
    const other = sequential(sgd(2));
    const before = everything(other);
    other.validateStateDict(state);
    expect(everything(other)).toStrictEqual(before);
    other.loadStateDict(state);
    expect(other.stateDict()).toStrictEqual(state);
  });

  it('names the path of a bad nested field, and loadStateDict refuses it changing nothing', () => {
    const s = sequential(sgd(2));
    const state = s.stateDict();
    const children = state.schedulers as SchedulerState[];
    const bad = {
      ...state,
      schedulers: [children[0], { ...children[1], milestones: [4, 2] }],
    } as SchedulerState;
    const before = everything(s);
    for (const call of [() => s.validateStateDict(bad), () => s.loadStateDict(bad)]) {
      const error = thrown(call) as InvalidArgumentError;
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.parameter).toBe('state.schedulers[1].milestones');
      expect(everything(s)).toStrictEqual(before);
    }
  });

  it('refuses a bad own field of a composite after its children validated (nothing loaded)', () => {
    const s = sequential(sgd(1));
    const other = sequential(sgd(1));
    for (let i = 0; i < 4; i++) other.step();
    const state = { ...other.stateDict(), milestones: [0] };
    const before = everything(s);
    const error = thrown(() => s.loadStateDict(state)) as InvalidArgumentError;
    expect(error.parameter).toBe('state.milestones[0]');
    expect(everything(s)).toStrictEqual(before);
  });

  it('SchedulerRunner: paths run through entries, and a bad entry leaves every entry as it was', () => {
    const o1 = sgd(1);
    const o2 = sgd(1);
    const runner = new SchedulerRunner([
      { scheduler: new StepLR(o1, { stepSize: 2 }), interval: 'step' },
      { scheduler: new CosineAnnealingLR(o2, { tMax: 5 }), interval: 'step' },
    ]);
    runner.onStepEnd();
    const state = runner.stateDict();
    const entries = state.entries;
    const bad: RunnerState = {
      ...state,
      globalStep: 7,
      entries: [
        { ...entries[0]!, scheduler: { ...entries[0]!.scheduler, lastEpoch: 5 } },
        { ...entries[1]!, scheduler: { ...entries[1]!.scheduler, tMax: 0 } },
      ],
    };
    const before = JSON.stringify([runner.stateDict(), runner.history.toJSON(), o1, o2]);
    const error = thrown(() => runner.loadStateDict(bad)) as InvalidArgumentError;
    expect(error.parameter).toBe('state.entries[1].scheduler.tMax');
    expect(() => runner.validateStateDict(bad)).toThrow(InvalidArgumentError);
    expect(JSON.stringify([runner.stateDict(), runner.history.toJSON(), o1, o2])).toBe(before);
  });

  it('SchedulerRunner: loading its own state is a no-op (the history is kept)', () => {
    const o = sgd(1);
    const runner = new SchedulerRunner({
      scheduler: new StepLR(o, { stepSize: 2 }),
      interval: 'step',
    });
    for (let i = 0; i < 5; i++) runner.onStepEnd();
    const before = JSON.stringify([runner.stateDict(), runner.history.toJSON(), o]);
    runner.loadStateDict(runner.stateDict());
    expect(JSON.stringify([runner.stateDict(), runner.history.toJSON(), o])).toBe(before);
  });

  it('SchedulerRunner: rolling back to an earlier state keeps the history up to it', () => {
    const o = sgd(1);
    const runner = new SchedulerRunner({
      scheduler: new StepLR(o, { stepSize: 2 }),
      interval: 'step',
    });
    for (let i = 0; i < 3; i++) runner.onStepEnd();
    const checkpoint = runner.stateDict();
    const history = runner.history.toJSON();
    for (let i = 0; i < 4; i++) runner.onStepEnd();
    runner.loadStateDict(checkpoint);
    expect(runner.history.toJSON()).toStrictEqual(history);
    expect(runner.stateDict()).toStrictEqual(checkpoint);
  });
});
