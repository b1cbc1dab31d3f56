import {
  CosineAnnealingLR,
  LinearLR,
  MissingMetricError,
  OneCycleLR,
  type Optimizer,
  ScheduleExhaustedError,
  SchedulerRunner,
  SequentialLR,
  StepLR,
} from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../../test/helpers/backends';
import { mlp, regressionData } from '../../test/helpers/model';
import { bindOptimizer } from '../optimizer-binding';
import { mixCallbacks } from './mix-callbacks';
import { ReduceLROnPlateauCallback } from './reduce-lr-on-plateau-callback';
import { LrSchedulerCallback } from './scheduler-callback';

/** Warmup (LinearLR, 4 steps) then cosine, on any optimizer. */
function warmupCosine(optimizer: Optimizer, totalSteps: number) {
  return new SequentialLR(optimizer, {
    schedulers: [
      new LinearLR(optimizer, { startFactor: 0.1, totalIters: 4 }),
      new CosineAnnealingLR(optimizer, { tMax: totalSteps - 4, etaMin: 1e-4 }),
    ],
    milestones: [4],
  });
}

/** The core's own trace: the lr of each step, on a plain optimizer object. */
function coreTrace(baseLr: number, steps: number, totalSteps: number): number[] {
  const plain = { paramGroups: [{ lr: baseLr }] };
  const scheduler = warmupCosine(plain, totalSteps);
  const lrs: number[] = [];
  for (let i = 0; i < steps; i++) {
    lrs.push(plain.paramGroups[0]!.lr);
    scheduler.step();
  }
  return lrs;
}

/** Records what each batch and epoch saw, as a tf.Callback instance (logs may hold scalars). */
class Recorder extends tf.Callback {
  batchLrs: number[] = [];
  usedLrs: number[] = [];
  epochLrs: number[] = [];
  constructor(private readonly read: () => number) {
    super();
  }
  override async onBatchBegin() {
    this.usedLrs.push(this.read());
  }
  override async onBatchEnd(_batch: number, logs?: tf.Logs) {
    this.batchLrs.push(logs?.lr as number);
  }
  override async onEpochEnd(_epoch: number, logs?: tf.Logs) {
    this.epochLrs.push(logs?.lr as number);
  }
}

describe.each(BACKENDS)('callbacks on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('model.fit with warmup + cosine per batch: the logged lr is the core trace, step by step', async () => {
    const { xs, ys } = regressionData(64, 3);
    const model = mlp(3, [8]);
    const binding = bindOptimizer(tf.train.adam(0.02));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const epochs = 3;
    const batches = 4; // 64 samples / batch 16
    const callback = new LrSchedulerCallback({
      scheduler: warmupCosine(binding, epochs * batches),
      interval: 'step',
    });
    const recorder = new Recorder(
      () => (binding.optimizer as unknown as { learningRate: number }).learningRate,
    );
    const history = await model.fit(xs, ys, {
      epochs,
      batchSize: 16,
      shuffle: false,
      verbose: 0,
      callbacks: [callback, recorder],
    });
    const trace = coreTrace(0.02, epochs * batches, epochs * batches);
    expect(recorder.batchLrs).toEqual(trace);
    expect(recorder.usedLrs).toEqual(trace); // the tfjs optimizer really trained at those lrs
    const lastOfEachEpoch = [3, 7, 11].map((i) => trace[i]);
    expect(history.history.lr).toEqual(lastOfEachEpoch);
    expect(recorder.epochLrs).toEqual(lastOfEachEpoch);
    expect(callback.runner.globalStep).toBe(12);
    const series = callback.history.series()[0]!;
    expect(series.lr.slice(0, 12)).toEqual(trace);
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('frequency and several entries: the callback calls the runner exactly as the contract says', async () => {
    const { xs, ys } = regressionData(40, 2);
    const model = mlp(2, [4]);
    const binding = bindOptimizer(tf.train.momentum(0.1, 0.9));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const entries = (opt: Optimizer) => [
      {
        scheduler: new StepLR(opt, { stepSize: 1, gamma: 0.9 }),
        interval: 'step' as const,
        frequency: 3,
      },
      {
        scheduler: new StepLR(opt, { stepSize: 1, gamma: 0.5 }),
        interval: 'epoch' as const,
        frequency: 2,
      },
    ];
    const callback = new LrSchedulerCallback(entries(binding));
    const recorder = new Recorder(() => binding.paramGroups[0].lr);
    await model.fit(xs, ys, {
      epochs: 4,
      batchSize: 8,
      shuffle: false,
      verbose: 0,
      callbacks: [callback, recorder],
    });
    // The same runner driven by hand: 5 batches per epoch, then the epoch end.
    const plain = { paramGroups: [{ lr: 0.1 }] };
    const runner = new SchedulerRunner(entries(plain));
    const expected: number[] = [];
    for (let epoch = 0; epoch < 4; epoch++) {
      for (let batch = 0; batch < 5; batch++) {
        expected.push(plain.paramGroups[0]!.lr);
        runner.onStepEnd();
      }
      runner.onEpochEnd();
    }
    expect(recorder.usedLrs).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(5);
    expect(callback.stateDict()).toEqual(runner.stateDict());
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('model.fitDataset: the same trace per batch', async () => {
    const { xs, ys } = regressionData(48, 3);
    const dataset = tf.data
      .zip({ xs: tf.data.array(tf.unstack(xs)), ys: tf.data.array(tf.unstack(ys)) })
      .batch(12) as tf.data.Dataset<tf.TensorContainer>;
    const model = mlp(3, [4]);
    const binding = bindOptimizer(tf.train.sgd(0.05));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const callback = new LrSchedulerCallback({
      scheduler: warmupCosine(binding, 8),
      interval: 'step',
    });
    const recorder = new Recorder(() => binding.paramGroups[0].lr);
    await model.fitDataset(dataset, { epochs: 2, verbose: 0, callbacks: [callback, recorder] });
    expect(recorder.batchLrs).toEqual(coreTrace(0.05, 8, 8));
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('ReduceLROnPlateau drops the lr after `patience` epochs of flat val_loss', async () => {
    const { xs, ys } = regressionData(32, 2);
    // Without bias, zero inputs predict 0 whatever the weights: val_loss is exactly flat.
    const valX = tf.zeros([8, 2]);
    const valY = tf.ones([8, 1]);
    const model = mlp(2, [], { useBias: false });
    const binding = bindOptimizer(tf.train.sgd(0.1));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const patience = 2;
    const factor = 0.5;
    const plateau = new ReduceLROnPlateauCallback(binding, { patience, factor });
    const history = await model.fit(xs, ys, {
      epochs: 9,
      batchSize: 32,
      verbose: 0,
      validationData: [valX, valY],
      callbacks: [plateau],
    });
    // Epoch 0 sets the best and every later epoch is bad: each run of patience + 1 bad epochs
    // drops the lr at its end (the bad count restarts after a drop, the best does not).
    const drops = (e: number) => Math.max(0, Math.floor((e - 1) / (patience + 1)));
    const expected = history.epoch.map((e) => 0.1 * factor ** drops(e));
    const valLoss = history.history.val_loss as number[];
    expect(new Set(valLoss).size).toBe(1);
    expect(history.history.lr).toEqual(expected);
    expect(binding.paramGroups[0].lr).toBe(0.1 * factor ** 2);
    tf.dispose([xs, ys, valX, valY]);
    model.dispose();
  });

  it("watches any log key ('loss', mode auto/max) and fails clearly on a missing one", async () => {
    const { xs, ys } = regressionData(32, 2);
    const model = mlp(2, [4]);
    const binding = bindOptimizer(tf.train.adam(0.01));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError', metrics: ['acc'] });
    const onLoss = new ReduceLROnPlateauCallback(binding, { monitor: 'loss', patience: 0 });
    expect(onLoss.scheduler.stateDict().mode).toBe('min');
    expect(
      new ReduceLROnPlateauCallback(
        { paramGroups: [{ lr: 1 }] },
        { monitor: 'val_acc' },
      ).scheduler.stateDict().mode,
    ).toBe('max');
    const fitArgs = { epochs: 3, batchSize: 8, verbose: 0 as const };
    await model.fit(xs, ys, { ...fitArgs, callbacks: [onLoss] });
    // Training loss falls every epoch here: no drop.
    expect(binding.paramGroups[0].lr).toBe(0.01);
    // mode 'max' on a falling loss: every epoch after the first is bad, patience 0 drops at once.
    const maxMode = new ReduceLROnPlateauCallback(binding, {
      monitor: 'loss',
      mode: 'max',
      patience: 0,
      factor: 0.5,
    });
    await model.fit(xs, ys, { ...fitArgs, callbacks: [maxMode] });
    expect(binding.paramGroups[0].lr).toBeCloseTo(0.01 * 0.25, 12);
    const missing = new ReduceLROnPlateauCallback(binding, { monitor: 'val_loss' });
    await expect(model.fit(xs, ys, { ...fitArgs, callbacks: [missing] })).rejects.toThrow(
      MissingMetricError,
    );
    const warnings: string[] = [];
    const lenient = new ReduceLROnPlateauCallback(binding, {
      monitor: 'val_loss',
      strict: false,
      onWarning: (m) => warnings.push(m),
    });
    await model.fit(xs, ys, { ...fitArgs, callbacks: [lenient] });
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatch(/val_loss/);
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('a per-batch plateau reads tf.Scalar batch logs', async () => {
    const { xs, ys } = regressionData(64, 2);
    const model = mlp(2, [4]);
    const binding = bindOptimizer(tf.train.sgd(0.05));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const plateau = new ReduceLROnPlateauCallback(binding, {
      monitor: 'loss',
      patience: 0,
      factor: 0.5,
      threshold: 0.5,
    });
    const perBatch = new LrSchedulerCallback({
      scheduler: plateau.scheduler,
      interval: 'step',
      monitor: 'loss',
    });
    const losses: number[] = [];
    const recorder = new (class extends tf.Callback {
      override async onBatchEnd(_batch: number, logs?: tf.Logs) {
        const loss = logs?.loss as unknown;
        expect(loss).toBeInstanceOf(tf.Tensor); // what a tf.Callback instance is given
        losses.push((loss as tf.Scalar).dataSync()[0]!);
      }
    })();
    await model.fit(xs, ys, {
      epochs: 2,
      batchSize: 8,
      shuffle: false,
      verbose: 0,
      callbacks: [perBatch, recorder],
    });
    // The same plateau rule replayed on the recorded losses, on a plain optimizer.
    const plain = { paramGroups: [{ lr: 0.05 }] };
    const replay = new ReduceLROnPlateauCallback(plain, {
      monitor: 'loss',
      patience: 0,
      factor: 0.5,
      threshold: 0.5,
    });
    for (const loss of losses) replay.scheduler.step(loss);
    expect(losses.length).toBe(16);
    expect(binding.paramGroups[0].lr).toBe(plain.paramGroups[0]!.lr);
    expect(binding.paramGroups[0].lr).toBeLessThan(0.05);
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('mixes with other callbacks in either order (and mixCallbacks fixes the order tfjs rejects)', async () => {
    const { xs, ys } = regressionData(32, 2);
    const model = mlp(2, [4]);
    const binding = bindOptimizer(tf.train.sgd(0.05));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const newCallback = () =>
      new LrSchedulerCallback({
        scheduler: new CosineAnnealingLR(binding, { tMax: 100 }),
        interval: 'step',
      });
    const seen: number[] = [];
    const plain = {
      onBatchEnd: async (_b: number, logs?: tf.Logs) => void seen.push(logs?.lr as number),
    };
    const fit = (callbacks: unknown) =>
      model.fit(xs, ys, {
        epochs: 1,
        batchSize: 8,
        verbose: 0,
        callbacks: callbacks as tf.CustomCallbackArgs[],
      });

    // Plain object first: tfjs wraps every element as a plain object; the bound hooks still work.
    binding.paramGroups[0].lr = 0.05;
    const wrapped = newCallback();
    await fit([plain, wrapped]);
    expect(wrapped.runner.globalStep).toBe(4);
    // (the plain callback ran first, before the lr was written into that batch's logs)
    expect(seen.length).toBe(4);

    // tfjs's own instance first, ours after: both are treated as instances.
    const early = tf.callbacks.earlyStopping({ monitor: 'loss', patience: 50 });
    const second = newCallback();
    await fit([early, second]);
    expect(second.runner.globalStep).toBe(4);

    // Instance first, plain object after: tfjs itself fails; mixCallbacks makes it work.
    await expect(fit([newCallback(), plain])).rejects.toThrow(/setParams/);
    seen.length = 0;
    const third = newCallback();
    await fit(mixCallbacks(third, plain, tf.callbacks.earlyStopping({ monitor: 'loss' })));
    expect(third.runner.globalStep).toBe(4);
    expect(seen).toEqual(third.history.series()[0]!.lr.slice(0, 4));
    tf.dispose([xs, ys]);
    model.dispose();
  });

  it('stops training: stopWhenLrBelow, and onExhausted stop vs throw', async () => {
    const { xs, ys } = regressionData(32, 2);
    const model = mlp(2, [4]);
    const binding = bindOptimizer(tf.train.sgd(0.05));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const fitArgs = { batchSize: 8, verbose: 0 as const };

    const plateau = new ReduceLROnPlateauCallback(binding, {
      monitor: 'loss',
      mode: 'max',
      patience: 0,
      factor: 0.1,
      stopWhenLrBelow: 1e-4,
    });
    const stopped = await model.fit(xs, ys, { ...fitArgs, epochs: 20, callbacks: [plateau] });
    // 0.05 → 5e-3 → 5e-4 → 5e-5 (< 1e-4) after the 4th epoch.
    expect(stopped.epoch.length).toBe(4);

    binding.paramGroups[0].lr = 0.05;
    const cycle = () =>
      new OneCycleLR(binding, { maxLr: 0.1, totalSteps: 6, cycleMomentum: false });
    const stopping = new LrSchedulerCallback(
      { scheduler: cycle(), interval: 'step' },
      { onExhausted: 'stop' },
    );
    const partial = await model.fit(xs, ys, { ...fitArgs, epochs: 5, callbacks: [stopping] });
    expect(partial.epoch.length).toBe(2); // 4 + 2 steps, the 6th step exhausts the cycle
    const throwing = new LrSchedulerCallback({ scheduler: cycle(), interval: 'step' });
    await expect(
      model.fit(xs, ys, { ...fitArgs, epochs: 5, callbacks: [throwing] }),
    ).rejects.toThrow(ScheduleExhaustedError);

    // Wrapped as a plain object, it is never given the model: it asks for one up front.
    const needsModel = new LrSchedulerCallback(
      { scheduler: cycle(), interval: 'step' },
      { onExhausted: 'stop' },
    );
    await expect(
      model.fit(xs, ys, {
        ...fitArgs,
        epochs: 1,
        callbacks: [{}, needsModel] as tf.CustomCallbackArgs[],
      }),
    ).rejects.toThrow(/parameter model/);
    const withModel = new LrSchedulerCallback(
      { scheduler: cycle(), interval: 'step' },
      { onExhausted: 'stop', model },
    );
    const wrappedStop = await model.fit(xs, ys, {
      ...fitArgs,
      epochs: 5,
      callbacks: [{}, withModel] as tf.CustomCallbackArgs[],
    });
    expect(wrappedStop.epoch.length).toBe(2);
    tf.dispose([xs, ys]);
    model.dispose();
  });
});
