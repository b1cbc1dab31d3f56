import { fromSpec, type SchedulerSpec } from '@lrkit/core';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMlp } from '../src/mlp/mlp-graph';
import { initMlpParams } from '../src/mlp/mlp-params';
import { Adam } from '../src/optim/adam';
import { Trainer } from '../src/trainer/trainer';
import { spiralPoints } from './helpers/spirals';

// The LR range test on the demo's task with onnxruntime (two spirals, a [2, 32, 32, 2] ReLU MLP,
// Adam, batches of 32): fastai's valley suggestion must lie in the band of constant lrs that
// train, and OneCycle with it as max lr must beat the constant lr a user starts from without a
// range test (Adam's default 1e-3). The constant run at the suggestion is measured and printed.

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const EPOCHS = 20;
const BATCH = 32;
const GRID = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1];
const mlp = buildMlp({
  inputSize: 2,
  hiddenSizes: [32, 32],
  outputSize: 2,
  activation: 'relu',
  loss: 'softmax-cross-entropy',
});

type Batch = { x: Tensor; y: Tensor };
let batches: Batch[];
let val: Batch;
let evalSession: InferenceSession;

function toBatch(x: Float32Array, y: Int32Array, rows: number[]): Batch {
  return {
    x: new Tensor('float32', Float32Array.from(rows.flatMap((i) => [x[2 * i]!, x[2 * i + 1]!])), [
      rows.length,
      2,
    ]),
    y: new Tensor(
      'int64',
      BigInt64Array.from(rows, (i) => BigInt(y[i]!)),
      [rows.length],
    ),
  };
}

async function trainer(lr: number) {
  const optimizer = new Adam(initMlpParams(mlp.params, { seed: 3 }), {
    lr,
    sessionOptions: SESSION,
  });
  return {
    optimizer,
    trainer: await Trainer.create({
      gradientModel: mlp.trainModel,
      optimizer,
      sessionOptions: SESSION,
    }),
  };
}

async function evaluate(params: Record<string, Tensor>) {
  const out = await evalSession.run({ ...params, ...val });
  const logits = out.output!.data as Float32Array;
  const labels = val.y.data as BigInt64Array;
  let correct = 0;
  for (let n = 0; n < labels.length; n++) {
    if (Number(logits[2 * n + 1]! > logits[2 * n]!) === Number(labels[n])) correct++;
  }
  return { loss: out.loss!.data[0] as number, accuracy: correct / labels.length };
}

async function train(lr: number, spec: SchedulerSpec | null) {
  const { optimizer, trainer: t } = await trainer(lr);
  const scheduler = spec ? fromSpec(optimizer, spec) : null;
  for (let e = 0; e < EPOCHS; e++) {
    for (const batch of batches) {
      await t.trainStep(batch);
      scheduler?.step();
    }
  }
  return evaluate(optimizer.params);
}

describe('trainer.findLr on the spirals model (onnxruntime)', () => {
  beforeAll(async () => {
    const points = spiralPoints(256, 11);
    const order = Array.from({ length: points.count }, (_, i) => (i * 7919) % points.count);
    batches = [];
    for (let from = 0; from + BATCH <= points.count; from += BATCH) {
      batches.push(toBatch(points.x, points.y, order.slice(from, from + BATCH)));
    }
    const v = spiralPoints(256, 12);
    val = toBatch(
      v.x,
      v.y,
      Array.from({ length: v.count }, (_, i) => i),
    );
    evalSession = await InferenceSession.create(mlp.evalModel, SESSION);
  });

  it('suggests an lr inside the band that trains; OneCycle with it beats the constant lr', async () => {
    const { trainer: t } = await trainer(1e-3);
    const result = await t.findLr(batches);
    const suggested = result.lr!;
    const grid = [];
    for (const lr of GRID) grid.push({ lr, ...(await train(lr, null)) });
    // Training works where the validation loss ends below half the chance-level loss.
    const band = grid.filter((g) => g.loss < Math.log(2) / 2).map((g) => g.lr);
    const oneCycle = await train(
      suggested,
      result.toOneCycle({ totalSteps: EPOCHS * batches.length }),
    );
    const constant = grid.find((g) => g.lr === 1e-3)!;
    const constantAtSuggestion = await train(suggested, null);
    console.info(
      JSON.stringify({
        runtime: 'onnxruntime',
        suggestions: result.suggestions,
        stoppedAt: result.stoppedAt,
        band: [Math.min(...band), Math.max(...band)],
        grid,
        oneCycle,
        constant,
        constantAtSuggestion,
      }),
    );
    expect(band.length).toBeGreaterThan(1);
    expect(suggested).toBeGreaterThanOrEqual(Math.min(...band));
    expect(suggested).toBeLessThanOrEqual(Math.max(...band));
    expect(oneCycle.loss).toBeLessThan(constant.loss);
    expect(oneCycle.accuracy).toBeGreaterThan(constant.accuracy);
  }, 300_000);
});
