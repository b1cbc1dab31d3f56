import { LinearLR, PlateauLR, SchedulerRunner, SequentialLR } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { regressionTask } from '../../test/helpers/synthetic';
import { buildMlp } from '../mlp/mlp-graph';
import { initMlpParams } from '../mlp/mlp-params';
import { SGD } from '../optim/sgd';
import { Trainer } from './trainer';

const SESSION = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const BASE = 0.05;
const WARMUP = 3;

/** LinearLR warmup, then ReduceLROnPlateau's rule on the previous epoch's val_loss (restated). */
function expectedLrs(valLoss: readonly number[], options: { threshold: number; patience: number }) {
  const lrs = [0, 1, 2].map((e) => BASE * (0.2 + (0.8 * e) / WARMUP));
  let lr = BASE;
  let best = Number.POSITIVE_INFINITY;
  let bad = 0;
  for (let e = WARMUP; e < valLoss.length; e++) {
    const metric = valLoss[e - 1]!;
    if (metric < best * (1 - options.threshold)) {
      best = metric;
      bad = 0;
    } else bad++;
    if (bad > options.patience) {
      lr *= 0.5;
      bad = 0;
    }
    lrs.push(lr);
  }
  return lrs;
}

describe('Trainer: warmup then plateau', () => {
  it('SequentialLR [LinearLR, PlateauLR] monitored on val_loss reduces at the epochs the rule says', async () => {
    const mlp = buildMlp({
      inputSize: 4,
      hiddenSizes: [16],
      outputSize: 1,
      activation: 'tanh',
      loss: 'mse',
    });
    const task = regressionTask({ examples: 128, batchSize: 32, seed: 2 });
    const optimizer = new SGD(initMlpParams(mlp.params, { seed: 7 }), {
      lr: BASE,
      momentum: 0.9,
      sessionOptions: SESSION,
    });
    const rule = { threshold: 0.2, patience: 1 };
    const scheduler = new SequentialLR(optimizer, {
      schedulers: [
        new LinearLR(optimizer, { startFactor: 0.2, totalIters: WARMUP }),
        new PlateauLR(optimizer, { ...rule, factor: 0.5 }),
      ],
      milestones: [WARMUP],
    });
    const runner = new SchedulerRunner({ scheduler, interval: 'epoch', monitor: 'val_loss' });
    const trainer = await Trainer.create({
      gradientModel: mlp.trainModel,
      evalModel: mlp.evalModel,
      optimizer,
      hooks: runner,
      sessionOptions: SESSION,
    });
    const epochs = 14;
    const logs = await trainer.fit({
      epochs,
      trainBatches: task.trainBatches,
      validationBatches: () => task.all(),
    });
    const valLoss = logs.map((l) => l.val_loss!);
    const used = runner.history.series()[0]!.lr.slice(0, epochs);
    const expected = expectedLrs(valLoss, rule);
    used.forEach((lr, e) => {
      expect(lr).toBeCloseTo(expected[e]!, 12);
    });
    const reductions = expected.filter((lr, e) => e > WARMUP && lr < expected[e - 1]!).length;
    expect(reductions).toBeGreaterThanOrEqual(2);
  });
});
