import { describe, expect, it } from 'vitest';
import {
  fromSpec,
  fromTorch,
  InvalidArgumentError,
  LrkitError,
  MissingMetricError,
  type Optimizer,
  parseTorchString,
  ReduceLROnPlateau,
  SchedulerRunner,
  StepLR,
  scheduleFromSpec,
  torchKwargsOf,
  torchSchedulerNames,
} from '../src/index';
import { sgd, snapshot, thrown } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: hostile input is the point
type Any = any;

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** Refused with an InvalidArgumentError naming `parameter`, the groups untouched. */
function refused(o: Optimizer, fn: () => unknown, parameter: string): InvalidArgumentError {
  const before = snapshot(o);
  const error = thrown(fn) as InvalidArgumentError;
  expect(LrkitError.isInstance(error), String(error)).toBe(true);
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect(error.parameter).toBe(parameter);
  expect(snapshot(o)).toStrictEqual(before);
  return error;
}

describe('names are looked up as own properties only', () => {
  for (const name of PROTOTYPE_NAMES) {
    it(`fromTorch / torchKwargsOf / fromSpec / parseTorchString refuse '${name}' with the valid names`, () => {
      const o = sgd(2);
      const error = refused(o, () => fromTorch(o, { scheduler: name } as Any), 'scheduler');
      expect(error.message).toContain(torchSchedulerNames.join(', '));
      refused(o, () => torchKwargsOf(name), 'scheduler');
      refused(
        o,
        () =>
          fromTorch(o, {
            scheduler: 'StepLR',
            kwargs: JSON.parse(`{"step_size": 2, ${JSON.stringify(name)}: 1}`),
          }),
        `kwargs.${name}`,
      );
      const spec = refused(
        o,
        () => fromSpec(o, JSON.parse(`{"version": 1, "type": ${JSON.stringify(name)}}`)),
        'type',
      );
      expect(spec.message).toContain('StepLR');
      refused(
        o,
        () =>
          fromSpec(
            o,
            JSON.parse(
              `{"version": 1, "type": "StepLR", "stepSize": 2, ${JSON.stringify(name)}: 1}`,
            ),
          ),
        name,
      );
      refused(
        o,
        () =>
          scheduleFromSpec(
            JSON.parse(
              `{"type": "cosine", "peakLr": 1, "decaySteps": 5, ${JSON.stringify(name)}: 1}`,
            ),
          ),
        name,
      );
      expect(() => parseTorchString(`${name}(optimizer)`)).toThrow(InvalidArgumentError);
    });
  }

  it('a "__proto__" key in a JSON spec cannot smuggle options', () => {
    const o = sgd(1);
    const text = '{"version":1,"type":"StepLR","stepSize":1,"__proto__":{"gamma":0.5}}';
    refused(o, () => fromSpec(o, JSON.parse(text)), '__proto__');
    const kwargs = JSON.parse('{"step_size":1,"__proto__":{"gamma":0.5}}');
    refused(o, () => fromTorch(o, { scheduler: 'StepLR', kwargs }), 'kwargs.__proto__');
    // Options passed straight to a constructor: an own '__proto__' is an unknown option.
    refused(
      o,
      () => new StepLR(o, JSON.parse('{"stepSize":1,"__proto__":{"gamma":0.5}}')),
      'StepLR.__proto__',
    );
  });

  it("a monitored metric named 'constructor' is missing when not given, not Object", () => {
    const o = sgd(1);
    const runner = new SchedulerRunner({
      scheduler: new ReduceLROnPlateau(o),
      monitor: 'constructor',
    });
    expect(() => runner.onEpochEnd({ loss: 1 })).toThrow(MissingMetricError);
    expect(runner.epoch).toBe(0);
    runner.onEpochEnd(JSON.parse('{"constructor": 1}'));
    expect(runner.epoch).toBe(1);
  });
});

describe('options with getters are read once', () => {
  it('a getter that answers valid to the check and invalid afterwards cannot get in', () => {
    const o = sgd(1);
    let reads = 0;
    const options = {
      get stepSize() {
        reads++;
        return reads === 1 ? 2 : 0;
      },
      gamma: 0.5,
    };
    const s = new StepLR(o, options as Any);
    expect(reads).toBe(1);
    expect(s.stateDict().stepSize).toBe(2);
  });
});
