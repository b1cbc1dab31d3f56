import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { CyclicLR } from '../schedulers/cyclic-lr';
import { LambdaLR } from '../schedulers/lambda-lr';
import { StepLR } from '../schedulers/step-lr';

const sgd = () => ({ paramGroups: [{ lr: 0.1, momentum: 0.9 }] });

function refusal(load: () => void): InvalidArgumentError {
  try {
    load();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('the state was accepted');
}

describe('notSerialized must name exactly the functions of the scheduler that loads', () => {
  const lambda = () => new LambdaLR(sgd(), { lrLambda: (e) => 0.9 ** e });

  it('accepts the list stateDict() wrote', () => {
    const s = lambda();
    s.step();
    const loaded = lambda();
    loaded.loadStateDict(s.stateDict());
    expect(loaded.getLastLr()).toStrictEqual(s.getLastLr());
  });

  const cases: [string, unknown][] = [
    ['missing', undefined],
    ['empty', []],
    ['a duplicate', ['lrLambdas', 'lrLambdas']],
    ['an extra name', ['lrLambdas', 'scaleFn']],
    ['another name', ['scaleFn']],
    ['not a list', 'lrLambdas'],
    ['a non-string', [1]],
    ['null', null],
  ];
  for (const [name, listed] of cases) {
    it(`refuses ${name}, naming state.notSerialized, and changes nothing`, () => {
      const s = lambda();
      const state = { ...s.stateDict(), lastEpoch: 3, notSerialized: listed };
      if (listed === undefined) delete state.notSerialized;
      const before = s.stateDict();
      const error = refusal(() => s.loadStateDict(state as never));
      expect(error.parameter).toBe('state.notSerialized');
      expect(error.message).toContain('functions are not part of stateDict()');
      expect(s.stateDict()).toStrictEqual(before);
    });
  }

  it('a scheduler without functions refuses any listed one', () => {
    const s = new StepLR(sgd(), { stepSize: 2 });
    const error = refusal(() =>
      s.loadStateDict({ ...s.stateDict(), notSerialized: ['lrLambdas'] }),
    );
    expect(error.parameter).toBe('state.notSerialized');
    expect(error.message).toContain('(none)');
  });
});

describe('a state holds exactly the live fields', () => {
  it('unknown and missing fields are named by their path, nested ones too', () => {
    const s = new CyclicLR(sgd(), { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 2 });
    const state = s.stateDict();
    expect(refusal(() => s.loadStateDict({ ...state, bogus: 1 })).parameter).toBe('state.bogus');
    const { gamma: _gamma, ...withoutGamma } = state;
    expect(refusal(() => s.loadStateDict(withoutGamma as never)).parameter).toBe('state.gamma');
  });
});
