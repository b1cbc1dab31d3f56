import {
  CosineAnnealingLR,
  InvalidArgumentError,
  LinearLR,
  LrkitError,
  ReduceLROnPlateau,
  SchedulerRunner,
  SequentialLR,
} from '@lrkit/core';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { regressionTask } from '../../test/helpers/synthetic';
import { buildMlp } from '../mlp/mlp-graph';
import { initMlpParams } from '../mlp/mlp-params';
import { GraphBuilder } from '../onnx/graph-builder';
import { SGD } from '../optim/sgd';
import { Trainer } from './trainer';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const mlp = buildMlp({
  inputSize: 4,
  hiddenSizes: [32, 32],
  outputSize: 1,
  activation: 'tanh',
  loss: 'mse',
});
const task = regressionTask({ examples: 256, batchSize: 32, seed: 1 });

/** Warmup then cosine, stepped per batch: the schedule used in the scheduled-run test. */
function schedule(optimizer: { paramGroups: { lr: number }[] }) {
  return new SequentialLR(optimizer, {
    schedulers: [
      new LinearLR(optimizer, { startFactor: 0.1, totalIters: 16 }),
      new CosineAnnealingLR(optimizer, { tMax: 144 }),
    ],
    milestones: [16],
  });
}

function snapshot(params: Readonly<Record<string, Tensor>>): Record<string, Float32Array> {
  return Object.fromEntries(
    Object.entries(params).map(([n, t]) => [n, Float32Array.from(t.data as Float32Array)]),
  );
}

describe('Trainer: scheduled run on a synthetic regression task', () => {
  it('feeds the core trace as lr at every step and brings the loss from 0.73 below 0.05', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params, { seed: 3 }), {
      lr: 0.1,
      momentum: 0.9,
      sessionOptions: SESSION,
    });
    const runner = new SchedulerRunner({ scheduler: schedule(optimizer), interval: 'step' });
    const trainer = await Trainer.create({
      gradientModel: mlp.trainModel,
      evalModel: mlp.evalModel,
      optimizer,
      hooks: runner,
      sessionOptions: SESSION,
    });
    const initial = await trainer.evaluate(task.all());
    const fed: number[] = [];
    const logs = await trainer.fit({
      epochs: 20,
      trainBatches: task.trainBatches,
      validationBatches: () => task.all(),
      onStepEnd: (r) => {
        fed.push(r.lr[0]!);
      },
    });

    // The core's trace, from the same schedule on a plain optimizer object with no runtime at all.
    const plain = { paramGroups: [{ lr: 0.1 }] };
    const reference = schedule(plain);
    const trace: number[] = [];
    for (let t = 0; t < 160; t++) {
      trace.push(plain.paramGroups[0]!.lr);
      reference.step();
    }
    expect(fed).toHaveLength(160);
    expect(fed).toEqual(trace.map(Math.fround));
    expect(runner.history.series()[0]!.lr.slice(0, 160)).toEqual(trace);
    expect(trainer.globalStep).toBe(160);
    expect(trainer.epoch).toBe(20);

    expect(initial.loss).toBeGreaterThan(0.7);
    expect(logs.at(-1)!.val_loss!).toBeLessThan(0.05);
    expect(logs.at(-1)!.loss).toBeLessThan(0.05);
  });

  it('drives a metric-driven ReduceLROnPlateau from the val_loss that fit() passes at epoch end', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params, { seed: 5 }), {
      lr: 0.1,
      momentum: 0.9,
      sessionOptions: SESSION,
    });
    const runner = new SchedulerRunner({
      scheduler: new ReduceLROnPlateau(optimizer, { factor: 0.5, patience: 0, threshold: 0.5 }),
      interval: 'epoch',
      monitor: 'val_loss',
    });
    const trainer = await Trainer.create({
      gradientModel: mlp.trainModel,
      evalModel: mlp.evalModel,
      optimizer,
      hooks: runner,
      sessionOptions: SESSION,
    });
    const logs = await trainer.fit({
      epochs: 4,
      trainBatches: task.trainBatches,
      validationBatches: () => task.all(),
    });
    // threshold 0.5 (relative): an epoch only counts as better if val_loss halves, so lr halves often.
    expect(logs.map((l) => l.lr[0])).toEqual(runner.history.series()[0]!.lr.slice(1));
    expect(logs.at(-1)!.lr[0]).toBeLessThan(0.1);
    expect(logs.every((l) => Number.isFinite(l.val_loss))).toBe(true);
  });

  it('lr 0 leaves every parameter bit-identical', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params, { seed: 4 }), {
      lr: 0,
      momentum: 0.9,
      weightDecay: 1e-2,
      sessionOptions: SESSION,
    });
    const trainer = await Trainer.create({
      gradientModel: mlp.trainModel,
      optimizer,
      sessionOptions: SESSION,
    });
    const before = snapshot(trainer.params);
    await trainer.fit({ epochs: 1, trainBatches: task.trainBatches });
    expect(trainer.globalStep).toBe(8);
    expect(snapshot(trainer.params)).toEqual(before);
  });
});

describe('Trainer: bad input fails with a typed error before any parameter changes', () => {
  it('rejects a gradient graph without the expected outputs', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params), { lr: 0.1 });
    const error = await Trainer.create({ gradientModel: mlp.evalModel, optimizer }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).parameter).toBe('gradientModel');
    expect((error as Error).message).toMatch(/missing 'grad\.layer0\.weight'/);
  });

  it('rejects an optimizer parameter the graph does not take, and parameters of the wrong shape', async () => {
    const params = initMlpParams(mlp.params);
    const extra = new SGD({ ...params, extra: new Tensor('float32', new Float32Array(2), [2]) });
    await expect(
      Trainer.create({ gradientModel: mlp.trainModel, optimizer: extra }),
    ).rejects.toThrow(/grad\.extra/);
    const wrong = new SGD({
      ...params,
      'layer1.bias': new Tensor('float32', new Float32Array(16), [16]),
    });
    await expect(
      Trainer.create({ gradientModel: mlp.trainModel, optimizer: wrong }),
    ).rejects.toThrow(
      /gradientModel\.inputs\.layer1\.bias.*must match parameter 'layer1\.bias' of shape \[16\]/,
    );
  });

  it('rejects a batch of the wrong shape, a missing input, and a batch naming a parameter', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params), { lr: 0.1 });
    const trainer = await Trainer.create({ gradientModel: mlp.trainModel, optimizer });
    const before = snapshot(trainer.params);
    const good = task.trainBatches(0)[0]!;
    const x3 = new Tensor('float32', new Float32Array(32 * 3), [32, 3]);
    await expect(trainer.trainStep({ ...good, x: x3 })).rejects.toThrow(
      /batch\.x: must have the model's input shape \[batch, 4\]/,
    );
    await expect(trainer.trainStep({ x: good.x })).rejects.toThrow(/batch\.y/);
    const yInt = new Tensor('int64', new BigInt64Array(32), [32, 1]);
    await expect(trainer.trainStep({ ...good, y: yInt })).rejects.toThrow(
      /batch\.y: must be a float32 tensor/,
    );
    await expect(trainer.trainStep({ ...good, 'layer0.bias': good.y })).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(snapshot(trainer.params)).toEqual(before);
    expect(trainer.globalStep).toBe(0);
  });

  it('rejects a gradient of the wrong shape produced at run time', async () => {
    // A hand-written gradient graph whose grad.w is [n] while w is [3]: only the run shows it.
    const b = new GraphBuilder('bad_grad');
    const w = b.input('w', [3]);
    const x = b.input('x', ['n']);
    b.output('loss', b.op('ReduceSum', [b.op('Mul', [w, w])], { keepdims: { int: 0 } }), []);
    b.output('grad.w', b.op('Add', [x, b.scalar(1)]), ['n']);
    const optimizer = new SGD(
      { w: new Tensor('float32', Float32Array.of(1, 2, 3), [3]) },
      { lr: 0.1 },
    );
    const trainer = await Trainer.create({ gradientModel: b.build(), optimizer });
    const error = await trainer
      .trainStep({ x: new Tensor('float32', new Float32Array(5), [5]) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(
      /gradientModel\.outputs\.grad\.w: must be float32 with the parameter's shape \[3\]/,
    );
    expect(Array.from(trainer.params.w!.data as Float32Array)).toEqual([1, 2, 3]);
    await trainer.trainStep({ x: new Tensor('float32', new Float32Array(3), [3]) });
    expect(Array.from(trainer.params.w!.data as Float32Array)).toEqual(
      [0.9, 1.9, 2.9].map(Math.fround),
    );
  });

  it('rejects a non-finite lr written by a scheduler or by hand, before the update and the hooks', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params), { lr: 0.1, momentum: 0.9 });
    const calls: number[] = [];
    const hooks = { onStepEnd: () => calls.push(1), onEpochEnd: () => {} };
    const trainer = await Trainer.create({ gradientModel: mlp.trainModel, optimizer, hooks });
    const before = snapshot(trainer.params);
    for (const lr of [Number.NaN, Number.POSITIVE_INFINITY]) {
      optimizer.paramGroups[0]!.lr = lr;
      const error = await trainer.trainStep(task.trainBatches(0)[0]!).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(LrkitError.isInstance(error)).toBe(true);
      expect((error as InvalidArgumentError).parameter).toBe('paramGroups[0].lr');
    }
    expect(snapshot(trainer.params)).toEqual(before);
    expect(calls).toEqual([]);
    expect(trainer.globalStep).toBe(0);
  });

  it('stops on a non-finite loss unless told to apply it', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params), { lr: 0.1 });
    const trainer = await Trainer.create({ gradientModel: mlp.trainModel, optimizer });
    const batch = task.trainBatches(0)[0]!;
    const y = new Tensor('float32', new Float32Array(32).fill(Number.NaN), [32, 1]);
    await expect(trainer.trainStep({ ...batch, y })).rejects.toThrow(/loss is NaN at step 1/);
    expect(trainer.globalStep).toBe(0);
  });

  it('refuses overlapping steps: each trainStep must be awaited', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params), { lr: 0.1 });
    const trainer = await Trainer.create({ gradientModel: mlp.trainModel, optimizer });
    const batch = task.trainBatches(0)[0]!;
    const first = trainer.trainStep(batch);
    await expect(trainer.trainStep(batch)).rejects.toThrow(/await each step/);
    await first;
    expect(trainer.globalStep).toBe(1);
    expect(optimizer.stepCount).toBe(1);
  });

  it('rejects bad trainer options', async () => {
    const optimizer = new SGD(initMlpParams(mlp.params), { lr: 0.1 });
    await expect(
      Trainer.create({ gradientModel: Uint8Array.of(1, 2, 3), optimizer }),
    ).rejects.toThrow(/gradientModel: must be an ONNX model/);
    await expect(
      Trainer.create({ gradientModel: mlp.trainModel, optimizer: {} as never }),
    ).rejects.toThrow(/optimizer/);
    await expect(
      Trainer.create({ gradientModel: mlp.trainModel, optimizer, hooks: {} as never }),
    ).rejects.toThrow(/hooks/);
    const trainer = await Trainer.create({ gradientModel: mlp.trainModel, optimizer });
    await expect(trainer.evaluate(task.all())).rejects.toThrow(/evalModel/);
    await expect(trainer.fit({ epochs: -1, trainBatches: task.trainBatches })).rejects.toThrow(
      /epochs/,
    );
  });
});
