import { InvalidArgumentError, LrkitError, SchedulerRunner, StepLR } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { regressionTask } from '../../test/helpers/synthetic';
import { buildMlp } from '../mlp/mlp-graph';
import { initMlpParams } from '../mlp/mlp-params';
import { Adam, AdamW } from '../optim/adam';
import type { OnnxOptimizer, OnnxParamGroup } from '../optim/onnx-optimizer';
import { SGD } from '../optim/sgd';
import { Trainer } from '../trainer/trainer';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const mlp = buildMlp({
  inputSize: 4,
  hiddenSizes: [16],
  outputSize: 1,
  activation: 'tanh',
  loss: 'mse',
});
const task = regressionTask({ examples: 128, batchSize: 16, seed: 5 });

const OPTIMIZERS = {
  sgd: () =>
    new SGD(initMlpParams(mlp.params, { seed: 2 }), {
      lr: 0.05,
      momentum: 0.9,
      sessionOptions: SESSION,
    }),
  adam: () =>
    new Adam(initMlpParams(mlp.params, { seed: 2 }), { lr: 1e-3, sessionOptions: SESSION }),
  adamw: () =>
    new AdamW(initMlpParams(mlp.params, { seed: 2 }), { lr: 1e-3, sessionOptions: SESSION }),
} as const;

/** Every byte of every parameter and optimizer state tensor, with the step count and groups. */
function fingerprint(optimizer: OnnxOptimizer<OnnxParamGroup>) {
  const bytes = (t: Tensor) =>
    Buffer.from((t.data as Float32Array).buffer.slice(0)).toString('base64');
  return {
    params: Object.fromEntries(Object.entries(optimizer.params).map(([n, t]) => [n, bytes(t)])),
    state: optimizer.stateDict(),
  };
}

async function make(kind: keyof typeof OPTIMIZERS) {
  const optimizer: OnnxOptimizer<OnnxParamGroup> = OPTIMIZERS[kind]();
  const runner = new SchedulerRunner({
    scheduler: new StepLR(optimizer, { stepSize: 4, gamma: 0.5 }),
    interval: 'step',
  });
  const trainer = await Trainer.create({
    gradientModel: mlp.trainModel,
    optimizer,
    hooks: runner,
    sessionOptions: SESSION,
  });
  return { optimizer, runner, trainer };
}

async function train(trainer: Trainer, batches: readonly Record<string, Tensor>[]) {
  for (const batch of batches) await trainer.trainStep(batch);
}

describe('trainer.findLr', () => {
  it.each(Object.keys(OPTIMIZERS) as (keyof typeof OPTIMIZERS)[])(
    '%s: parameters, optimizer state, hooks and progress come back bit-identical; training continues as if it never ran',
    async (kind) => {
      const a = await make(kind);
      const b = await make(kind);
      const first = task.trainBatches(0).slice(0, 3);
      await train(a.trainer, first);
      await train(b.trainer, first);
      const before = fingerprint(a.optimizer);
      const progress = a.trainer.getProgress();
      const runnerState = JSON.stringify(a.runner.stateDict());
      const seen: number[] = [];
      const result = await a.trainer.findLr((epoch) => task.trainBatches(epoch), {
        numIt: 40,
        onProgress: (p) => {
          seen.push(p.lr);
        },
      });
      expect(result.lrs.length).toBeGreaterThan(10);
      expect(seen).toEqual(result.lrs);
      expect(fingerprint(a.optimizer)).toStrictEqual(before);
      expect(a.trainer.getProgress()).toStrictEqual(progress);
      expect(JSON.stringify(a.runner.stateDict())).toBe(runnerState);
      const next = task.trainBatches(1).slice(0, 3);
      await train(a.trainer, next);
      await train(b.trainer, next);
      expect(fingerprint(a.optimizer)).toStrictEqual(fingerprint(b.optimizer));
    },
  );

  it('a fresh optimizer is left without state; an array of batches is cycled', async () => {
    const { optimizer, trainer } = await make('adam');
    const before = fingerprint(optimizer);
    expect(Object.keys(before.state.state)).toHaveLength(0);
    const batches = task.trainBatches(0); // 8 batches, cycled for 20 iterations
    const result = await trainer.findLr(batches, {
      numIt: 20,
      stopOnDivergence: false,
      style: 'lightning',
    });
    expect(result.lrs).toHaveLength(20);
    expect(fingerprint(optimizer)).toStrictEqual(before);
  });

  it('a throwing progress callback or a bad batch still restores everything', async () => {
    const { optimizer, trainer } = await make('sgd');
    await train(trainer, task.trainBatches(0).slice(0, 2));
    const before = fingerprint(optimizer);
    const failure = new Error('cancelled');
    await expect(
      trainer.findLr(task.trainBatches(0), {
        onProgress: (p) => {
          if (p.iteration === 3) throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(fingerprint(optimizer)).toStrictEqual(before);
    const bad = [...task.trainBatches(0).slice(0, 2), { x: task.trainBatches(0)[0]!.x }];
    await expect(trainer.findLr(bad)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(fingerprint(optimizer)).toStrictEqual(before);
    // the trainer is usable afterwards
    await train(trainer, task.trainBatches(0).slice(0, 1));
  });

  it('rejects bad input before anything changes, and refuses to overlap a step', async () => {
    const { optimizer, trainer } = await make('adam');
    const before = fingerprint(optimizer);
    const cases: [() => Promise<unknown>, string][] = [
      [() => trainer.findLr(42 as never), 'batches'],
      [() => trainer.findLr([], { numIt: 0 }), 'numIt'],
      [() => trainer.findLr([], { onProgress: 1 as never }), 'onProgress'],
      [() => trainer.findLr([], { batchSize: 3 } as never), 'LrFinder.batchSize'],
    ];
    for (const [run, parameter] of cases) {
      const error = await run().catch((e: unknown) => e);
      expect(error, parameter).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
    }
    expect(fingerprint(optimizer)).toStrictEqual(before);
    const running = trainer.findLr(task.trainBatches(0), { numIt: 8 });
    await expect(trainer.trainStep(task.trainBatches(0)[0]!)).rejects.toBeInstanceOf(LrkitError);
    await running;
    expect(fingerprint(optimizer)).toStrictEqual(before);
    // no batches at all: an empty result, nothing changed
    const empty = await trainer.findLr([]);
    expect(empty.lrs).toHaveLength(0);
  });
});
