import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type JsonValue } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-node';
import type { OnnxOptimizerState, OnnxParamGroup } from '../optim/onnx-optimizer';
import { decodeTensor, type EncodedTensor, encodeTensor } from '../tensor/tensor-codec';
import type { Trainer, TrainerProgress } from './trainer';

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
 * Restores a checkpoint into a trainer built like the one that saved it. All of it is checked
 * before anything is kept: on any error the trainer, its optimizer and hooks are as they were.
 */
export function restoreCheckpoint<G extends OnnxParamGroup>(
  trainer: Trainer<G>,
  checkpoint: TrainerCheckpoint,
): void {
  const c = checkpoint as Partial<TrainerCheckpoint> | null;
  if (typeof c !== 'object' || c === null || c.format !== CHECKPOINT_FORMAT || c.version !== 1) {
    throw new InvalidArgumentError({
      parameter: 'checkpoint',
      value: typeof c === 'object' && c !== null ? { format: c.format, version: c.version } : c,
      expected: `must be a version 1 '${CHECKPOINT_FORMAT}'`,
    });
  }
  if ((c.hooks !== null) !== Boolean(trainer.hooks?.loadStateDict)) {
    throw new InvalidArgumentError({
      parameter: 'checkpoint.hooks',
      value: c.hooks === null ? null : 'a saved state',
      expected:
        'must match the trainer: hooks state exactly when the trainer has hooks with loadStateDict',
    });
  }
  const params: Record<string, Tensor> = {};
  for (const [name, encoded] of Object.entries(c.params ?? {})) {
    if (trainer.optimizer.paramShape(name) === undefined) {
      throw new InvalidArgumentError({
        parameter: `checkpoint.params.${name}`,
        value: name,
        expected: 'must name a parameter of the trainer',
      });
    }
    params[name] = decodeTensor(`checkpoint.params.${name}`, encoded);
  }
  const optimizer = trainer.optimizer;
  const before = {
    state: optimizer.stateDict(),
    params: optimizer.params,
    progress: trainer.getProgress(),
  };
  try {
    optimizer.loadParams(params);
    optimizer.loadStateDict(c.optimizer as OnnxOptimizerState);
    trainer.setProgress(c.progress as TrainerProgress);
    // Last: the runner validates everything before it changes (and puts the saved lr on the groups).
    if (c.hooks !== null) (trainer.hooks!.loadStateDict as (s: unknown) => void)(c.hooks);
  } catch (error) {
    optimizer.loadParams(before.params);
    optimizer.loadStateDict(before.state);
    trainer.setProgress(before.progress);
    throw error;
  }
}

/** Writes the checkpoint atomically (a temporary file renamed over the target). */
export async function saveCheckpoint<G extends OnnxParamGroup>(
  path: string,
  trainer: Trainer<G>,
  options: { metadata?: JsonValue } = {},
): Promise<void> {
  const json = JSON.stringify(createCheckpoint(trainer, options.metadata));
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, json);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Reads a checkpoint file and restores it; returns the checkpoint (for its metadata). */
export async function loadCheckpoint<G extends OnnxParamGroup>(
  path: string,
  trainer: Trainer<G>,
): Promise<TrainerCheckpoint> {
  let checkpoint: TrainerCheckpoint;
  try {
    checkpoint = JSON.parse(await readFile(path, 'utf8')) as TrainerCheckpoint;
  } catch (cause) {
    throw new InvalidArgumentError({
      parameter: 'path',
      value: path,
      expected: `must be a readable checkpoint JSON file (${(cause as Error).message})`,
      cause,
    });
  }
  restoreCheckpoint(trainer, checkpoint);
  return checkpoint;
}
