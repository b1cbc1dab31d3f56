import { describe, expect, it } from 'vitest';
import {
  kerasCosineDecay,
  kerasCosineDecayRestarts,
  kerasExponentialDecay,
  kerasInverseTimeDecay,
  kerasPiecewiseConstantDecay,
  kerasPolynomialDecay,
} from './keras';
import { scheduleFromSpec } from './registry';
import type { Schedule } from './schedule';

// Expected lrs: keras/src/optimizers/schedules/learning_rate_schedule.py, each class's
// `__call__` formula evaluated in float64 for steps 0, 1, 2, ...

function expectCurve(schedule: Schedule, expected: readonly number[]) {
  const actual = expected.map((_, t) => schedule.lrAt(t));
  actual.forEach((value, t) => {
    expect(Math.abs(value - expected[t]!)).toBeLessThanOrEqual(
      1e-12 * Math.abs(expected[t]!) + 1e-18,
    );
  });
  const rebuilt = scheduleFromSpec(schedule.spec);
  expect(expected.map((_, t) => rebuilt.lrAt(t))).toEqual(actual);
}

describe('Keras schedules', () => {
  it('ExponentialDecay, smooth and staircase', () => {
    const options = { initialLearningRate: 0.1, decaySteps: 4, decayRate: 0.5 };
    expectCurve(
      kerasExponentialDecay(options),
      [
        0.1, 0.08408964152537146, 0.07071067811865477, 0.05946035575013606, 0.05,
        0.04204482076268573, 0.03535533905932738, 0.02973017787506803, 0.025, 0.021022410381342865,
      ],
    );
    expectCurve(
      kerasExponentialDecay({ ...options, staircase: true }),
      [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025],
    );
  });

  it('PiecewiseConstantDecay: a boundary step keeps the previous value', () => {
    const schedule = kerasPiecewiseConstantDecay({ boundaries: [3, 7], values: [1, 0.5, 0.1] });
    expectCurve(schedule, [1.0, 1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.5, 0.1, 0.1]);
    expect(() => kerasPiecewiseConstantDecay({ boundaries: [3, 7], values: [1, 0.5] })).toThrow(
      /values/,
    );
  });

  it('PolynomialDecay, clamped and with cycle', () => {
    expectCurve(
      kerasPolynomialDecay({
        initialLearningRate: 0.1,
        decaySteps: 5,
        endLearningRate: 0.01,
        power: 0.5,
      }),
      [
        0.1, 0.09049844718999243, 0.0797137002317335, 0.06692099788303084, 0.050249223594996215,
        0.01, 0.01, 0.01,
      ],
    );
    expectCurve(
      kerasPolynomialDecay({
        initialLearningRate: 0.1,
        decaySteps: 4,
        endLearningRate: 0.01,
        power: 2,
        cycle: true,
      }),
      [
        0.1, 0.060625000000000005, 0.0325, 0.015625, 0.01, 0.022656250000000003, 0.015625,
        0.01140625, 0.01, 0.015625, 0.012499999999999999, 0.010625, 0.01, 0.0131640625,
      ],
    );
  });

  it('InverseTimeDecay, smooth and staircase', () => {
    const options = { initialLearningRate: 0.1, decaySteps: 2, decayRate: 0.5 };
    expectCurve(
      kerasInverseTimeDecay(options),
      [0.1, 0.08, 0.06666666666666667, 0.05714285714285715, 0.05, 0.044444444444444446, 0.04],
    );
    expectCurve(
      kerasInverseTimeDecay({ ...options, staircase: true }),
      [0.1, 0.1, 0.06666666666666667, 0.06666666666666667, 0.05, 0.05, 0.04],
    );
  });

  it('CosineDecay with alpha, and with a warmup', () => {
    expectCurve(
      kerasCosineDecay({ initialLearningRate: 0.1, decaySteps: 8, alpha: 0.1 }),
      [
        0.1, 0.09657457896300792, 0.08681980515339464, 0.07222075445642905, 0.05500000000000001,
        0.03777924554357096, 0.023180194846605367, 0.013425421036992097, 0.010000000000000002,
        0.010000000000000002, 0.010000000000000002,
      ],
    );
    expectCurve(
      kerasCosineDecay({
        initialLearningRate: 0,
        decaySteps: 6,
        warmupTarget: 0.1,
        warmupSteps: 4,
      }),
      [
        0.0, 0.025, 0.05, 0.07500000000000001, 0.1, 0.09330127018922195, 0.07500000000000001, 0.05,
        0.025000000000000012, 0.006698729810778065, 0.0, 0.0, 0.0,
      ],
    );
  });

  it('CosineDecayRestarts with t_mul, m_mul and alpha', () => {
    expectCurve(
      kerasCosineDecayRestarts({
        initialLearningRate: 0.1,
        firstDecaySteps: 4,
        tMul: 2,
        mMul: 0.5,
        alpha: 0.1,
      }),
      [
        0.1, 0.08681980515339464, 0.05500000000000001, 0.023180194846605367, 0.05500000000000001,
        0.053287289481503956, 0.04840990257669732, 0.04111037722821453, 0.0325,
        0.023889622771785482, 0.016590097423302683, 0.01171271051849605, 0.0325,
        0.032283834404536346, 0.03164364474075198, 0.03060403313840364, 0.029204951288348657,
        0.027500165121470528, 0.02555518861410726, 0.023444766122681447, 0.021250000000000005,
        0.01905523387731856, 0.016944811385892742, 0.014999834878529478, 0.013295048711651342,
        0.011895966861596366, 0.010856355259248026, 0.010216165595463659, 0.021250000000000005,
        0.02122291408753111,
      ],
    );
    expectCurve(
      kerasCosineDecayRestarts({ initialLearningRate: 0.1, firstDecaySteps: 5, tMul: 1 }),
      [
        0.1, 0.09045084971874738, 0.06545084971874737, 0.03454915028125263, 0.009549150281252633,
        0.1, 0.09045084971874738, 0.06545084971874739, 0.034549150281252626, 0.009549150281252633,
        0.1, 0.09045084971874735,
      ],
    );
  });
});
