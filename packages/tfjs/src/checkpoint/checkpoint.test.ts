import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CosineAnnealingLR, InvalidArgumentError } from '@lrkit/core';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildScenario,
  EPOCHS,
  fitEpochs,
  type ScenarioName,
} from '../../test/fixtures/resume-scenario';
import { BACKENDS, tf, useBackend } from '../../test/helpers/backends';
import { mlp, regressionData } from '../../test/helpers/model';
import { LrSchedulerCallback } from '../callbacks/scheduler-callback';
import { bindOptimizer } from '../optimizer-binding';
import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { fileCheckpoint } from './file-checkpoint';
import { memoryCheckpoint } from './memory-checkpoint';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('resume in a fresh process', () => {
  let childScript: string;
  let workDir: string;

  beforeAll(async () => {
    await useBackend('cpu');
    workDir = await mkdtemp(join(tmpdir(), 'lrkit-tfjs-resume-'));
    // Bundled next to this package's node_modules so that the tfjs imports resolve.
    childScript = here('../../node_modules/.cache/lrkit-resume-child.mjs');
    await build({
      entryPoints: [here('../../test/fixtures/resume-child.ts')],
      outfile: childScript,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['@tensorflow/*'],
      alias: { '@lrkit/core': here('../../../core/src/index.ts') },
      logLevel: 'silent',
    });
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it.each<ScenarioName>(['adam-one-cycle', 'grouped-plateau'])(
    '%s: 10 epochs, save, load in a new process, 10 more = 20 uninterrupted epochs',
    async (name) => {
      const straight = await fitEpochs(buildScenario(name), 0, EPOCHS);

      const first = buildScenario(name);
      const firstHalf = await fitEpochs(first, 0, EPOCHS / 2);
      const directory = join(workDir, name);
      await saveCheckpoint(first.model, fileCheckpoint(directory), first.parts);
      const { stdout } = await run(
        process.execPath,
        [childScript, name, directory, String(EPOCHS / 2)],
        {
          cwd: here('../..'),
        },
      );
      const marker = stdout.lastIndexOf('@@RESULT@@');
      expect(marker).toBeGreaterThanOrEqual(0);
      const resumed = JSON.parse(stdout.slice(marker + '@@RESULT@@'.length)) as typeof straight;

      expect(resumed.weights).toEqual(straight.weights);
      expect([...firstHalf.lr, ...resumed.lr]).toEqual(straight.lr);
      expect([...firstHalf.lr1, ...resumed.lr1]).toEqual(straight.lr1);
      expect([...firstHalf.valLoss, ...resumed.valLoss]).toEqual(straight.valLoss);
      expect(resumed.groups).toEqual(straight.groups);
      // The schedule really moved during the resumed half (the comparison is not vacuous).
      expect(new Set(resumed.lr).size).toBeGreaterThan(1);
      first.model.dispose();
    },
    60_000,
  );
});

const KINDS = {
  sgd: () => tf.train.sgd(0.05),
  momentum: () => tf.train.momentum(0.05, 0.9, true),
  adam: () => tf.train.adam(0.02),
  adamax: () => tf.train.adamax(0.02, 0.9, 0.999, 1e-7, 0.05),
  adagrad: () => tf.train.adagrad(0.05),
  adadelta: () => tf.train.adadelta(1),
  rmsprop: () => tf.train.rmsprop(0.01, 0.9, 0.5, 1e-7, true),
};

describe.each(BACKENDS)('checkpoint round trip on the %s backend', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it.each(Object.keys(KINDS) as (keyof typeof KINDS)[])(
    '%s: every slot and counter is restored exactly (memory checkpoint)',
    async (kind) => {
      const { xs, ys } = regressionData(32, 2);
      const baseline = tf.memory().numTensors;
      const setup = () => {
        const model: tf.LayersModel = mlp(2, [4]);
        const binding = bindOptimizer(KINDS[kind]());
        const callback = new LrSchedulerCallback({
          scheduler: new CosineAnnealingLR(binding, { tMax: 12 }),
          interval: 'step',
        });
        model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
        return { model, binding, callback };
      };
      const fit = (s: ReturnType<typeof setup>, epochs: number) =>
        s.model.fit(xs, ys, {
          epochs,
          batchSize: 16,
          shuffle: false,
          verbose: 0,
          callbacks: [s.callback],
        });
      const original = setup();
      await fit(original, 3);
      const target = memoryCheckpoint();
      await saveCheckpoint(original.model, target, {
        optimizers: [original.binding],
        schedulers: [original.callback],
      });
      const checkpoint = await loadCheckpoint(target);
      const copy = setup();
      copy.model.dispose();
      copy.model = checkpoint.model;
      copy.model.compile({ optimizer: copy.binding.optimizer, loss: 'meanSquaredError' });
      checkpoint.restore({ optimizers: [copy.binding], schedulers: [copy.callback] });
      expect(copy.binding.paramGroups[0]).toEqual(original.binding.paramGroups[0]);
      await fit(original, 2);
      await fit(copy, 2);
      const weights = (m: tf.LayersModel) => m.getWeights().map((w) => Array.from(w.dataSync()));
      expect(weights(copy.model)).toEqual(weights(original.model));
      expect(copy.callback.runner.globalStep).toBe(original.callback.runner.globalStep);
      for (const s of [original, copy]) {
        s.model.dispose();
        s.binding.dispose();
      }
      // Saving, loading and restoring leave no tensor behind.
      expect(tf.memory().numTensors).toBe(baseline);
      tf.dispose([xs, ys]);
    },
  );
});

describe('checkpoint input checks', () => {
  it('refuses a checkpoint without lrkit state and a restore into a different optimizer', async () => {
    await useBackend('cpu');
    const model = mlp(2, []);
    const plain = memoryCheckpoint();
    await model.save(plain);
    await expect(loadCheckpoint(plain)).rejects.toThrow(InvalidArgumentError);

    const binding = bindOptimizer(tf.train.adam(0.01));
    model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
    const target = memoryCheckpoint();
    await saveCheckpoint(model, target, { optimizers: [binding] });
    const checkpoint = await loadCheckpoint(target, { model });
    expect(() => checkpoint.restore({ optimizers: [bindOptimizer(tf.train.sgd(0.1))] })).toThrow(
      /kind/,
    );
    expect(() => checkpoint.restore({})).toThrow(/optimizers/);
    checkpoint.dispose();
    await expect(
      saveCheckpoint(model, target, { optimizers: [tf.train.sgd(1) as never] }),
    ).rejects.toThrow(/optimizers\[0\]/);
    model.dispose();
  });
});
