import { InvalidArgumentError, LrkitError, type RunnerState, SchedulerRunner } from '@lrkit/core';
import { dispose, io, type Tensor } from '@tensorflow/tfjs-core';
import { type LayersModel, models } from '@tensorflow/tfjs-layers';
import { LrSchedulerCallback } from '../callbacks/scheduler-callback';
import { invalid, knownKeys } from '../internal/validate';
import { CheckpointError } from './checkpoint-error';
import {
  type CheckpointOptimizer,
  captureOptimizer,
  checkOptimizer,
  writeOptimizer,
} from './optimizer-state';
import { checkTrainingState, type TrainingState } from './training-state';
import { weightBytesOf } from './weights-manifest';

export type { TrainingState } from './training-state';

/** What a checkpoint saves and restores the schedule of: a scheduler callback or a runner. */
export type CheckpointScheduler = LrSchedulerCallback | SchedulerRunner;

export interface CheckpointParts {
  /** The optimizers trained with (bindings or GroupedOptimizers), in a fixed order. */
  optimizers?: readonly CheckpointOptimizer[];
  /** The scheduler callbacks or runners, in a fixed order. */
  schedulers?: readonly CheckpointScheduler[];
}

const WEIGHT_PREFIX = 'lrkit/';
const PART_KEYS = ['optimizers', 'schedulers'];

/**
 * Saves a model with everything needed to resume its training exactly: the weights (tfjs's own
 * format, loadable by `tf.loadLayersModel`), every optimizer slot (moments, accumulators, step
 * counters, including Adamax's, which tfjs cannot save), each group's lr/momentum/betas and the
 * scheduler state. The lrkit state goes into the model's user-defined metadata (`lrkit` key) and
 * the slot values are appended to the weights as `optimizer` weights (which tfjs ignores).
 *
 * `destination` is any tfjs IOHandler or URL (`indexeddb://`, `localstorage://`, ...), or
 * {@link memoryCheckpoint}, or `fileCheckpoint(dir)` from `@lrkit/tfjs/node`.
 */
export async function saveCheckpoint(
  model: LayersModel,
  destination: io.IOHandler | string,
  parts: CheckpointParts = {},
): Promise<io.SaveResult> {
  const { optimizers, schedulers } = checkedParts(parts);
  const handler = saveHandlerOf(destination);
  const captures = optimizers.map((o, i) => captureOptimizer(o, `${WEIGHT_PREFIX}opt${i}`));
  const state: TrainingState = {
    version: 1,
    format: 'lrkit-tfjs-checkpoint',
    optimizers: captures.map((c) => c.state),
    schedulers: schedulers.map((s) => s.stateDict()),
  };
  checkTrainingState(state, new Set(captures.flatMap((c) => c.tensors.map((t) => t.name))));
  const extra = await io.encodeWeights(
    captures.flatMap((c) => c.tensors),
    'optimizer',
  );
  return model.save(
    io.withSaveHandler(async (artifacts) =>
      handler.save({
        ...artifacts,
        weightSpecs: [...(artifacts.weightSpecs ?? []), ...extra.specs],
        weightData: joinBuffers([artifacts.weightData, extra.data]),
        userDefinedMetadata: { ...(artifacts.userDefinedMetadata ?? {}), lrkit: state as never },
      }),
    ),
  );
}

export interface LoadedCheckpoint {
  /** The saved model (built from the saved topology, or the `model` given to load into). */
  model: LayersModel;
  /** lrkit's saved state (plain JSON). */
  state: TrainingState;
  /**
   * Restores the optimizers and schedulers, built exactly as when saving (same kinds, groups and
   * scheduler entries), in the same order. Compile the model with the optimizers first. Every
   * part is checked before any optimizer or scheduler changes: on error all are as they were.
   */
  restore(parts: CheckpointParts): void;
  /** Releases the saved optimizer values (done by `restore`; call it if you never restore). */
  dispose(): void;
}

export interface LoadCheckpointOptions {
  /** Load the weights into this model (matched by weight name) instead of building one. */
  model?: LayersModel;
  /**
   * Restore these optimizers and schedulers in the same call: they are checked against the saved
   * state before `model` gets a single weight, so a checkpoint that does not fit them changes
   * nothing at all. The returned checkpoint is then already restored.
   */
  restore?: CheckpointParts;
}

/**
 * Loads a checkpoint written by {@link saveCheckpoint}. Pass `{ model }` to load the weights into
 * a model you built yourself (matched by weight name) instead of rebuilding it from the topology,
 * and `{ restore: { optimizers, schedulers } }` to restore those too, all or nothing.
 *
 * Everything is checked before a tensor is made or the model changes: the lrkit state, the weights
 * manifest and that the weight data has exactly the bytes it describes, and (with `model`) that
 * the model has the saved weights' names and shapes. Errors are {@link CheckpointError}s.
 */
export async function loadCheckpoint(
  source: io.IOHandler | string,
  options: LoadCheckpointOptions = {},
): Promise<LoadedCheckpoint> {
  knownKeys('loadCheckpoint', options, ['model', 'restore']);
  const handler = loadHandlerOf(source);
  const artifacts = await loadArtifacts(handler);
  const specs = artifacts.weightSpecs ?? [];
  const bytes = weightBytesOf(specs, 'checkpoint.weightSpecs');
  const data = joinBuffers([artifacts.weightData]);
  if (data.byteLength !== bytes) {
    throw new CheckpointError({
      parameter: 'checkpoint.weightData',
      value: data.byteLength,
      expected: `must hold the ${bytes} bytes the weights manifest describes`,
    });
  }
  const float32 = new Set(
    specs
      .filter((s) => s.name.startsWith(WEIGHT_PREFIX) && s.dtype === 'float32')
      .map((s) => s.name),
  );
  const metadata = artifacts.userDefinedMetadata as Record<string, unknown> | undefined;
  const state = checkTrainingState(
    metadata && Object.hasOwn(metadata, 'lrkit') ? metadata.lrkit : undefined,
    float32,
  );
  if (options.model) checkModelWeights(options.model, specs);
  const parts = options.restore === undefined ? undefined : checkParts(state, options.restore);
  const decoded = decodeOrFail(data, specs);
  const lrkitWeights: Record<string, Tensor> = {};
  const modelWeights: Record<string, Tensor> = {};
  for (const [name, tensor] of Object.entries(decoded)) {
    if (name.startsWith(WEIGHT_PREFIX)) lrkitWeights[name] = tensor;
    else modelWeights[name] = tensor;
  }
  let model: LayersModel;
  try {
    model = await modelOf(artifacts, modelWeights, options.model);
  } catch (error) {
    dispose(Object.values(lrkitWeights));
    throw error;
  } finally {
    dispose(Object.values(modelWeights));
  }
  let released = false;
  const release = () => {
    if (!released) dispose(Object.values(lrkitWeights));
    released = true;
  };
  if (parts) {
    try {
      commitParts(state, lrkitWeights, parts);
    } finally {
      release();
    }
  }
  return {
    model,
    state,
    dispose: release,
    restore(parts) {
      if (released) throw new LrkitError('This checkpoint was already restored or disposed');
      commitParts(state, lrkitWeights, checkParts(state, parts));
      release();
    },
  };
}

async function loadArtifacts(handler: LoadHandler): Promise<io.ModelArtifacts> {
  let artifacts: unknown;
  try {
    artifacts = await handler.load();
  } catch (cause) {
    if (LrkitError.isInstance(cause)) throw cause;
    throw new CheckpointError({
      parameter: 'source',
      value: (cause as Error)?.message ?? cause,
      expected: 'must load (its IOHandler failed)',
      cause,
    });
  }
  if (typeof artifacts !== 'object' || artifacts === null) {
    throw new CheckpointError({
      parameter: 'source',
      value: artifacts,
      expected: 'must load model artifacts',
    });
  }
  return artifacts as io.ModelArtifacts;
}

/** The names and shapes tfjs's `loadWeights` will match (it drops a cell name, as here). */
function checkModelWeights(model: LayersModel, specs: readonly io.WeightsManifestEntry[]): void {
  const expected = new Map<string, readonly (number | null)[]>();
  for (const layer of model.layers) {
    for (const w of layer.weights) expected.set(w.originalName, w.shape);
  }
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    if (spec.name.startsWith(WEIGHT_PREFIX)) return;
    const tokens = spec.name.split('/');
    const name = expected.has(spec.name)
      ? spec.name
      : [...tokens.slice(0, -2), tokens[tokens.length - 1]].join('/');
    const shape = expected.get(name);
    if (shape === undefined || seen.has(name)) {
      throw new CheckpointError({
        parameter: `checkpoint.weightSpecs[${i}].name`,
        value: spec.name,
        expected: 'must name a weight of the model to load into (is it the same architecture?)',
      });
    }
    if (JSON.stringify(shape) !== JSON.stringify(spec.shape)) {
      throw new CheckpointError({
        parameter: `checkpoint.weightSpecs[${i}].shape`,
        value: spec.shape,
        expected: `must be the shape of the model's weight ${name}, [${shape.join(', ')}]`,
      });
    }
    seen.add(name);
  });
  const missing = [...expected.keys()].filter((n) => !seen.has(n));
  if (missing.length > 0) {
    throw new CheckpointError({
      parameter: 'checkpoint.weightSpecs',
      value: missing,
      expected: 'must hold every weight of the model to load into',
    });
  }
}

function decodeOrFail(data: ArrayBuffer, specs: io.WeightsManifestEntry[]) {
  try {
    return io.decodeWeights(data, specs);
  } catch (cause) {
    throw new CheckpointError({
      parameter: 'checkpoint.weightData',
      value: data.byteLength,
      expected: `must decode as the weights manifest describes (${(cause as Error)?.message})`,
      cause,
    });
  }
}

async function modelOf(
  artifacts: io.ModelArtifacts,
  weights: Record<string, Tensor>,
  target: LayersModel | undefined,
): Promise<LayersModel> {
  if (target) {
    try {
      target.loadWeights(weights);
      return target;
    } catch (cause) {
      throw new CheckpointError({
        parameter: 'model',
        value: (cause as Error)?.message ?? cause,
        expected: 'must take the saved weights',
        cause,
      });
    }
  }
  // Built here rather than by tf.loadLayersModel, which leaks the model it built when a later
  // step (its weights, its metadata) fails: every failure after the build disposes the model.
  let model: LayersModel;
  try {
    model = await models.modelFromJSON({ modelTopology: artifacts.modelTopology as never });
  } catch (cause) {
    throw new CheckpointError({
      parameter: 'checkpoint.modelTopology',
      value: (cause as Error)?.message ?? cause,
      expected: 'must be a tfjs layers model topology',
      cause,
    });
  }
  try {
    checkModelWeights(model, specsOf(weights));
    model.loadWeights(weights);
    if (artifacts.userDefinedMetadata) model.setUserDefinedMetadata(artifacts.userDefinedMetadata);
    return model;
  } catch (cause) {
    model.dispose();
    if (LrkitError.isInstance(cause)) throw cause;
    throw new CheckpointError({
      parameter: 'checkpoint',
      value: (cause as Error)?.message ?? cause,
      expected: 'must hold the weights and JSON metadata of its topology',
      cause,
    });
  }
}

function specsOf(weights: Record<string, Tensor>): io.WeightsManifestEntry[] {
  return Object.entries(weights).map(([name, t]) => ({
    name,
    shape: t.shape,
    dtype: t.dtype as io.WeightsManifestEntry['dtype'],
  }));
}

interface CheckedParts {
  optimizers: readonly CheckpointOptimizer[];
  schedulers: readonly CheckpointScheduler[];
}

/** Checks that the parts fit the saved state (kinds, groups, scheduler states). Changes nothing. */
function checkParts(state: TrainingState, parts: CheckpointParts): CheckedParts {
  const { optimizers, schedulers } = checkedParts(parts);
  if (optimizers.length !== state.optimizers.length) {
    invalid(
      'optimizers',
      optimizers.length,
      `must list the ${state.optimizers.length} saved optimizers`,
    );
  }
  if (schedulers.length !== state.schedulers.length) {
    invalid(
      'schedulers',
      schedulers.length,
      `must list the ${state.schedulers.length} saved schedulers`,
    );
  }
  optimizers.forEach((o, i) => {
    checkOptimizer(o, state.optimizers[i]!, `checkpoint.lrkit.optimizers[${i}]`);
  });
  schedulers.forEach((s, i) => {
    validateSchedulerState(s, state.schedulers[i], `checkpoint.lrkit.schedulers[${i}]`);
  });
  return { optimizers, schedulers };
}

function commitParts(
  state: TrainingState,
  weights: Readonly<Record<string, Tensor>>,
  { optimizers, schedulers }: CheckedParts,
): void {
  loadSchedulers(schedulers, state.schedulers);
  // After the schedulers: loading a runner puts its last lr on the groups; the optimizer state
  // then restores every saved hyperparameter exactly (momentum and betas too).
  optimizers.forEach((o, i) => {
    writeOptimizer(o, state.optimizers[i]!, weights);
  });
}

/**
 * Loads every scheduler state, or none: a failure (a state the core's validation let through but a
 * write refused) puts back the states of every runner tried, the failing one included.
 */
function loadSchedulers(
  schedulers: readonly CheckpointScheduler[],
  states: readonly unknown[],
): void {
  const runners = schedulers.map(runnerOf);
  const backups = runners.map((r) => r.stateDict());
  let tried = 0;
  try {
    runners.forEach((r, i) => {
      tried = i + 1;
      r.loadStateDict(states[i] as RunnerState);
    });
  } catch (error) {
    for (let i = 0; i < tried; i++) runners[i]!.loadStateDict(backups[i]!);
    throw error;
  }
}

function runnerOf(s: CheckpointScheduler): SchedulerRunner {
  return s instanceof SchedulerRunner ? s : s.runner;
}

/** The core's validate-only check, naming the checkpoint path of a refused field. */
function validateSchedulerState(s: CheckpointScheduler, state: unknown, path: string): void {
  const runner = runnerOf(s) as SchedulerRunner & { validateStateDict?: (state: unknown) => void };
  if (typeof runner.validateStateDict !== 'function') return;
  try {
    runner.validateStateDict(state);
  } catch (cause) {
    if (!InvalidArgumentError.isInstance(cause)) throw cause;
    throw new CheckpointError({
      parameter: `${path}${cause.parameter.replace(/^state/, '')}`,
      value: cause.value,
      expected: cause.expected,
      cause,
    });
  }
}

function checkedParts(parts: CheckpointParts) {
  knownKeys('checkpoint parts', parts, PART_KEYS);
  const optimizers = parts.optimizers ?? [];
  const schedulers = parts.schedulers ?? [];
  if (!Array.isArray(optimizers)) invalid('optimizers', optimizers, 'must be an array');
  if (!Array.isArray(schedulers)) invalid('schedulers', schedulers, 'must be an array');
  optimizers.forEach((o, i) => {
    const ok = typeof o === 'object' && o !== null && 'paramGroups' in o && 'bindings' in o;
    const isBinding = typeof o === 'object' && o !== null && 'kind' in o && 'optimizer' in o;
    if (!ok && !isBinding) {
      invalid(`optimizers[${i}]`, o, 'must be a bindOptimizer() binding or a GroupedOptimizer');
    }
  });
  schedulers.forEach((s, i) => {
    if (!(s instanceof LrSchedulerCallback) && !SchedulerRunner.isInstance(s)) {
      invalid(`schedulers[${i}]`, s, 'must be an LrSchedulerCallback or a SchedulerRunner');
    }
  });
  return { optimizers, schedulers };
}

type SaveHandler = io.IOHandler & { save: NonNullable<io.IOHandler['save']> };
type LoadHandler = io.IOHandler & { load: NonNullable<io.IOHandler['load']> };

function saveHandlerOf(destination: io.IOHandler | string): SaveHandler {
  if (typeof destination !== 'string') {
    if (typeof destination?.save !== 'function') {
      invalid('destination', destination, 'must be an IOHandler with save(), or a tfjs URL');
    }
    return destination as SaveHandler;
  }
  const handlers = io.getSaveHandlers(destination);
  if (handlers.length !== 1) {
    invalid('destination', destination, 'must be a URL with exactly one tfjs save handler');
  }
  return handlers[0] as SaveHandler;
}

function loadHandlerOf(source: io.IOHandler | string): LoadHandler {
  if (typeof source !== 'string') {
    if (typeof source?.load !== 'function') {
      invalid('source', source, 'must be an IOHandler with load(), or a tfjs URL');
    }
    return source as LoadHandler;
  }
  const handlers = io.getLoadHandlers(source);
  if (handlers.length !== 1) {
    invalid('source', source, 'must be a URL with exactly one tfjs load handler');
  }
  return handlers[0] as LoadHandler;
}

/** One ArrayBuffer from tfjs weight data (an ArrayBuffer or, since 4.x, a list of them). */
export function joinBuffers(parts: readonly (io.WeightData | undefined)[]): ArrayBuffer {
  const buffers = parts.flatMap((p) => (p === undefined ? [] : Array.isArray(p) ? p : [p]));
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), offset);
    offset += b.byteLength;
  }
  return out.buffer;
}
