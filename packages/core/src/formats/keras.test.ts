import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { cosineSchedule } from '../schedules/cosine';
import { kerasCosineDecay } from '../schedules/keras';
import { fromKeras, type KerasScheduleConfig, kerasScheduleNames, toKeras } from './keras';

// The field names, defaults and rules of keras-team/keras
// keras/src/optimizers/schedules/learning_rate_schedule.py at
// c559fa8cd50f1b6ee7984ff2b451457761b1e6a2 (get_config() of each class, serialize()); the
// references below are float64 transcriptions of each class's documented formula.

function close(actual: number, expected: number, where: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (actual !== expected && Math.abs(actual - expected) > 1e-12 * scale) {
    expect.fail(`${where}: expected ${expected}, got ${actual}`);
  }
}

const keras3 = (
  class_name: string,
  config: KerasScheduleConfig['config'],
): KerasScheduleConfig => ({
  module: 'keras.optimizers.schedules',
  class_name,
  config,
  registered_name: null,
});

const cases: [KerasScheduleConfig, (step: number) => number][] = [
  [
    keras3('ExponentialDecay', {
      initial_learning_rate: 0.1,
      decay_steps: 100,
      decay_rate: 0.96,
      staircase: true,
      name: 'ExponentialDecay',
    }),
    (s) => 0.1 * 0.96 ** Math.floor(s / 100),
  ],
  [
    {
      class_name: 'PiecewiseConstantDecay',
      config: { boundaries: [100, 200], values: [1, 0.5, 0.1], name: null },
    },
    (s) => (s <= 100 ? 1 : s <= 200 ? 0.5 : 0.1),
  ],
  [
    keras3('PolynomialDecay', {
      initial_learning_rate: 0.1,
      decay_steps: 50,
      end_learning_rate: 0.01,
      power: 0.5,
      cycle: false,
      name: 'PolynomialDecay',
    }),
    (s) => (0.1 - 0.01) * (1 - Math.min(s, 50) / 50) ** 0.5 + 0.01,
  ],
  [
    keras3('InverseTimeDecay', {
      initial_learning_rate: 0.1,
      decay_steps: 10,
      decay_rate: 0.5,
      staircase: false,
      name: 'InverseTimeDecay',
    }),
    (s) => 0.1 / (1 + (0.5 * s) / 10),
  ],
  [
    keras3('CosineDecay', {
      initial_learning_rate: 0,
      decay_steps: 90,
      alpha: 0.1,
      name: 'CosineDecay',
      warmup_target: 0.1,
      warmup_steps: 10,
    }),
    (s) =>
      s < 10
        ? 0.1 * (s / 10)
        : 0.1 * (0.9 * 0.5 * (1 + Math.cos((Math.PI * Math.min(s - 10, 90)) / 90)) + 0.1),
  ],
  [
    keras3('CosineDecayRestarts', {
      initial_learning_rate: 0.1,
      first_decay_steps: 20,
      t_mul: 1,
      m_mul: 0.5,
      alpha: 0,
      name: 'SGDRDecay',
    }),
    (s) => 0.1 * 0.5 * 0.5 ** Math.floor(s / 20) * (1 + Math.cos(Math.PI * ((s % 20) / 20))),
  ],
];

describe('fromKeras', () => {
  it('covers every Keras schedule class', () => {
    expect(cases.map(([json]) => json.class_name).sort()).toEqual([...kerasScheduleNames].sort());
  });

  it.each(cases.map(([json, ref]) => [json.class_name, json, ref] as const))(
    '%s has Keras’ values and writes back the same config',
    (_name, json, reference) => {
      const schedule = fromKeras(json);
      for (const step of [0, 1, 9, 10, 11, 50, 99, 100, 101, 150, 250]) {
        close(schedule.lrAt(step), reference(step), `${json.class_name} step ${step}`);
      }
      const back = toKeras(schedule);
      expect(back.class_name).toBe(json.class_name);
      expect(fromKeras(back).spec).toEqual(schedule.spec);
      for (const [key, value] of Object.entries(json.config)) {
        if (key !== 'name') expect(back.config[key]).toEqual(value);
      }
    },
  );

  it('fills in Keras’ defaults and null where Python has None', () => {
    const back = toKeras(
      fromKeras({
        class_name: 'CosineDecay',
        config: { initial_learning_rate: 0.1, decay_steps: 10 },
      }),
    );
    expect(back).toEqual({
      module: 'keras.optimizers.schedules',
      class_name: 'CosineDecay',
      config: {
        initial_learning_rate: 0.1,
        decay_steps: 10,
        alpha: 0,
        warmup_target: null,
        warmup_steps: 0,
        name: 'CosineDecay',
      },
      registered_name: null,
    });
    expect(
      toKeras(kerasCosineDecay({ initialLearningRate: 1, decaySteps: 5 }).spec).class_name,
    ).toBe('CosineDecay');
  });

  const hostile: [unknown, string][] = [
    [
      {
        class_name: 'ExponentialDecay',
        config: { initial_learning_rate: 0.1, decay_steps: 0, decay_rate: 0.9 },
      },
      'config.decay_steps',
    ],
    [
      { class_name: 'PiecewiseConstantDecay', config: { boundaries: [1], values: [1] } },
      'config.values',
    ],
    [
      {
        class_name: 'CosineDecay',
        config: { initial_learning_rate: 0.1, decay_steps: 10, warmup: 3 },
      },
      'config.warmup',
    ],
    [{ class_name: 'MyDecay', config: {} }, 'class_name'],
    [{ class_name: 'CosineDecay', config: [] }, 'config'],
    [{ class_name: 'CosineDecay', config: {}, module: 'my.module' }, 'module'],
    [
      { class_name: 'CosineDecay', config: {}, registered_name: 'Custom>MyDecay' },
      'registered_name',
    ],
    [
      { class_name: 'CosineDecay', config: { initial_learning_rate: '0.1', decay_steps: 10 } },
      'config.initial_learning_rate',
    ],
    [null, 'json'],
  ];

  it.each(hostile)('%j is rejected naming %s', (json, parameter) => {
    let error: unknown;
    try {
      fromKeras(json as KerasScheduleConfig);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).parameter).toBe(parameter);
  });

  it('refuses to write a schedule Keras has no class for', () => {
    let error: unknown;
    try {
      toKeras(cosineSchedule({ peakLr: 0.1, decaySteps: 10 }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).parameter).toBe('spec.type');
  });
});
