// Checkpoints in files (Node only: the `/web` entry leaves this module out).
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { JsonValue } from '@lrkit/core';
import { InvalidArgumentError, LrkitError } from '@lrkit/core';
import type { OnnxParamGroup } from '../optim/onnx-optimizer';
import { checkOptionKeys } from '../optim/option-keys';
import { createCheckpoint, jsonOf, restoreCheckpoint, type TrainerCheckpoint } from './checkpoint';
import { CheckpointError, CheckpointSaveError } from './checkpoint-error';
import {
  type CheckpointFileSystem,
  nodeFileSystem,
  removeQuietly,
  syncDirectory,
  withCleanup,
  writeDurably,
} from './durable-fs';
import type { Trainer } from './trainer';

/** Saves of this process that have not finished (their temporary files must not be swept). */
const inFlight = new Set<string>();

/**
 * Writes the checkpoint atomically: a uniquely named temporary file beside `path` is written and
 * fsynced, then renamed over `path` (and the directory fsynced). A failure at any point leaves the
 * previous file complete and no temporary file behind; concurrent saves never mix (the last rename
 * wins). Errors are {@link CheckpointSaveError}s with the file system's error as `cause`.
 */
export async function saveCheckpoint<G extends OnnxParamGroup>(
  path: string,
  trainer: Trainer<G>,
  options: { metadata?: JsonValue } = {},
): Promise<void> {
  return saveCheckpointWith(nodeFileSystem, path, trainer, options);
}

/** {@link saveCheckpoint} over any {@link CheckpointFileSystem} (the fault-injection tests use it). */
export async function saveCheckpointWith<G extends OnnxParamGroup>(
  files: CheckpointFileSystem,
  path: string,
  trainer: Trainer<G>,
  options: { metadata?: JsonValue } = {},
): Promise<void> {
  checkPath(path);
  checkOptionKeys('saveCheckpoint', 'options', options, ['metadata']);
  const json = jsonOf(createCheckpoint(trainer, options.metadata));
  const target = resolve(path);
  const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const temporary = `${target}.${id}.tmp`;
  inFlight.add(id);
  let committed = false;
  try {
    await writeDurably(files, temporary, new TextEncoder().encode(json));
    await files.rename(temporary, target);
    committed = true;
    await syncDirectory(files, dirname(target));
  } catch (error) {
    const reported = committed
      ? error
      : await withCleanup(error, () => removeQuietly(files, temporary));
    throw LrkitError.isInstance(reported) ? reported : new CheckpointSaveError(target, reported);
  } finally {
    inFlight.delete(id);
  }
  await sweep(files, target);
}

/** Best effort: removes temporary files of saves to `target` made by processes that have died. */
async function sweep(files: CheckpointFileSystem, target: string): Promise<void> {
  const prefix = `${basename(target)}.`;
  try {
    for (const name of await files.readdir(dirname(target))) {
      if (!name.startsWith(prefix)) continue;
      const match = /^(\d+)-([0-9a-f]+)\.tmp$/.exec(name.slice(prefix.length));
      if (!match) continue;
      const pid = Number(match[1]);
      const active = pid === process.pid ? inFlight.has(`${pid}-${match[2]}`) : isAlive(pid);
      if (!active) await removeQuietly(files, join(dirname(target), name)).catch(() => {});
    }
  } catch {
    // Leftovers stay until a later save; they are never read.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

function checkPath(path: unknown): void {
  if (typeof path !== 'string' || path.length === 0 || path.includes('\0')) {
    throw new InvalidArgumentError({
      parameter: 'path',
      value: path,
      expected: 'must be a file path',
    });
  }
}

/** Reads a checkpoint file and restores it; returns the checkpoint (for its metadata). */
export async function loadCheckpoint<G extends OnnxParamGroup>(
  path: string,
  trainer: Trainer<G>,
): Promise<TrainerCheckpoint> {
  return loadCheckpointWith(nodeFileSystem, path, trainer);
}

export async function loadCheckpointWith<G extends OnnxParamGroup>(
  files: CheckpointFileSystem,
  path: string,
  trainer: Trainer<G>,
): Promise<TrainerCheckpoint> {
  checkPath(path);
  let checkpoint: TrainerCheckpoint;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await files.readFile(path));
    checkpoint = JSON.parse(text) as TrainerCheckpoint;
  } catch (cause) {
    throw new CheckpointError({
      parameter: 'path',
      value: path,
      expected: `must be a readable checkpoint JSON file (${(cause as Error).message})`,
      cause,
    });
  }
  restoreCheckpoint(trainer, checkpoint);
  return checkpoint;
}
