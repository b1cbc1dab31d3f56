import { describe, expect, it } from 'vitest';
import {
  hfConstant,
  hfConstantWithWarmup,
  hfCosine,
  hfCosineWarmupWithMinLr,
  hfCosineWithMinLr,
  hfCosineWithRestarts,
  hfGetScheduler,
  hfInverseSqrt,
  hfLinear,
  hfPolynomial,
  hfWarmupStableDecay,
} from './huggingface';
import { scheduleFromSpec } from './registry';
import type { Schedule } from './schedule';

// Expected multipliers: transformers src/transformers/optimization.py, the `_get_*_lr_lambda`
// functions (linear, cosine, cosine_with_hard_restarts, polynomial_decay, inverse_sqrt,
// cosine_with_min_lr, cosine_with_min_lr_schedule_with_warmup_lr_rate, wsd), evaluated in
// float64 from their documented formulas for steps 0, 1, 2, ...

function expectCurve(schedule: Schedule, expected: readonly number[], steps?: readonly number[]) {
  const at = steps ?? expected.map((_, t) => t);
  const actual = at.map((t) => schedule.lrAt(t));
  actual.forEach((value, i) => {
    expect(Math.abs(value - expected[i]!)).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(expected[i]!)),
    );
  });
  // The spec rebuilds the same curve.
  const rebuilt = scheduleFromSpec(schedule.spec);
  expect(at.map((t) => rebuilt.lrAt(t))).toEqual(actual);
}

describe('transformers get_scheduler presets', () => {
  it('linear: warmup then linear decay to 0, clamped', () => {
    // _get_linear_schedule_with_warmup_lr_lambda, num_warmup_steps=3, num_training_steps=10
    expectCurve(
      hfLinear({ numWarmupSteps: 3, numTrainingSteps: 10 }),
      [
        0.0, 0.3333333333333333, 0.6666666666666666, 1.0, 0.8571428571428571, 0.7142857142857143,
        0.5714285714285714, 0.42857142857142855, 0.2857142857142857, 0.14285714285714285, 0.0, 0.0,
        0.0,
      ],
    );
  });

  it('cosine: half cosine, rising again past numTrainingSteps as in transformers', () => {
    // _get_cosine_schedule_with_warmup_lr_lambda, W=2, N=10, num_cycles=0.5
    expectCurve(
      hfCosine({ numWarmupSteps: 2, numTrainingSteps: 10 }),
      [
        0.0, 0.5, 1.0, 0.9619397662556434, 0.8535533905932737, 0.6913417161825449, 0.5,
        0.30865828381745514, 0.14644660940672627, 0.03806023374435663, 0.0, 0.038060233744356575,
        0.14644660940672616, 0.30865828381745486, 0.4999999999999999,
      ],
    );
    // num_cycles=1.5, no warmup
    expectCurve(
      hfCosine({ numWarmupSteps: 0, numTrainingSteps: 8, numCycles: 1.5 }),
      [
        1.0, 0.6913417161825449, 0.14644660940672627, 0.038060233744356575, 0.4999999999999999,
        0.9619397662556433, 0.8535533905932738, 0.3086582838174551, 0.0, 0.30865828381745475,
      ],
    );
  });

  it('cosine_with_restarts: hard restarts and 0 from numTrainingSteps', () => {
    // _get_cosine_with_hard_restarts_schedule_with_warmup_lr_lambda, W=2, N=12, num_cycles=3
    expectCurve(
      hfCosineWithRestarts({ numWarmupSteps: 2, numTrainingSteps: 12, numCycles: 3 }),
      [
        0.0, 0.5, 1.0, 0.7938926261462365, 0.3454915028125262, 0.02447174185242329,
        0.9045084971874735, 0.5, 0.09549150281252644, 0.9755282581475769, 0.6545084971874732,
        0.20610737385376326, 0.0, 0.0,
      ],
    );
  });

  it('polynomial: decay of the lr to lrEnd as a multiplier of lrInit', () => {
    // _get_polynomial_decay_schedule_with_warmup_lr_lambda, W=2, N=10, lr_end=1e-4, power=2, lr_init=0.01
    expectCurve(
      hfPolynomial({
        numWarmupSteps: 2,
        numTrainingSteps: 10,
        lrEnd: 1e-4,
        power: 2,
        lrInit: 0.01,
      }),
      [
        0.0, 0.5, 1.0, 0.7679687500000001, 0.5668750000000001, 0.39671875, 0.2575, 0.14921875,
        0.07187500000000001, 0.025468750000000002, 0.01, 0.01, 0.01,
      ],
    );
    expect(() => hfPolynomial({ numWarmupSteps: 0, numTrainingSteps: 5, lrInit: 1e-8 })).toThrow(
      /lrEnd/,
    );
  });

  it('inverse_sqrt: warmup then 1/sqrt, timescale defaulting to the warmup or 10000', () => {
    // _get_inverse_sqrt_schedule_lr_lambda
    expectCurve(
      hfInverseSqrt({ numWarmupSteps: 4 }),
      [
        0.0, 0.25, 0.5, 0.75, 1.0, 0.8944271909999159, 0.8164965809277261, 0.7559289460184544,
        0.7071067811865475, 0.6666666666666666, 0.6324555320336759,
      ],
    );
    expectCurve(
      hfInverseSqrt({ numWarmupSteps: 0 }),
      [1.0, 0.9999500037496877, 0.9950371902099893, 0.7071067811865475],
      [0, 1, 100, 10000],
    );
    expectCurve(
      hfInverseSqrt({ numWarmupSteps: 3, timescale: 7 }),
      [
        0.0, 0.3333333333333333, 0.6666666666666666, 1.0, 0.9354143466934853, 0.8819171036881969,
        0.8366600265340756, 0.7977240352174657, 0.7637626158259734,
      ],
    );
  });

  it('constant and constant_with_warmup', () => {
    expect(hfConstant().lrAt(123)).toBe(1);
    // _get_constant_schedule_with_warmup_lr_lambda: t / max(1, W) then 1
    expectCurve(hfConstantWithWarmup({ numWarmupSteps: 4 }), [0, 0.25, 0.5, 0.75, 1, 1, 1]);
  });

  it('cosine_with_min_lr: from minLrRate, or from minLr over the optimizer lr', () => {
    // _get_cosine_schedule_with_warmup_lr_lambda with min_lr_rate=0.1, W=2, N=10
    expectCurve(
      hfCosineWithMinLr({ numWarmupSteps: 2, numTrainingSteps: 10, minLrRate: 0.1 }),
      [
        0.0, 0.5, 1.0, 0.9657457896300791, 0.8681980515339464, 0.7222075445642904, 0.55,
        0.3777924554357096, 0.23180194846605365, 0.13425421036992097, 0.1, 0.1342542103699209,
        0.23180194846605356,
      ],
    );
    // min_lr=1e-5 with optimizer lr 1e-3: min_lr_rate = min_lr / lr
    expectCurve(
      hfCosineWithMinLr({ numWarmupSteps: 0, numTrainingSteps: 6, minLr: 1e-5, lr: 1e-3 }),
      [
        1.0, 0.9336825748732972, 0.7525, 0.505, 0.2575000000000001, 0.07631742512670284, 0.01,
        0.07631742512670289,
      ],
    );
    expect(() =>
      hfCosineWithMinLr({ numWarmupSteps: 0, numTrainingSteps: 6, minLr: 1e-5, minLrRate: 0.1 }),
    ).toThrow(/minLr/);
    expect(() => hfCosineWithMinLr({ numWarmupSteps: 0, numTrainingSteps: 6 })).toThrow(
      /minLrRate/,
    );
  });

  it('cosine_warmup_with_min_lr: warmup from (t + 1) / W or from warmupLrRate', () => {
    // _get_cosine_with_min_lr_schedule_with_warmup_lr_rate_lambda, W=4, N=12, min_lr_rate=0.05
    expectCurve(
      hfCosineWarmupWithMinLr({ numWarmupSteps: 4, numTrainingSteps: 12, minLrRate: 0.05 }),
      [
        0.25, 0.5, 0.75, 1.0, 0.9638427779428612, 0.8608757210636101, 0.7067746303734177, 0.525,
        0.34322536962658234, 0.18912427893638994, 0.0861572220571388, 0.05, 0.08615722205713874,
        0.18912427893638983,
      ],
    );
    expectCurve(
      hfCosineWarmupWithMinLr({
        numWarmupSteps: 4,
        numTrainingSteps: 12,
        minLrRate: 0.05,
        warmupLrRate: 0.2,
      }),
      [
        0.2, 0.4666666666666667, 0.7333333333333334, 1.0000000000000002, 0.9638427779428612,
        0.8608757210636101,
      ],
    );
  });

  it('warmup_stable_decay: every warmup and decay type', () => {
    // _get_wsd_scheduler_lambda
    expectCurve(
      hfWarmupStableDecay({
        numWarmupSteps: 3,
        numDecaySteps: 5,
        numStableSteps: 4,
        minLrRatio: 0.1,
      }),
      [
        0.1, 0.4, 0.7, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9140576474687263, 0.6890576474687263,
        0.41094235253127376, 0.18594235253127372, 0.1, 0.1,
      ],
    );
    expectCurve(
      hfWarmupStableDecay({
        numWarmupSteps: 4,
        numDecaySteps: 4,
        numTrainingSteps: 8,
        warmupType: 'cosine',
        decayType: '1-sqrt',
      }),
      [
        0.0, 0.1464466094067262, 0.49999999999999994, 0.8535533905932737, 1.0, 0.5,
        0.2928932188134524, 0.1339745962155614, 0.0, 0.0,
      ],
    );
    expectCurve(
      hfWarmupStableDecay({
        numWarmupSteps: 4,
        numDecaySteps: 4,
        numTrainingSteps: 10,
        warmupType: '1-sqrt',
        decayType: 'linear',
        minLrRatio: 0.2,
      }),
      [
        0.2, 0.30717967697244913, 0.434314575050762, 0.6000000000000001, 1.0, 1.0, 1.0, 0.8,
        0.6000000000000001, 0.4, 0.2, 0.2,
      ],
    );
    expect(() => hfWarmupStableDecay({ numWarmupSteps: 4, numDecaySteps: 4 })).toThrow(
      /numStableSteps/,
    );
  });

  it('hfGetScheduler dispatches the transformers names with their arguments', () => {
    const byName = hfGetScheduler('cosine_with_restarts', {
      numWarmupSteps: 2,
      numTrainingSteps: 12,
      schedulerSpecificKwargs: { numCycles: 3 },
    });
    expect(byName.spec).toEqual(
      hfCosineWithRestarts({ numWarmupSteps: 2, numTrainingSteps: 12, numCycles: 3 }).spec,
    );
    expect(hfGetScheduler('constant').spec.type).toBe('hf-constant');
    expect(hfGetScheduler('inverse_sqrt', { numWarmupSteps: 5, numTrainingSteps: 9 }).spec).toEqual(
      hfInverseSqrt({ numWarmupSteps: 5 }).spec,
    );
    expect(() => hfGetScheduler('linear', { numWarmupSteps: 2 })).toThrow(/numTrainingSteps/);
    expect(() => hfGetScheduler('cosine', {})).toThrow(/numWarmupSteps/);
    expect(() => hfGetScheduler('nope' as 'linear', {})).toThrow(/name/);
  });
});
