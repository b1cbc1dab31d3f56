// Scenarios run twice with the same code: in the test process on onnxruntime-node and in Chromium
// on onnxruntime-web (page.ts). Only the lrkit module differs: each one brings its runtime.
import { fromSpec, type JsonValue, preview, SchedulerRunner } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import { mulberry32 } from '../../src/random';
import { spiralPoints } from '../helpers/spirals';

/** What both entries export (the `/web` entry is the main one less the file checkpoints). */
export type Lrkit = typeof import('../../src/web');

export interface OptimizerCase {
  name: string;
  optimizer: 'SGD' | 'Adam' | 'AdamW';
  options: Record<string, unknown>;
  /** Group 1 (the bias) gets its own options, over `options`. */
  biasGroup?: Record<string, unknown>;
  schedule: Record<string, JsonValue>;
  steps: number;
  seed: number;
}

const SHAPES: Record<string, number[]> = { weight: [16, 12], bias: [12] };

export const OPTIMIZER_CASES: OptimizerCase[] = [
  {
    name: 'SGD, momentum and weight decay, OneCycleLR (cycles the momentum too)',
    optimizer: 'SGD',
    options: { lr: 0.1, momentum: 0.9, weightDecay: 1e-3 },
    schedule: { version: 1, type: 'OneCycleLR', maxLr: 0.5, totalSteps: 40 },
    steps: 40,
    seed: 1,
  },
  {
    name: 'SGD, Nesterov, dampening 0, weight decay, warmup then cosine',
    optimizer: 'SGD',
    options: { lr: 0.05, momentum: 0.8, nesterov: true, weightDecay: 1e-2 },
    biasGroup: { lr: 0.2, weightDecay: 0 },
    schedule: {
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 5 },
        { type: 'CosineAnnealingLR', tMax: 25, etaMin: 1e-3 },
      ],
      milestones: [5],
    },
    steps: 30,
    seed: 2,
  },
  {
    name: 'SGD, momentum with dampening, maximize, StepLR',
    optimizer: 'SGD',
    options: { lr: 0.03, momentum: 0.5, dampening: 0.3, maximize: true },
    schedule: { version: 1, type: 'StepLR', stepSize: 7, gamma: 0.5 },
    steps: 25,
    seed: 3,
  },
  {
    name: 'Adam, weight decay, warmup then cosine',
    optimizer: 'Adam',
    options: { lr: 1e-2, weightDecay: 1e-3 },
    schedule: {
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.01, totalIters: 8 },
        { type: 'CosineAnnealingLR', tMax: 32, etaMin: 1e-4 },
      ],
      milestones: [8],
    },
    steps: 40,
    seed: 4,
  },
  {
    name: 'Adam, AMSGrad, two groups, ExponentialLR',
    optimizer: 'Adam',
    options: { lr: 5e-3, amsgrad: true, betas: [0.8, 0.99] },
    biasGroup: { lr: 2e-2 },
    schedule: { version: 1, type: 'ExponentialLR', gamma: 0.93 },
    steps: 30,
    seed: 5,
  },
  {
    name: 'AdamW, OneCycleLR (cycles beta1 too)',
    optimizer: 'AdamW',
    options: { lr: 1e-3, weightDecay: 5e-2 },
    schedule: { version: 1, type: 'OneCycleLR', maxLr: 0.02, totalSteps: 40 },
    steps: 40,
    seed: 6,
  },
  {
    name: 'AdamW, AMSGrad, CosineAnnealingWarmRestarts',
    optimizer: 'AdamW',
    options: { lr: 3e-3, amsgrad: true, eps: 1e-6 },
    schedule: { version: 1, type: 'CosineAnnealingWarmRestarts', t0: 10, etaMin: 1e-5 },
    steps: 35,
    seed: 7,
  },
];

function randomValues(next: () => number, count: number, scale: number): Float32Array {
  return Float32Array.from({ length: count }, () => (next() * 2 - 1) * scale);
}

function tensorsOf(lrkit: Lrkit, next: () => number, scale: number): Record<string, Tensor> {
  const { Tensor } = lrkit.getOrtRuntime();
  const out: Record<string, Tensor> = {};
  for (const [name, dims] of Object.entries(SHAPES)) {
    out[name] = new Tensor('float32', randomValues(next, dims[0]! * (dims[1] ?? 1), scale), dims);
  }
  return out;
}

export interface OptimizerRun {
  /** The parameters after every step, flattened (weight then bias). */
  params: number[][];
  /** Every hyperparameter fed to every group (lr, momentum or betas, ...) at every step. */
  fed: Record<string, number>[][];
}

/** Seeded parameters and gradients; the scheduler steps after each update. */
export async function runOptimizerCase(lrkit: Lrkit, c: OptimizerCase): Promise<OptimizerRun> {
  const next = mulberry32(c.seed);
  const params = tensorsOf(lrkit, next, 1);
  const groups = c.biasGroup
    ? [{ params: { weight: params.weight! } }, { params: { bias: params.bias! }, ...c.biasGroup }]
    : params;
  const Optimizer = lrkit[c.optimizer] as unknown as new (
    p: unknown,
    o: unknown,
  ) => InstanceType<Lrkit['SGD']>;
  const optimizer = new Optimizer(groups, c.options);
  const scheduler = fromSpec(optimizer, c.schedule);
  const run: OptimizerRun = { params: [], fed: [] };
  for (let step = 0; step < c.steps; step++) {
    await optimizer.step(tensorsOf(lrkit, next, 2));
    run.fed.push(optimizer.lastFed!.groups.map((g) => ({ ...g }) as Record<string, number>));
    scheduler.step();
    const p = optimizer.params;
    run.params.push([...(p.weight!.data as Float32Array), ...(p.bias!.data as Float32Array)]);
  }
  return run;
}

/** The spirals task of the demo: a [2, 32, 32, 2] ReLU MLP under a schedule stepped per batch. */
export const SPIRALS = {
  pointsPerClass: 128,
  batchSize: 32,
  epochs: 12,
  seed: 11,
  schedule: {
    version: 1,
    type: 'OneCycleLR',
    maxLr: 0.05,
    totalSteps: 12 * 8,
  } as Record<string, JsonValue>,
};

function spiralBatches(lrkit: Lrkit): Record<string, Tensor>[] {
  const { Tensor } = lrkit.getOrtRuntime();
  const { x, y, count } = spiralPoints(SPIRALS.pointsPerClass, SPIRALS.seed);
  const batches: Record<string, Tensor>[] = [];
  for (let start = 0; start < count; start += SPIRALS.batchSize) {
    const n = Math.min(SPIRALS.batchSize, count - start);
    batches.push({
      x: new Tensor('float32', x.slice(2 * start, 2 * (start + n)), [n, 2]),
      y: new Tensor('int64', BigInt64Array.from(y.subarray(start, start + n), BigInt), [n]),
    });
  }
  return batches;
}

async function spiralTrainer(lrkit: Lrkit) {
  const mlp = lrkit.buildMlp({
    inputSize: 2,
    hiddenSizes: [32, 32],
    outputSize: 2,
    loss: 'softmax-cross-entropy',
  });
  const optimizer = new lrkit.AdamW(lrkit.initMlpParams(mlp.params, { seed: SPIRALS.seed }), {
    lr: 1e-3,
    weightDecay: 1e-4,
  });
  const runner = new SchedulerRunner({
    scheduler: fromSpec(optimizer, SPIRALS.schedule),
    interval: 'step',
  });
  const trainer = await lrkit.Trainer.create({
    gradientModel: mlp.trainModel,
    optimizer,
    hooks: runner,
  });
  return { trainer, optimizer };
}

export interface SpiralsRun {
  /** The lr fed at every update, and the core's preview of the schedule at the same steps. */
  lrFed: number[];
  lrPreview: number[];
  epochLosses: number[];
}

export async function trainSpirals(lrkit: Lrkit): Promise<SpiralsRun> {
  const batches = spiralBatches(lrkit);
  const { trainer, optimizer } = await spiralTrainer(lrkit);
  const run: SpiralsRun = { lrFed: [], lrPreview: [], epochLosses: [] };
  for (let epoch = 0; epoch < SPIRALS.epochs; epoch++) {
    let sum = 0;
    for (const batch of batches) {
      sum += (await trainer.trainStep(batch)).loss;
      run.lrFed.push(optimizer.lastFed!.groups[0]!.lr!);
    }
    run.epochLosses.push(sum / batches.length);
    trainer.endEpoch();
  }
  const steps = run.lrFed.length;
  run.lrPreview = [...preview(SPIRALS.schedule, { steps, baseLrs: [1e-3] }).lr[0]!];
  return run;
}

export interface ResumeRun {
  straight: number[];
  resumed: number[];
  checkpointBytes: number;
  /** Whether a damaged checkpoint was refused with a CheckpointError, leaving the trainer as it was. */
  refusedUnchanged: boolean;
  refusedName: string;
  refusedParameter: string;
}

function flatParams(trainer: { params: Readonly<Record<string, Tensor>> }): number[] {
  return Object.values(trainer.params).flatMap((t) => [...(t.data as Float32Array)]);
}

/**
 * Trains 5 epochs straight; then 2 epochs, a bytes checkpoint through a Blob, a new trainer that
 * loads it and trains the 3 others. A damaged copy of the bytes is refused first.
 */
export async function resumeThroughBytes(lrkit: Lrkit, epochs = 5, saveAt = 2): Promise<ResumeRun> {
  const batches = spiralBatches(lrkit);
  const trainBatches = () => batches;
  const straight = await spiralTrainer(lrkit);
  await straight.trainer.fit({ epochs, trainBatches });

  const first = await spiralTrainer(lrkit);
  await first.trainer.fit({ epochs: saveAt, trainBatches });
  // Mid-epoch too: three batches of the next epoch before the save.
  for (const batch of batches.slice(0, 3)) await first.trainer.trainStep(batch);
  const bytes = lrkit.saveCheckpointToBytes(first.trainer, { metadata: { savedAt: 'mid-epoch' } });
  const stored = await new Blob([bytes]).arrayBuffer();

  const second = await spiralTrainer(lrkit);
  const before = JSON.stringify([
    flatParams(second.trainer),
    second.optimizer.stateDict(),
    second.trainer.getProgress(),
  ]);
  const damaged = new Uint8Array(stored.slice(0));
  const text = new TextDecoder().decode(damaged).replace('"epoch":2', '"epoch":-2');
  let refusedName = '';
  let refusedParameter = '';
  try {
    lrkit.loadCheckpointFromBytes(new TextEncoder().encode(text), second.trainer);
  } catch (error) {
    refusedName = (error as Error).name;
    refusedParameter = (error as { parameter?: string }).parameter ?? '';
  }
  const refusedUnchanged =
    JSON.stringify([
      flatParams(second.trainer),
      second.optimizer.stateDict(),
      second.trainer.getProgress(),
    ]) === before;
  const checkpoint = lrkit.loadCheckpointFromBytes(stored, second.trainer);
  if (JSON.stringify(checkpoint.metadata) !== '{"savedAt":"mid-epoch"}') {
    throw new Error(`metadata lost: ${JSON.stringify(checkpoint.metadata)}`);
  }
  await second.trainer.fit({ epochs, trainBatches });
  return {
    straight: flatParams(straight.trainer),
    resumed: flatParams(second.trainer),
    checkpointBytes: bytes.byteLength,
    refusedUnchanged,
    refusedName,
    refusedParameter,
  };
}

export interface RangeTestRun {
  lrs: number[];
  losses: number[];
  lr: number | null;
  /** Whether the parameters after the range test are those before it (the test puts them back). */
  restored: boolean;
}

/** The LR range test on the spirals model (it trains a copy of the parameters, then restores them). */
export async function rangeTest(lrkit: Lrkit): Promise<RangeTestRun> {
  const batches = spiralBatches(lrkit);
  const { trainer } = await spiralTrainer(lrkit);
  const before = JSON.stringify(flatParams(trainer));
  const result = await trainer.findLr(() => batches, { numIt: 48, startLr: 1e-5, endLr: 1 });
  return {
    lrs: result.lrs,
    losses: result.losses,
    lr: result.lr,
    restored: JSON.stringify(flatParams(trainer)) === before,
  };
}
