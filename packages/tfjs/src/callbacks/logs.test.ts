import { MissingMetricError } from '@lrkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../../test/helpers/backends';
import { bindOptimizer } from '../optimizer-binding';
import { readMetrics } from './logs';
import { ReduceLROnPlateauCallback } from './reduce-lr-on-plateau-callback';

beforeAll(() => useBackend('cpu'));

describe('readMetrics', () => {
  it('reads only the monitored keys when they are there', async () => {
    const acc = tf.scalar(0.75);
    expect(await readMetrics({ loss: 0.5, acc }, ['acc'])).toStrictEqual({ acc: 0.75 });
    acc.dispose();
  });

  it('reads every key when a monitored one is missing, so the error can list them', async () => {
    const acc = tf.scalar(0.75);
    expect(await readMetrics({ loss: 0.5, acc }, ['val_loss'])).toStrictEqual({
      loss: 0.5,
      acc: 0.75,
    });
    acc.dispose();
  });
});

describe('ReduceLROnPlateauCallback without validation data', () => {
  it("MissingMetricError lists the keys that were in the logs ('loss', not 'none')", async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
    const adam = bindOptimizer(tf.train.adam(0.01));
    model.compile({ optimizer: adam.optimizer, loss: 'meanSquaredError' });
    const xs = tf.ones([4, 2]);
    const ys = tf.ones([4, 1]);
    const callback = new ReduceLROnPlateauCallback(adam, { monitor: 'val_loss' });
    const error = await model
      .fit(xs, ys, { epochs: 1, verbose: 0, callbacks: [callback] })
      .catch((e: unknown) => e);
    expect(MissingMetricError.isInstance(error)).toBe(true);
    expect((error as MissingMetricError).available).toContain('loss');
    expect((error as Error).message).toMatch(/: 'loss'/);
    expect((error as Error).message).not.toMatch(/none/);
    tf.dispose([xs, ys]);
    model.dispose();
  });
});
