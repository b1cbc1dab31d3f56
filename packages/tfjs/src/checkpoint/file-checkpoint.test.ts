import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CosineAnnealingLR } from '@lrkit/core';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../../test/helpers/backends';
import { faultyFileSystem, InjectedFault } from '../../test/helpers/faulty-fs';
import { mlp, regressionData } from '../../test/helpers/model';
import { LrSchedulerCallback } from '../callbacks/scheduler-callback';
import { bindOptimizer } from '../optimizer-binding';
import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { CheckpointSaveError } from './checkpoint-error';
import { createFileCheckpoint, fileCheckpoint } from './file-checkpoint';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
let workDir: string;
let dirs = 0;
const freshDir = () => join(workDir, `d${dirs++}`);

/** A trained model with its optimizer and schedule, advanced one epoch per `advance()`. */
function training() {
  const { xs, ys } = regressionData(32, 2);
  const model = mlp(2, [4]);
  const binding = bindOptimizer(tf.train.adam(0.02));
  const callback = new LrSchedulerCallback({
    scheduler: new CosineAnnealingLR(binding, { tMax: 20 }),
    interval: 'step',
  });
  model.compile({ optimizer: binding.optimizer, loss: 'meanSquaredError' });
  const parts = { optimizers: [binding], schedulers: [callback] };
  return {
    model,
    parts,
    advance: () =>
      model.fit(xs, ys, { epochs: 1, batchSize: 8, verbose: 0, callbacks: [callback] }),
    dispose: () => {
      model.dispose();
      binding.dispose();
      tf.dispose([xs, ys]);
    },
  };
}

/** Everything a checkpoint restores, as one string: two equal strings are the same checkpoint. */
async function fingerprint(directory: string): Promise<string> {
  const checkpoint = await loadCheckpoint(fileCheckpoint(directory));
  const weights = checkpoint.model.getWeights().map((w) => Array.from(w.dataSync()));
  const result = JSON.stringify({ weights, state: checkpoint.state });
  checkpoint.dispose();
  checkpoint.model.dispose();
  return result;
}

/** The files of a directory that are not the complete checkpoint (model.json + its weights). */
async function strayFiles(directory: string): Promise<string[]> {
  const names = await readdir(directory);
  return names.filter((n) => n !== 'model.json').slice(1);
}

beforeAll(async () => {
  await useBackend('cpu');
  workDir = await mkdtemp(join(tmpdir(), 'lrkit-tfjs-faults-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('file checkpoint: injected faults at every file-system call of a save', () => {
  it('leaves the complete old or the complete new checkpoint after a fault at any point', async () => {
    const t = training();
    await t.advance();
    const oldDir = freshDir();
    await saveCheckpoint(t.model, fileCheckpoint(oldDir), t.parts);
    const oldPrint = await fingerprint(oldDir);
    const newState = training();
    await newState.advance();
    await newState.advance();
    const probe = faultyFileSystem();
    const probeDir = freshDir();
    await saveCheckpoint(t.model, fileCheckpoint(probeDir), t.parts);
    await saveCheckpoint(
      newState.model,
      createFileCheckpoint(probeDir, probe.files),
      newState.parts,
    );
    const newPrint = await fingerprint(probeDir);
    expect(newPrint).not.toBe(oldPrint);
    const points = probe.calls.length;
    // mkdir, 2 files × (open, write, fsync, close), rename, fsync of the directory (open, fsync,
    // close) and the sweep's unlink of the old weights file.
    expect(points).toBeGreaterThanOrEqual(13);

    const outcomes = { old: 0, new: 0 };
    for (let point = 0; point < points; point++) {
      const directory = freshDir();
      await saveCheckpoint(t.model, fileCheckpoint(directory), t.parts);
      const faulty = faultyFileSystem(new Set([point]));
      const error = await saveCheckpoint(
        newState.model,
        createFileCheckpoint(directory, faulty.files),
        newState.parts,
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(faulty.faults).toHaveLength(1);
      const print = await fingerprint(directory);
      expect([oldPrint, newPrint]).toContain(print);
      if (print === oldPrint) {
        outcomes.old++;
        // A save that did not commit reports it, with the file system's error as the cause.
        expect(CheckpointSaveError.isInstance(error)).toBe(true);
        expect((error as Error).cause).toBe(faulty.faults[0]);
      } else {
        outcomes.new++;
      }
      const names = await readdir(directory);
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      // The next clean save removes whatever the failed one left (an unswept old weights file).
      await saveCheckpoint(newState.model, fileCheckpoint(directory), newState.parts);
      expect(await strayFiles(directory)).toEqual([]);
    }
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
    console.info(`tfjs file checkpoint: ${points} fault points injected`, outcomes);
    t.dispose();
    newState.dispose();
  }, 120_000);

  it('keeps the first error when the cleanup after it fails too, and leaves no partial file', async () => {
    const t = training();
    await t.advance();
    const next = training();
    await next.advance();
    await next.advance();
    const probe = faultyFileSystem();
    await saveCheckpoint(t.model, createFileCheckpoint(freshDir(), probe.files), t.parts);
    const points = probe.calls.length;
    let tried = 0;
    for (let point = 1; point < points; point++) {
      const directory = freshDir();
      await saveCheckpoint(t.model, fileCheckpoint(directory), t.parts);
      const before = await fingerprint(directory);
      // Fail a call and the call after it (for a failed write, that is the cleanup's first try).
      const faulty = faultyFileSystem(new Set([point, point + 1]));
      const error = await saveCheckpoint(
        next.model,
        createFileCheckpoint(directory, faulty.files),
        next.parts,
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      if ((await fingerprint(directory)) !== before) continue; // the faults came after the commit
      tried++;
      expect(CheckpointSaveError.isInstance(error)).toBe(true);
      expect((error as Error).cause).toBeInstanceOf(InjectedFault);
      expect((error as Error).cause).toBe(faulty.faults[0]);
      const names = await readdir(directory);
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(names).toHaveLength(2);
    }
    expect(tried).toBeGreaterThan(5);
    t.dispose();
    next.dispose();
  }, 120_000);
});

describe('file checkpoint: concurrent saves', () => {
  it('two saves at once never mix: the directory holds one of them, whole', async () => {
    const a = training();
    const b = training();
    await a.advance();
    await b.advance();
    await b.advance();
    const printA = await (async () => {
      const d = freshDir();
      await saveCheckpoint(a.model, fileCheckpoint(d), a.parts);
      return fingerprint(d);
    })();
    const printB = await (async () => {
      const d = freshDir();
      await saveCheckpoint(b.model, fileCheckpoint(d), b.parts);
      return fingerprint(d);
    })();
    const directory = freshDir();
    const seen = new Set<string>();
    for (let round = 0; round < 12; round++) {
      await Promise.all([
        saveCheckpoint(a.model, fileCheckpoint(directory), a.parts),
        saveCheckpoint(b.model, fileCheckpoint(directory), b.parts),
      ]);
      const print = await fingerprint(directory);
      expect([printA, printB]).toContain(print);
      seen.add(print);
      expect(await strayFiles(directory)).toEqual([]);
    }
    a.dispose();
    b.dispose();
  }, 60_000);
});

describe('file checkpoint: a process killed with SIGKILL mid-save', () => {
  let childScript: string;

  beforeAll(async () => {
    childScript = here('../../node_modules/.cache/lrkit-save-loop-child.mjs');
    await build({
      entryPoints: [here('../../test/fixtures/save-loop-child.ts')],
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

  const startChild = (directory: string) =>
    new Promise<ChildProcess>((resolvePromise, reject) => {
      const child = spawn(process.execPath, [childScript, directory], {
        cwd: here('../..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.once('error', reject);
      // Killed only once it has saved at least once (so that there is an old checkpoint).
      child.stdout!.once('data', () => resolvePromise(child));
    });

  it('two processes saving into one directory while this one loads: every load is whole', async () => {
    const directory = freshDir();
    const children = [await startChild(directory), await startChild(directory)];
    let loads = 0;
    const saves = new Set<number>();
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      // A load racing the saves (and their sweeps) retries when its weights file was swept.
      const artifacts = await fileCheckpoint(directory).load!();
      const meta = artifacts.userDefinedMetadata as { save: number; fill: number };
      const data = new Float32Array(artifacts.weightData as ArrayBuffer);
      expect(data.every((v) => v === meta.fill)).toBe(true);
      saves.add(meta.save);
      loads++;
    }
    for (const child of children) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
    expect(loads).toBeGreaterThan(3);
    expect(saves.size).toBeGreaterThan(1);
    const artifacts = await fileCheckpoint(directory).load!();
    await fileCheckpoint(directory).save!(artifacts);
    expect(await strayFiles(directory)).toEqual([]);
  }, 120_000);

  it('loads a whole checkpoint after each of 8 kills at random moments', async () => {
    const directory = freshDir();
    const delays = [0, 3, 7, 11, 17, 23, 31, 43];
    const loaded: number[] = [];
    for (const delay of delays) {
      const child = await startChild(directory);
      await new Promise((r) => setTimeout(r, delay + Math.random() * 10));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      const artifacts = await fileCheckpoint(directory).load!();
      const meta = artifacts.userDefinedMetadata as { save: number; fill: number };
      const data = new Float32Array(artifacts.weightData as ArrayBuffer);
      expect(data.length).toBe(256 * 1024);
      // Every value was written by the save the metadata names: nothing of another save mixed in.
      expect(data.every((v) => v === meta.fill)).toBe(true);
      loaded.push(meta.save);
    }
    expect(loaded.every((n) => n >= 1)).toBe(true);
    // A clean save sweeps the files the killed processes left behind.
    const artifacts = await fileCheckpoint(directory).load!();
    await fileCheckpoint(directory).save!(artifacts);
    expect(await strayFiles(directory)).toEqual([]);
    expect((await stat(join(directory, 'model.json'))).isFile()).toBe(true);
  }, 120_000);
});
