import { InvalidArgumentError, type JsonValue } from '@lrkit/core';
import type { Tensor } from 'onnxruntime-common';
import type { OnnxOptimizerState, OnnxParamGroup } from '../optim/onnx-optimizer';
import { checkOptionKeys } from '../optim/option-keys';
import { decodeTensor, type EncodedTensor, encodeTensor } from '../tensor/tensor-codec';
import { CheckpointError } from './checkpoint-error';
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

/** The checkpoint as JSON text; metadata that is not plain JSON is refused. */
export function jsonOf(checkpoint: TrainerCheckpoint): string {
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

/**
 * The checkpoint as UTF-8 JSON bytes, for places without a file system: a `Blob`, IndexedDB,
 * `postMessage`, a download. {@link loadCheckpointFromBytes} restores it.
 */
export function saveCheckpointToBytes<G extends OnnxParamGroup>(
  trainer: Trainer<G>,
  options: { metadata?: JsonValue } = {},
): Uint8Array {
  checkOptionKeys('saveCheckpointToBytes', 'options', options, ['metadata']);
  return new TextEncoder().encode(jsonOf(createCheckpoint(trainer, options.metadata)));
}

/**
 * Restores checkpoint bytes (a `Uint8Array` or an `ArrayBuffer`, e.g. from `blob.arrayBuffer()`)
 * with the checks of {@link restoreCheckpoint}: all or nothing, errors are {@link CheckpointError}s.
 * Returns the checkpoint (for its metadata).
 */
export function loadCheckpointFromBytes<G extends OnnxParamGroup>(
  bytes: Uint8Array | ArrayBuffer,
  trainer: Trainer<G>,
): TrainerCheckpoint {
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) {
    bad('bytes', bytes, 'must be a Uint8Array or an ArrayBuffer of checkpoint JSON');
  }
  const checkpoint = parseCheckpoint('bytes', `${bytes.byteLength} bytes`, bytes);
  restoreCheckpoint(trainer, checkpoint);
  return checkpoint;
}

/** Decodes UTF-8 JSON (strictly); a failure is a CheckpointError on `parameter`. */
function parseCheckpoint(
  parameter: string,
  value: unknown,
  bytes: Uint8Array | ArrayBuffer,
): TrainerCheckpoint {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return JSON.parse(text) as TrainerCheckpoint;
  } catch (cause) {
    throw new CheckpointError({
      parameter,
      value,
      expected: `must be checkpoint JSON in UTF-8 (${(cause as Error).message})`,
      cause,
    });
  }
}
