// Hostile inputs for every boundary of @lrkit/tfjs (issue 10): each refused input must throw an
// LrkitError subclass naming the parameter, and leave the model's weights, the optimizer's state
// (group hyperparameters, counters, slots) and the scheduler state exactly as they were.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, LrkitError, OneCycleLR } from '@lrkit/core';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../test/helpers/backends';
import { mlp, regressionData } from '../test/helpers/model';
import { LrSchedulerCallback } from './callbacks/scheduler-callback';
import { loadCheckpoint, saveCheckpoint } from './checkpoint/checkpoint';
import { CheckpointError } from './checkpoint/checkpoint-error';
import { fileCheckpoint } from './checkpoint/file-checkpoint';
import { memoryCheckpoint } from './checkpoint/memory-checkpoint';
import type { BindingState } from './checkpoint/optimizer-state';
import type { TrainingState } from './checkpoint/training-state';
import { GroupedOptimizer } from './grouped-optimizer';
import { SCALAR_FIELDS, SLOT_FIELDS, type TfOptimizerInternals } from './internal/tf-internals';
import { bindOptimizer, type TfjsOptimizerBinding } from './optimizer-binding';

/** Values that break things: wrong types, out of range, non-finite text, prototype names. */
const HOSTILE: readonly unknown[] = [
  null,
  undefined,
  'NaN',
  'Infinity',
  'constructor',
  '__proto__',
  'toString',
  '',
  'bogus',
  -5,
  -1e-9,
  1.5,
  2.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  2 ** 53,
  true,
  {},
  [],
  [1, 2, 3],
  [0.9],
  { extra: 1 },
  () => 0.1,
];
const hostile = fc.constantFrom(...HOSTILE);
const counts: Record<string, number> = {};
const count = (suite: string) => {
  counts[suite] = (counts[suite] ?? 0) + 1;
};

interface Setup {
  model: tf.LayersModel;
  binding: TfjsOptimizerBinding;
  callback: LrSchedulerCallback;
  parts: { optimizers: [TfjsOptimizerBinding]; schedulers: [LrSchedulerCallback] };
}

function setup(): Setup {
  const model = mlp(2, [4]);
  const binding = bindOptimizer(tf.train.adam(0.01));
  const callback = new LrSchedulerCallback({
    scheduler: new OneCycleLR(binding, { maxLr: 0.05, totalSteps: 200 }),
    interval: 'step',
  });
  model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
  return { model, binding, callback, parts: { optimizers: [binding], schedulers: [callback] } };
}

/** Everything a refused input must leave alone, as plain data. */
function snapshot(s: Setup) {
  const o = s.binding.optimizer as unknown as TfOptimizerInternals;
  const group = s.binding.paramGroups[0];
  return {
    weights: s.model.getWeights().map((w) => Array.from(w.dataSync())),
    group: { lr: group.lr, betas: group.betas, initialLr: group.initialLr },
    iterations: o.iterations,
    scalars: SCALAR_FIELDS.adam.map((f) => Array.from((o[f] as tf.Tensor).dataSync())),
    slots: SLOT_FIELDS.adam.map((f) =>
      ((o[f] as { originalName: string; variable: tf.Variable }[] | undefined) ?? []).map((v) => [
        v.originalName,
        Array.from(v.variable.dataSync()),
      ]),
    ),
    runner: JSON.stringify(s.callback.runner.stateDict()),
    history: JSON.stringify(s.callback.history.series()),
    tensors: tf.memory().numTensors,
  };
}

/** Asserts the refusal: an lrkit error naming a parameter, and nothing changed. */
function expectRefused(error: unknown, before: ReturnType<typeof snapshot>, s: Setup) {
  expect(LrkitError.isInstance(error)).toBe(true);
  expect(InvalidArgumentError.isInstance(error)).toBe(true);
  expect(typeof (error as InvalidArgumentError).parameter).toBe('string');
  expect((error as InvalidArgumentError).parameter.length).toBeGreaterThan(0);
  expect(snapshot(s)).toEqual(before);
}

/** Every path into a JSON value (objects and arrays), for mutations. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

type Mutation = { kind: 'set' | 'delete' | 'extra'; path: (string | number)[]; value: unknown };

function mutate(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  if (m.path.length === 0) {
    if (m.kind === 'extra') return { ...(copy as object), unexpected: m.value };
    return m.kind === 'set' ? m.value : undefined;
  }
  let parent = copy as Record<string | number, unknown>;
  for (const key of m.path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = m.path[m.path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      (target as Record<string, unknown>).unexpected = m.value;
    } else parent[last] = m.value;
  }
  return copy;
}

let s: Setup;
let saved: tf.io.ModelArtifacts;
let data: { xs: tf.Tensor; ys: tf.Tensor };

beforeAll(async () => {
  await useBackend('cpu');
  s = setup();
  data = regressionData(16, 2);
  const fit = () =>
    s.model.fit(data.xs, data.ys, {
      epochs: 1,
      batchSize: 8,
      verbose: 0,
      callbacks: [s.callback],
    });
  await fit();
  const target = memoryCheckpoint();
  await saveCheckpoint(s.model, target, s.parts);
  saved = target.artifacts!;
  // Train on, so that the live state differs from the checkpoint's.
  await fit();
});

afterAll(() => {
  console.info(
    'tfjs hostile cases',
    counts,
    Object.values(counts).reduce((a, b) => a + b, 0),
  );
  s.model.dispose();
  s.binding.dispose();
  tf.dispose([data.xs, data.ys]);
});

describe('hostile checkpoint states (loadCheckpoint + restore)', () => {
  it('a mutated lrkit state is refused before anything changes, or is a valid state', async () => {
    const state = (saved.userDefinedMetadata as { lrkit: unknown }).lrkit;
    const paths = pathsOf(state);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom<Mutation['kind']>('set', 'delete', 'extra'),
        hostile,
        async (path, kind, value) => {
          count('checkpoint state');
          const lrkit = mutate(state, { kind, path, value });
          const source = {
            load: async () =>
              ({ ...saved, userDefinedMetadata: { lrkit } }) as tf.io.ModelArtifacts,
          };
          const before = snapshot(s);
          let error: unknown;
          try {
            const checkpoint = await loadCheckpoint(source);
            try {
              checkpoint.restore(s.parts);
            } catch (e) {
              error = e;
            } finally {
              checkpoint.dispose();
              checkpoint.model.dispose();
            }
          } catch (e) {
            error = e;
          }
          if (error === undefined) {
            // Only a value the field could really hold (a name, a number in range, an optional
            // field left out); the live objects then took it, so the saved state is put back.
            accepted++;
            const target = path.reduce<unknown>(
              (v, k) => (v as Record<string | number, unknown>)[k],
              state,
            );
            // An extra key in an object is never accepted (on a leaf, 'extra' replaces it).
            if (kind === 'extra')
              expect(Array.isArray(target) || typeof target !== 'object').toBe(true);
            if (kind === 'set')
              expect(['string', 'number', 'undefined', 'object']).toContain(typeof value);
            const good = await loadCheckpoint({ load: async () => saved });
            good.restore(s.parts);
            good.model.dispose();
            return;
          }
          expectRefused(error, before, s);
        },
      ),
      { numRuns: 400, seed: 10 },
    );
    expect(accepted).toBeLessThan(100);
  }, 120_000);

  it('refuses a manifest path outside the directory, and reads nothing there', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lrkit-tfjs-hostile-'));
    const secret = join(root, 'secret');
    await mkdir(secret);
    await writeFile(join(secret, 'secret.bin'), new Uint8Array(4096));
    const directory = join(root, 'checkpoint');
    await saveCheckpoint(s.model, fileCheckpoint(directory), s.parts);
    const modelJson = JSON.parse(await readFile(join(directory, 'model.json'), 'utf8'));
    for (const path of [
      '../secret/secret.bin',
      join(secret, 'secret.bin'),
      'C:\\secret.bin',
      'sub/../../secret/secret.bin',
      '..',
      '',
    ]) {
      count('manifest paths');
      modelJson.weightsManifest[0].paths = [path];
      await writeFile(join(directory, 'model.json'), JSON.stringify(modelJson));
      const before = snapshot(s);
      const error = await loadCheckpoint(fileCheckpoint(directory)).catch((e: unknown) => e);
      expect(CheckpointError.isInstance(error)).toBe(true);
      expect((error as CheckpointError).parameter).toBe('model.json.weightsManifest[0].paths[0]');
      expectRefused(error, before, s);
    }
    await rm(root, { recursive: true, force: true });
  });

  it('a truncated or padded weights file, bad JSON or a missing file: CheckpointError, no tensor leaked', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lrkit-tfjs-hostile-'));
    type Damage = (weightsFile: string, weights: Buffer, modelFile: string) => Promise<void>;
    const cases: [string, Damage][] = [
      ['half', (f, w) => writeFile(f, w.subarray(0, w.length >> 1))],
      ['one byte short', (f, w) => writeFile(f, w.subarray(0, w.length - 1))],
      ['padded', (f, w) => writeFile(f, Buffer.concat([w, Buffer.alloc(4)]))],
      ['empty', (f) => writeFile(f, new Uint8Array(0))],
      ['missing', (f) => rm(f)],
      ['not JSON', (_f, _w, m) => writeFile(m, '{"weightsManifest": [')],
      ['not UTF-8', (_f, _w, m) => writeFile(m, new Uint8Array([0xff, 0xfe]))],
      ['no manifest', (_f, _w, m) => writeFile(m, '{}')],
      ['null', (_f, _w, m) => writeFile(m, 'null')],
      ['no model.json', (_f, _w, m) => rm(m)],
    ];
    for (const [name, damage] of cases) {
      count('damaged files');
      const directory = join(root, name.replace(/\W/g, '-'));
      await saveCheckpoint(s.model, fileCheckpoint(directory), s.parts);
      const modelFile = join(directory, 'model.json');
      const manifest = JSON.parse(await readFile(modelFile, 'utf8')).weightsManifest;
      const weightsFile = join(directory, manifest[0].paths[0]);
      await damage(weightsFile, await readFile(weightsFile), modelFile);
      const before = snapshot(s);
      for (const model of [undefined, s.model]) {
        const error = await loadCheckpoint(fileCheckpoint(directory), model ? { model } : {}).catch(
          (e: unknown) => e,
        );
        expect(CheckpointError.isInstance(error), name).toBe(true);
        expectRefused(error, before, s);
      }
    }
    await rm(root, { recursive: true, force: true });
  });

  it('loading into another architecture: CheckpointError, the model untouched, no tensor leaked', async () => {
    for (const hidden of [[5], [4, 4], []]) {
      count('other architecture');
      const other = mlp(2, hidden);
      const before = snapshot(s);
      const weightsBefore = other.getWeights().map((w) => Array.from(w.dataSync()));
      const error = await loadCheckpoint({ load: async () => saved }, { model: other }).catch(
        (e: unknown) => e,
      );
      expect(CheckpointError.isInstance(error)).toBe(true);
      expect(other.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(weightsBefore);
      expectRefused(error, before, s);
      other.dispose();
    }
  });

  it('restore into other optimizers or schedulers changes none of them', async () => {
    const cases = [
      { optimizers: [bindOptimizer(tf.train.sgd(0.1))], schedulers: [s.callback] },
      {
        optimizers: [bindOptimizer(tf.train.adam(0.1), { biasCorrection: 'torch' })],
        schedulers: [s.callback],
      },
      { optimizers: [s.binding], schedulers: [] },
      { optimizers: [], schedulers: [s.callback] },
      { optimizers: [s.binding, s.binding], schedulers: [s.callback] },
      { optimizers: [s.binding], schedulers: [s.callback], extra: 1 },
      { optimizers: 'adam', schedulers: [s.callback] },
      { optimizers: [{}], schedulers: [s.callback] },
      { optimizers: [s.binding], schedulers: [{}] },
    ];
    for (const parts of cases) {
      count('restore parts');
      const checkpoint = await loadCheckpoint({ load: async () => saved });
      const before = snapshot(s);
      let error: unknown;
      try {
        checkpoint.restore(parts as never);
      } catch (e) {
        error = e;
      }
      expectRefused(error, before, s);
      checkpoint.dispose();
      checkpoint.model.dispose();
    }
  });
});

describe('loadCheckpoint with { model, restore }: all or nothing, the model included', () => {
  it('refuses parts that do not fit before the model gets a weight', async () => {
    const mismatched = [
      { optimizers: [bindOptimizer(tf.train.sgd(0.1))], schedulers: [s.callback] },
      { optimizers: [s.binding], schedulers: [] },
      { optimizers: [s.binding], schedulers: [s.callback], typo: 1 },
    ];
    for (const parts of mismatched) {
      count('load with restore');
      const before = snapshot(s);
      const error = await loadCheckpoint(
        { load: async () => saved },
        { model: s.model, restore: parts as never },
      ).catch((e: unknown) => e);
      expectRefused(error, before, s);
    }
  });

  it('restores the model, the optimizer and the schedule in one call', async () => {
    const lrkit = (saved.userDefinedMetadata as { lrkit: TrainingState }).lrkit;
    const checkpoint = await loadCheckpoint(
      { load: async () => saved },
      { model: s.model, restore: s.parts },
    );
    const savedWeights = tf.io.decodeWeights(saved.weightData!, saved.weightSpecs!);
    const modelWeights = s.model.weights.map((w) =>
      Array.from(savedWeights[w.originalName]!.dataSync()),
    );
    expect(s.model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(modelWeights);
    tf.dispose(Object.values(savedWeights));
    expect(s.callback.runner.stateDict()).toEqual(lrkit.schedulers[0]);
    const binding = lrkit.optimizers[0] as BindingState;
    expect((s.binding.optimizer as unknown as TfOptimizerInternals).iterations).toBe(
      binding.iterations,
    );
    expect(s.binding.paramGroups[0].lr).toBe(binding.group.lr);
    expect(() => checkpoint.restore(s.parts)).toThrow(/already restored/);
  });
});

describe('hostile options and writes', () => {
  it('param group writes (lr, betas) of a bound optimizer', () => {
    const group = s.binding.paramGroups[0];
    fc.assert(
      fc.property(fc.constantFrom('lr', 'betas', 'betas0', 'betas1'), hostile, (field, value) => {
        count('param group writes');
        const before = snapshot(s);
        let error: unknown;
        try {
          if (field === 'lr') group.lr = value as number;
          else if (field === 'betas') group.betas = value as [number, number];
          else if (field === 'betas0') group.betas = [value as number, 0.999];
          else group.betas = [0.9, value as number];
        } catch (e) {
          error = e;
        }
        if (error === undefined) {
          // Only a valid number was written (e.g. lr 1.5): put the old value back.
          expect(typeof value === 'number' || Array.isArray(value)).toBe(true);
          group.lr = before.group.lr;
          group.betas = before.group.betas!;
          return;
        }
        expect((error as InvalidArgumentError).parameter).toMatch(/^paramGroups\[0\]\.(lr|betas)/);
        expectRefused(error, before, s);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('bindOptimizer, GroupedOptimizer and callback options', () => {
    const keys = [
      'biasCorrection',
      'bias_correction',
      'groups',
      'optimizer',
      'logKey',
      'onExhausted',
      'stopWhenLrBelow',
      'model',
      'onWarning',
      'constructor',
      '__proto__',
      'interval',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('bindOptimizer', 'GroupedOptimizer', 'LrSchedulerCallback'),
        fc.dictionary(fc.constantFrom(...keys), hostile, { minKeys: 1, maxKeys: 3 }),
        (target, options) => {
          count('options');
          const before = snapshot(s);
          const fresh = tf.train.adam(0.01);
          let error: unknown;
          try {
            if (target === 'bindOptimizer') bindOptimizer(fresh, options as never);
            else if (target === 'GroupedOptimizer') new GroupedOptimizer(options as never);
            else new LrSchedulerCallback(s.callback.runner, options as never);
          } catch (e) {
            error = e;
          }
          if (error === undefined) {
            // Only options that are all valid (e.g. logKey '' or a model object) get through.
            fresh.dispose();
            return;
          }
          expectRefused(error, { ...before, tensors: before.tensors + 2 }, s);
          // A refused bindOptimizer left nothing half-registered: binding it now works.
          const binding = bindOptimizer(fresh);
          expect(binding.optimizer).toBe(fresh);
          binding.dispose();
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});
