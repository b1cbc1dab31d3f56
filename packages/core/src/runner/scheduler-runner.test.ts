import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { MissingMetricError } from '../errors/missing-metric-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import type { Scheduler } from '../scheduler';
import { CosineAnnealingLR } from '../schedulers/cosine-annealing-lr';
import { ExponentialLR } from '../schedulers/exponential-lr';
import { OneCycleLR } from '../schedulers/one-cycle-lr';
import { ParamwiseScheduler } from '../schedulers/paramwise-scheduler';
import { ReduceLROnPlateau } from '../schedulers/reduce-lr-on-plateau';
import { StepLR } from '../schedulers/step-lr';
import { fromSpec } from '../spec/from-spec';
import { type RunnerEntry, SchedulerRunner } from './scheduler-runner';

const optimizer = (...lrs: number[]): Optimizer<ParamGroup> => ({
  paramGroups: lrs.map((lr) => ({ lr })),
});
const lr0 = (s: Scheduler) => s.optimizer.paramGroups[0]!.lr;

describe('SchedulerRunner intervals and frequency', () => {
  it("steps 'step' entries on onStepEnd and 'epoch' entries (the default) on onEpochEnd", () => {
    const perBatch = new ExponentialLR(optimizer(1), { gamma: 0.5 });
    const perEpoch = new ExponentialLR(optimizer(1), { gamma: 0.1 });
    const runner = new SchedulerRunner([
      { scheduler: perBatch, interval: 'step' },
      { scheduler: perEpoch },
    ]);
    for (let i = 0; i < 3; i++) runner.onStepEnd();
    expect(lr0(perBatch)).toBe(0.125);
    expect(lr0(perEpoch)).toBe(1);
    runner.onEpochEnd();
    expect(lr0(perEpoch)).toBeCloseTo(0.1, 15);
    expect(lr0(perBatch)).toBe(0.125);
    expect(runner.globalStep).toBe(3);
    expect(runner.epoch).toBe(1);
  });

  it('steps when the 1-based index is a multiple of frequency; step counts restart each epoch', () => {
    const scheduler = new StepLR(optimizer(1), { stepSize: 1, gamma: 0.5 });
    const runner = new SchedulerRunner({ scheduler, interval: 'step', frequency: 3 });
    const seen: number[] = [];
    // Two epochs of 4 batches: Lightning steps at batches 3 of each epoch (batch_idx + 1 = 3).
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let b = 0; b < 4; b++) {
        runner.onStepEnd();
        seen.push(lr0(scheduler));
      }
      runner.onEpochEnd();
    }
    expect(seen).toEqual([1, 1, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25]);
  });

  it('epoch frequency: steps after epochs 2, 4, ...', () => {
    const scheduler = new StepLR(optimizer(1), { stepSize: 1, gamma: 0.5 });
    const runner = new SchedulerRunner({ scheduler, frequency: 2 });
    const seen: number[] = [];
    for (let e = 0; e < 5; e++) {
      runner.onEpochEnd();
      seen.push(lr0(scheduler));
    }
    expect(seen).toEqual([1, 0.5, 0.5, 0.25, 0.25]);
  });
});

describe('SchedulerRunner step counts (property)', () => {
  it("steps exactly as Lightning's rule says for any interval, frequency and loop shape", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('step' as const, 'epoch' as const),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 6 }),
        (interval, frequency, batches, epochs) => {
          const scheduler = new StepLR(optimizer(1), { stepSize: 1, gamma: 0.5 });
          const runner = new SchedulerRunner({ scheduler, interval, frequency });
          for (let e = 0; e < epochs; e++) {
            for (let b = 0; b < batches; b++) runner.onStepEnd();
            runner.onEpochEnd();
          }
          const expected =
            interval === 'step'
              ? epochs * Math.floor(batches / frequency)
              : Math.floor(epochs / frequency);
          expect(scheduler.lastEpoch).toBe(expected);
          expect(runner.globalStep).toBe(epochs * batches);
          expect(runner.epoch).toBe(epochs);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('SchedulerRunner with a monitored metric', () => {
  const plateau = () =>
    new ReduceLROnPlateau(optimizer(1), { patience: 0, factor: 0.5, threshold: 0 });

  it('feeds the monitored metric to ReduceLROnPlateau', () => {
    const scheduler = plateau();
    const runner = new SchedulerRunner({ scheduler, monitor: 'val_loss' });
    runner.onEpochEnd({ val_loss: 1, loss: 9 });
    expect(lr0(scheduler)).toBe(1);
    runner.onEpochEnd({ val_loss: 2, loss: 0 });
    expect(lr0(scheduler)).toBe(0.5);
  });

  it('strict: a missing metric throws MissingMetricError naming the key and the available keys, changing nothing', () => {
    const scheduler = plateau();
    const runner = new SchedulerRunner({ scheduler, monitor: 'val_loss' });
    const before = scheduler.stateDict();
    let error: unknown;
    try {
      runner.onEpochEnd({ loss: 0.3, acc: 0.9 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingMetricError);
    const missing = error as MissingMetricError;
    expect(missing.monitor).toBe('val_loss');
    expect(missing.available).toEqual(['loss', 'acc']);
    expect(missing.message).toContain("'val_loss'");
    expect(missing.message).toContain("'loss', 'acc'");
    expect(runner.epoch).toBe(0);
    expect(scheduler.stateDict()).toEqual(before);
  });

  it('not strict: warns once through onWarning, skips the step, and warns again after the metric returned', () => {
    const scheduler = plateau();
    const warnings: string[] = [];
    const runner = new SchedulerRunner(
      { scheduler, monitor: 'val_loss', strict: false, interval: 'step' },
      { onWarning: (m) => warnings.push(m) },
    );
    runner.onStepEnd({ loss: 1 });
    runner.onStepEnd({ loss: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("'val_loss'");
    expect(warnings[0]).toContain("'loss'");
    expect(scheduler.lastEpoch).toBe(0);
    runner.onStepEnd({ val_loss: 1 });
    expect(scheduler.lastEpoch).toBe(1);
    runner.onStepEnd({});
    expect(warnings).toHaveLength(2);
  });

  it('feeds the metric to a ParamwiseScheduler holding a plateau child, and steps its other children plainly', () => {
    const opt = optimizer(1, 1);
    const scheduler = new ParamwiseScheduler(opt, {
      schedulers: [
        (o) => new ReduceLROnPlateau(o, { patience: 0, factor: 0.5, threshold: 0 }),
        (o) => new ExponentialLR(o, { gamma: 0.9 }),
      ],
    });
    const runner = new SchedulerRunner({ scheduler, monitor: 'val_loss' });
    runner.onEpochEnd({ val_loss: 5 });
    runner.onEpochEnd({ val_loss: 6 });
    expect(opt.paramGroups[0]!.lr).toBe(0.5);
    expect(opt.paramGroups[1]!.lr).toBeCloseTo(0.81, 15);
    expect(() => runner.onEpochEnd({})).toThrow(MissingMetricError);
  });

  it('rejects a metric that is not a finite number', () => {
    const runner = new SchedulerRunner({ scheduler: plateau(), monitor: 'val_loss' });
    expect(() => runner.onEpochEnd({ val_loss: Number.NaN })).toThrow(
      /onEpochEnd\.metrics\.val_loss/,
    );
  });
});

describe('SchedulerRunner with several optimizers (a GAN)', () => {
  it('steps the generator per batch and the discriminator per epoch, and records both', () => {
    const generator = optimizer(0.01);
    const discriminator = optimizer(0.02, 0.04);
    const g = new CosineAnnealingLR(generator, { tMax: 10 });
    const d = new StepLR(discriminator, { stepSize: 1, gamma: 0.5 });
    const runner = new SchedulerRunner([
      { scheduler: g, interval: 'step', name: 'generator' },
      { scheduler: d, interval: 'epoch', name: 'discriminator' },
    ]);
    const reference = new CosineAnnealingLR(optimizer(0.01), { tMax: 10 });
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let b = 0; b < 5; b++) {
        runner.onStepEnd();
        reference.step();
      }
      runner.onEpochEnd();
    }
    expect(generator.paramGroups[0]!.lr).toBe(reference.getLastLr()[0]);
    expect(discriminator.paramGroups.map((p) => p.lr)).toEqual([0.005, 0.01]);
    const series = runner.history.series();
    expect(series.map((s) => `${s.name}/${s.group}`)).toEqual([
      'generator/0',
      'discriminator/0',
      'discriminator/1',
    ]);
    expect(series[0]!.step).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(series[1]!.step).toEqual([0, 1, 2]);
    expect(series[2]!.lr).toEqual([0.04, 0.02, 0.01]);
  });
});

describe('SchedulerRunner state', () => {
  const build = () => {
    const gen = optimizer(0.1);
    const disc: Optimizer<ParamGroup> = { paramGroups: [{ lr: 0.1, momentum: 0.9 }] };
    const entries: RunnerEntry[] = [
      {
        scheduler: new OneCycleLR(gen, { maxLr: 1, totalSteps: 40, cycleMomentum: false }),
        interval: 'step',
        frequency: 2,
      },
      {
        scheduler: new ReduceLROnPlateau(disc, { patience: 1, factor: 0.5 }),
        monitor: 'val_loss',
      },
    ];
    return { gen, disc, runner: new SchedulerRunner(entries) };
  };
  const drive = (runner: SchedulerRunner, epochs: number[], batches: number) => {
    for (const e of epochs) {
      for (let b = 0; b < batches; b++) runner.onStepEnd();
      runner.onEpochEnd({ val_loss: [3, 2, 2.5, 2.6, 2.7, 1, 1.5, 1.6][e % 8]! });
    }
  };

  it('a fresh runner loading the state continues exactly as the original', () => {
    const a = build();
    drive(a.runner, [0, 1, 2], 5);
    const state = JSON.parse(JSON.stringify(a.runner.stateDict()));
    const b = build();
    b.runner.loadStateDict(state);
    expect(b.runner.globalStep).toBe(15);
    expect(b.runner.epoch).toBe(3);
    drive(a.runner, [3, 4, 5], 5);
    drive(b.runner, [3, 4, 5], 5);
    expect(b.gen.paramGroups[0]!.lr).toBe(a.gen.paramGroups[0]!.lr);
    expect(b.disc.paramGroups[0]!.lr).toBe(a.disc.paramGroups[0]!.lr);
    expect(b.runner.stateDict()).toEqual(a.runner.stateDict());
    // The resumed history starts where the state left off.
    const resumed = b.runner.history.series('lr-OneCycleLR')[0]!;
    const original = a.runner.history.series('lr-OneCycleLR')[0]!;
    expect(resumed.step[0]).toBe(15);
    expect(resumed.lr).toEqual(original.lr.slice(15));
  });

  it('rejects a state of other entries and leaves everything unchanged', () => {
    const a = build();
    drive(a.runner, [0, 1], 3);
    const state = a.runner.stateDict();
    const b = build();
    const before = b.runner.stateDict();
    const lrBefore = b.gen.paramGroups[0]!.lr;
    const renamed = structuredClone(state);
    renamed.entries[1]!.name = 'other';
    expect(() => b.runner.loadStateDict(renamed)).toThrow(/state\.entries\[1\]\.name/);
    const broken = structuredClone(state);
    broken.entries[1]!.scheduler = { ...broken.entries[1]!.scheduler, factor: 'x' };
    expect(() => b.runner.loadStateDict(broken)).toThrow(
      expect.objectContaining({ parameter: 'state.entries[1].scheduler.factor' }),
    );
    const swapped = structuredClone(state);
    swapped.entries[0]!.scheduler = state.entries[1]!.scheduler;
    expect(() => b.runner.loadStateDict(swapped)).toThrow(InvalidArgumentError);
    expect(b.runner.stateDict()).toEqual(before);
    expect(b.gen.paramGroups[0]!.lr).toBe(lrBefore);
  });
});

describe('SchedulerRunner history', () => {
  it('records every interval by default, and nothing with recordHistory: false', () => {
    const build = () => new StepLR(optimizer(1), { stepSize: 2, gamma: 0.5 });
    const on = new SchedulerRunner({ scheduler: build(), interval: 'step' });
    const off = new SchedulerRunner(
      { scheduler: build(), interval: 'step' },
      { recordHistory: false },
    );
    for (let i = 0; i < 4; i++) {
      on.onStepEnd();
      off.onStepEnd();
    }
    expect(on.history.series()[0]).toEqual({
      name: 'lr-StepLR',
      group: 0,
      step: [0, 1, 2, 3, 4],
      lr: [1, 1, 0.5, 0.5, 0.25],
    });
    expect(off.history.names).toEqual([]);
    expect(off.entries[0]!.scheduler.optimizer.paramGroups[0]!.lr).toBe(0.25);
    expect(
      () => new SchedulerRunner({ scheduler: build() }, { recordHistory: 1 as never }),
    ).toThrow(/recordHistory/);
  });
});

describe('SchedulerRunner entry validation', () => {
  const scheduler = () => new StepLR(optimizer(1), { stepSize: 1 });
  const cases: [string, unknown, RegExp][] = [
    ['interval', { scheduler: scheduler(), interval: 'batch' }, /entries\[0\]\.interval/],
    ['frequency', { scheduler: scheduler(), frequency: 0 }, /entries\[0\]\.frequency/],
    ['strict', { scheduler: scheduler(), strict: 'yes' }, /entries\[0\]\.strict/],
    ['unknown key', { scheduler: scheduler(), every: 2 }, /entries\[0\]\.every/],
    ['scheduler', { scheduler: {} }, /entries\[0\]\.scheduler/],
    [
      'plateau without monitor',
      { scheduler: new ReduceLROnPlateau(optimizer(1)) },
      /entries\[0\]\.monitor/,
    ],
    ['monitor type', { scheduler: scheduler(), monitor: 3 }, /entries\[0\]\.monitor/],
  ];
  for (const [what, entry, pattern] of cases) {
    it(`rejects a bad ${what}`, () => {
      expect(() => new SchedulerRunner(entry as RunnerEntry)).toThrow(pattern);
    });
  }

  it('rejects duplicate names and a scheduler given twice; numbers repeated default names', () => {
    const s = scheduler();
    expect(() => new SchedulerRunner([{ scheduler: s }, { scheduler: s }])).toThrow(
      /entries\[1\]\.scheduler/,
    );
    expect(
      () =>
        new SchedulerRunner([
          { scheduler: scheduler(), name: 'a' },
          { scheduler: scheduler(), name: 'a' },
        ]),
    ).toThrow(/entries\[1\]\.name/);
    const runner = new SchedulerRunner([
      { scheduler: scheduler() },
      { scheduler: scheduler(), name: 'lr-StepLR-1' },
      { scheduler: scheduler() },
    ]);
    expect(runner.entries.map((e) => e.name)).toEqual(['lr-StepLR', 'lr-StepLR-1', 'lr-StepLR-2']);
  });
});

describe('SchedulerRunner with schedulers built from specs', () => {
  /** A job as shipped between processes: JSON specs for the schedulers, JSON runner state. */
  const specs = {
    generator: {
      version: 1,
      type: 'warmup',
      warmupSteps: 4,
      schedule: { type: 'cosine', peakLr: 2e-4, minLr: 1e-6, decaySteps: 40 },
    },
    discriminator: { version: 1, type: 'ReduceLROnPlateau', patience: 0, factor: 0.5 },
  };
  const start = () => {
    const g = optimizer(1e-3);
    const d = optimizer(4e-4);
    const runner = new SchedulerRunner([
      { scheduler: fromSpec(g, specs.generator), interval: 'step', name: 'generator' },
      { scheduler: fromSpec(d, specs.discriminator), monitor: 'd_loss', name: 'discriminator' },
    ]);
    return { g, d, runner };
  };
  const epoch = (runner: SchedulerRunner, e: number) => {
    for (let b = 0; b < 6; b++) runner.onStepEnd({ g_loss: 1 / (1 + b) });
    runner.onEpochEnd({ d_loss: [1, 0.9, 0.95, 0.97, 0.5, 0.6][e]! });
  };

  it('resumes from JSON in a fresh runner and matches an uninterrupted run', () => {
    const whole = start();
    for (let e = 0; e < 6; e++) epoch(whole.runner, e);
    const first = start();
    for (let e = 0; e < 3; e++) epoch(first.runner, e);
    const shipped = JSON.stringify(first.runner.stateDict());
    const second = start();
    second.runner.loadStateDict(JSON.parse(shipped));
    for (let e = 3; e < 6; e++) epoch(second.runner, e);
    expect(second.g.paramGroups[0]!.lr).toBe(whole.g.paramGroups[0]!.lr);
    expect(second.d.paramGroups[0]!.lr).toBe(whole.d.paramGroups[0]!.lr);
    const tail = (r: SchedulerRunner, name: string) => r.history.series(name)[0]!.lr.slice(-19);
    expect(tail(second.runner, 'generator')).toEqual(tail(whole.runner, 'generator'));
    expect(whole.d.paramGroups[0]!.lr).toBe(4e-4 * 0.5 ** 3);
  });
});
