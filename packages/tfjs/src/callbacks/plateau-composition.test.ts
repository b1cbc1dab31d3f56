import { LinearLR, PlateauLR, SequentialLR } from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend } from '../../test/helpers/backends';
import { mlp, regressionData } from '../../test/helpers/model';
import { bindOptimizer } from '../optimizer-binding';
import { LrSchedulerCallback } from './scheduler-callback';

const BASE = 0.05;
const WARMUP = 3;

/**
 * The lr of every epoch, restated independently: LinearLR from 0.2·BASE for WARMUP epochs, then
 * PyTorch's ReduceLROnPlateau rule (rel threshold, patience, factor; no cooldown) on the val_loss
 * of the epoch before, starting from BASE at the milestone.
 */
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

describe.each(BACKENDS)('warmup then plateau drives model.fit on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('SequentialLR [LinearLR, PlateauLR] stepped with val_loss reduces at the epochs the rule says', async () => {
    const { xs, ys } = regressionData(64, 3);
    const model = mlp(3, [6]);
    const binding = bindOptimizer(tf.train.sgd(BASE));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const rule = { threshold: 0.2, patience: 1 };
    const warmup = new LinearLR(binding, { startFactor: 0.2, totalIters: WARMUP });
    const plateau = new PlateauLR(binding, { ...rule, factor: 0.5 });
    const scheduler = new SequentialLR(binding, {
      schedulers: [warmup, plateau],
      milestones: [WARMUP],
    });
    const callback = new LrSchedulerCallback({ scheduler, interval: 'epoch', monitor: 'val_loss' });
    const epochs = 14;
    const history = await model.fit(xs, ys, {
      epochs,
      batchSize: 16,
      validationData: [xs, ys],
      verbose: 0,
      callbacks: [callback],
    });
    const valLoss = history.history.val_loss as number[];
    const used = callback.runner.history.series()[0]!.lr.slice(0, epochs);
    const expected = expectedLrs(valLoss, rule);
    used.forEach((lr, e) => {
      expect(lr).toBeCloseTo(expected[e]!, 12);
    });
    const reductions = expected.filter((lr, e) => e > WARMUP && lr < expected[e - 1]!).length;
    expect(reductions).toBeGreaterThanOrEqual(2);
    tf.dispose([xs, ys]);
    model.dispose();
  });
});
