import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, type JsonValue, LrkitError } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-node';
import type { OnnxOptimizerState, OnnxParamGroup } from '../optim/onnx-optimizer';
import { checkOptionKeys } from '../optim/option-keys';
import { decodeTensor, type EncodedTensor, encodeTensor } from '../tensor/tensor-codec';
import { CheckpointError, CheckpointSaveError } from './checkpoint-error';
import {
  type CheckpointFileSystem,
  nodeFileSystem,
  removeQuietly,
  syncDirectory,
  withCleanup,
  writeDurably,
} from './durable-fs';
import type { StepHooks } from './step-hooks';
import { checkProgress, type Trainer, type TrainerProgress } from './trainer';

export const CHECKPOINT_FORMAT = 'lrkit-onnx-training-checkpoint';

/**
 * Everything needed to resume bit-identically, as plain JSON: parameters and optimizer state
 * (float32 bytes in base64), the hooks' state (the SchedulerRunner with its schedulers) and the
 * trainer's position.
 */
export interface TrainerCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  version: 1;
  progress: TrainerProgress;
  params: Record<string, EncodedTensor>;
  optimizer: OnnxOptimizerState;
  hooks: unknown;
  /** Anything the caller wants to keep with it (data-loader position, config). */
  metadata?: JsonValue;
}

export function createCheckpoint<G extends OnnxParamGroup>(
  trainer: Trainer<G>,
  metadata?: JsonValue,
): TrainerCheckpoint {
  const checkpoint: TrainerCheckpoint = {
    format: CHECKPOINT_FORMAT,
    version: 1,
    progress: trainer.getProgress(),
    params: Object.fromEntries(
      Object.entries(trainer.params).map(([n, t]) => [n, encodeTensor(t)]),
    ),
    optimizer: trainer.optimizer.stateDict(),
    hooks: trainer.hooks?.stateDict ? trainer.hooks.stateDict() : null,
  };
  if (metadata !== undefined) checkpoint.metadata = metadata;
  return checkpoint;
}

/**
 * Restores a checkpoint into a trainer built like the one that saved it. Every part (format,
 * parameters, optimizer state, position, hooks state) is checked before anything changes: on any
 * error the trainer, its optimizer and hooks are as they were. Errors are {@link CheckpointError}s.
 */
export function restoreCheckpoint<G extends OnnxParamGroup>(
  trainer: Trainer<G>,
  checkpoint: TrainerCheckpoint,
): void {
  prepareRestore(trainer, checkpoint)();
}

function prepareRestore<G extends OnnxParamGroup>(
  trainer: Trainer<G>,
  checkpoint: unknown,
): () => void {
  const c = checkpointOf(checkpoint);
  const hooks = trainer.hooks as
    | (StepHooks & { validateStateDict?: (state: unknown) => void })
    | undefined;
  if ((c.hooks !== null) !== Boolean(hooks?.loadStateDict)) {
    bad(
      'checkpoint.hooks',
      c.hooks === null ? null : 'a saved state',
      'must match the trainer: hooks state exactly when the trainer has hooks with loadStateDict',
    );
  }
  const params = paramsOf(trainer, c.params);
  const optimizer = trainer.optimizer;
  asCheckpointError('checkpoint.optimizer', () => optimizer.validateStateDict(c.optimizer));
  const progress = asCheckpointError('checkpoint.progress', () =>
    checkProgress(c.progress, 'progress'),
  );
  if (c.hooks !== null && typeof hooks?.validateStateDict === 'function') {
    asCheckpointError('checkpoint.hooks', () => hooks.validateStateDict!(c.hooks));
  }
  return () => {
    const before = {
      state: optimizer.stateDict(),
      params: optimizer.params,
      progress: trainer.getProgress(),
      hooks: c.hooks === null ? null : hooks!.stateDict!(),
    };
    optimizer.loadParams(params);
    optimizer.loadStateDict(c.optimizer);
    trainer.setProgress(progress);
    if (c.hooks === null) return;
    try {
      // Last: the runner puts the saved lr on the groups. Hooks without validateStateDict may
      // still refuse here; everything above is then put back.
      asCheckpointError('checkpoint.hooks', () =>
        (hooks!.loadStateDict as (s: unknown) => void)(c.hooks),
      );
    } catch (error) {
      // Hooks whose loadStateDict left part of a refused state behind get their own back too.
      (hooks!.loadStateDict as (s: unknown) => void)(before.hooks);
      optimizer.loadParams(before.params);
      optimizer.loadStateDict(before.state);
      trainer.setProgress(before.progress);
      throw error;
    }
  };
}

function bad(parameter: string, value: unknown, expected: string): never {
  throw new CheckpointError({ parameter, value, expected });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CHECKPOINT_KEYS = [
  'format',
  'version',
  'progress',
  'params',
  'optimizer',
  'hooks',
  'metadata',
];

function checkpointOf(value: unknown): TrainerCheckpoint {
  if (!isRecord(value) || value.format !== CHECKPOINT_FORMAT || value.version !== 1) {
    bad(
      'checkpoint',
      isRecord(value) ? { format: value.format, version: value.version } : value,
      `must be a version 1 '${CHECKPOINT_FORMAT}'`,
    );
  }
  for (const key of Object.keys(value)) {
    if (!CHECKPOINT_KEYS.includes(key)) {
      bad(
        `checkpoint.${key}`,
        value[key],
        `is not a checkpoint field (${CHECKPOINT_KEYS.join(', ')})`,
      );
    }
  }
  for (const key of ['progress', 'params', 'optimizer', 'hooks']) {
    if (!Object.hasOwn(value, key)) bad(`checkpoint.${key}`, undefined, 'is missing');
  }
  return value as unknown as TrainerCheckpoint;
}

/** Every parameter of the trainer, decoded (float32, its shape), and no other name. */
function paramsOf<G extends OnnxParamGroup>(
  trainer: Trainer<G>,
  value: unknown,
): Record<string, Tensor> {
  if (!isRecord(value)) bad('checkpoint.params', value, 'must map parameter names to tensors');
  const params: Record<string, Tensor> = {};
  for (const [name, encoded] of Object.entries(value)) {
    if (trainer.optimizer.paramShape(name) === undefined) {
      bad(`checkpoint.params.${name}`, name, 'must name a parameter of the trainer');
    }
    params[name] = asCheckpointError(`checkpoint.params.${name}`, () =>
      decodeTensor(`checkpoint.params.${name}`, encoded as EncodedTensor),
    );
  }
  for (const name of Object.keys(trainer.params)) {
    if (!Object.hasOwn(params, name)) bad(`checkpoint.params.${name}`, undefined, 'is missing');
  }
  return params;
}

/**
 * Runs a check and rethrows its InvalidArgumentError as a CheckpointError whose parameter is the
 * path into the checkpoint (`state.groups[0].lr` of the optimizer → `checkpoint.optimizer.groups[0].lr`).
 */
function asCheckpointError<T>(path: string, check: () => T): T {
  try {
    return check();
  } catch (cause) {
    if (CheckpointError.isInstance(cause) || !InvalidArgumentError.isInstance(cause)) throw cause;
    const inner = cause.parameter.replace(/^(state|progress)(?=\.|\[|$)/, '');
    const joined = inner === '' || /^[.[]/.test(inner) ? `${path}${inner}` : `${path}.${inner}`;
    const parameter = inner.startsWith(path) ? inner : joined;
    throw new CheckpointError({ parameter, value: cause.value, expected: cause.expected, cause });
  }
}

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

function jsonOf(checkpoint: TrainerCheckpoint): string {
  try {
    return JSON.stringify(checkpoint);
  } catch (cause) {
    throw new InvalidArgumentError({
      parameter: 'options.metadata',
      value: checkpoint.metadata,
      expected: `must be plain JSON (${(cause as Error).message})`,
      cause,
    });
  }
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
