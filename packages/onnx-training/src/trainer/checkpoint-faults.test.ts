import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultyFileSystem, InjectedFault } from '../../test/helpers/faulty-fs';
import { resumeSetup } from '../../test/helpers/resume-setup';
import { createCheckpoint } from './checkpoint';
import { CheckpointSaveError } from './checkpoint-error';
import { loadCheckpoint, saveCheckpoint, saveCheckpointWith } from './checkpoint-file';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
let workDir: string;
let files = 0;
const freshPath = () => join(workDir, `c${files++}`, 'checkpoint.json');

/** A trainer stopped after `steps` updates (so two of them hold different checkpoints). */
async function trainedFor(steps: number) {
  const run = await resumeSetup();
  await run
    .fit(async (step) => {
      if (step === steps) throw new Error('stop');
    })
    .catch(() => {});
  return run;
}

/** What a checkpoint file restores, as one string: params, optimizer, position and schedule. */
async function restoredPrint(path: string): Promise<string> {
  const probe = await resumeSetup();
  await loadCheckpoint(path, probe.trainer);
  const { metadata: _metadata, ...restored } = createCheckpoint(probe.trainer);
  return JSON.stringify(restored);
}

const leftovers = async (path: string) =>
  (await readdir(join(path, '..'))).filter((n) => n !== 'checkpoint.json');

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'lrkit-onnx-faults-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('onnx-training checkpoint: injected faults at every file-system call of a save', () => {
  it('leaves the complete old or the complete new file after a fault at any point', async () => {
    const older = await trainedFor(3);
    const newer = await trainedFor(6);
    const oldPath = freshPath();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(oldPath, '..'));
    await saveCheckpoint(oldPath, older.trainer);
    const oldPrint = await restoredPrint(oldPath);
    const probe = faultyFileSystem();
    await saveCheckpointWith(probe.files, oldPath, newer.trainer);
    const newPrint = await restoredPrint(oldPath);
    expect(newPrint).not.toBe(oldPrint);
    const points = probe.calls.length;
    // open, write, fsync, close of the temporary file, rename, fsync of the directory (3 calls).
    expect(points).toBe(8);

    const outcomes = { old: 0, new: 0 };
    for (let point = 0; point < points; point++) {
      for (const double of [false, true]) {
        const path = freshPath();
        await mkdir(join(path, '..'));
        await saveCheckpoint(path, older.trainer);
        // The double fault also fails the call after it: the cleanup's first try after a failure.
        const faulty = faultyFileSystem(new Set(double ? [point, point + 1] : [point]));
        const error = await saveCheckpointWith(faulty.files, path, newer.trainer).then(
          () => undefined,
          (e: unknown) => e,
        );
        const print = await restoredPrint(path);
        expect([oldPrint, newPrint]).toContain(print);
        if (print === oldPrint) {
          outcomes.old++;
          expect(CheckpointSaveError.isInstance(error)).toBe(true);
          // The first failure is reported, never the cleanup's.
          expect((error as Error).cause).toBe(faulty.faults[0]);
          expect((error as Error).cause).toBeInstanceOf(InjectedFault);
        } else {
          outcomes.new++;
        }
        expect(await leftovers(path)).toEqual([]);
      }
    }
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
    console.info(`onnx-training checkpoint: ${points} fault points, ${points * 2} runs`, outcomes);
  }, 120_000);

  it('two concurrent saves never mix: the file is one of them, whole', async () => {
    const a = await trainedFor(2);
    const b = await trainedFor(5);
    const path = freshPath();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(path, '..'));
    await saveCheckpoint(path, a.trainer);
    const printA = await restoredPrint(path);
    await saveCheckpoint(path, b.trainer);
    const printB = await restoredPrint(path);
    for (let round = 0; round < 10; round++) {
      await Promise.all([saveCheckpoint(path, a.trainer), saveCheckpoint(path, b.trainer)]);
      expect([printA, printB]).toContain(await restoredPrint(path));
      expect(await leftovers(path)).toEqual([]);
    }
  }, 60_000);
});

describe('onnx-training checkpoint: a process killed with SIGKILL mid-save', () => {
  const startChild = (path: string) =>
    new Promise<ChildProcess>((resolvePromise, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(packageDir, 'test/fixtures/save-loop-child.ts'), path],
        { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      child.once('error', reject);
      child.stdout!.once('data', () => resolvePromise(child));
    });

  it('loads a whole checkpoint after each of 8 kills at random moments', async () => {
    const path = freshPath();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(path, '..'));
    const delays = [0, 4, 9, 13, 21, 30, 45, 60];
    for (const delay of delays) {
      const child = await startChild(path);
      await new Promise((r) => setTimeout(r, delay + Math.random() * 10));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      const saved = JSON.parse(await readFile(path, 'utf8'));
      const { save, fill } = saved.metadata as { save: number; fill: string };
      expect(fill).toBe(String(save % 10).repeat(1 << 20));
      const probe = await resumeSetup();
      await loadCheckpoint(path, probe.trainer);
      expect(probe.trainer.globalStep).toBe(saved.progress.globalStep);
    }
    // A clean save removes the temporary files the killed processes left behind.
    const run = await resumeSetup();
    await saveCheckpoint(path, run.trainer);
    expect(await leftovers(path)).toEqual([]);
  }, 180_000);
});
