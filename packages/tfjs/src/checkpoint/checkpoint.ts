import { LrkitError, type RunnerState, SchedulerRunner } from '@lrkit/core';
import { dispose, io, type Tensor } from '@tensorflow/tfjs-core';
import { type LayersModel, loadLayersModel } from '@tensorflow/tfjs-layers';
import { LrSchedulerCallback } from '../callbacks/scheduler-callback';
import { invalid, knownKeys } from '../internal/validate';
import {
  type CheckpointOptimizer,
  captureOptimizer,
  type OptimizerState,
  restoreOptimizer,
} from './optimizer-state';

/** What a checkpoint saves and restores the schedule of: a scheduler callback or a runner. */
export type CheckpointScheduler = LrSchedulerCallback | SchedulerRunner;

export interface CheckpointParts {
  /** The optimizers trained with (bindings or GroupedOptimizers), in a fixed order. */
  optimizers?: readonly CheckpointOptimizer[];
  /** The scheduler callbacks or runners, in a fixed order. */
  schedulers?: readonly CheckpointScheduler[];
}

/** lrkit's part of a checkpoint, kept in the model's user-defined metadata under `lrkit`. */
export interface TrainingState {
  version: 1;
  format: 'lrkit-tfjs-checkpoint';
  optimizers: OptimizerState[];
  schedulers: RunnerState[];
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
   * scheduler entries), in the same order. Compile the model with the optimizers first.
   */
  restore(parts: CheckpointParts): void;
  /** Releases the saved optimizer values (done by `restore`; call it if you never restore). */
  dispose(): void;
}

/**
 * Loads a checkpoint written by {@link saveCheckpoint}. Pass `{ model }` to load the weights into
 * a model you built yourself (matched by weight name) instead of rebuilding it from the topology.
 */
export async function loadCheckpoint(
  source: io.IOHandler | string,
  options: { model?: LayersModel } = {},
): Promise<LoadedCheckpoint> {
  knownKeys('loadCheckpoint', options, ['model']);
  const handler = loadHandlerOf(source);
  const artifacts = await handler.load();
  const state = stateOf(artifacts);
  const specs = artifacts.weightSpecs ?? [];
  const data = joinBuffers([artifacts.weightData]);
  const decoded = io.decodeWeights(data, specs);
  const lrkitWeights: Record<string, Tensor> = {};
  const modelWeights: Record<string, Tensor> = {};
  for (const [name, tensor] of Object.entries(decoded)) {
    if (name.startsWith(WEIGHT_PREFIX)) lrkitWeights[name] = tensor;
    else modelWeights[name] = tensor;
  }
  let model: LayersModel;
  if (options.model) {
    options.model.loadWeights(modelWeights);
    model = options.model;
  } else {
    // tfjs loads the model weights itself and skips the `optimizer` group (there is no
    // trainingConfig: saveCheckpoint never saves tfjs's own optimizer state).
    model = await loadLayersModel({ load: async () => artifacts });
  }
  dispose(Object.values(modelWeights));
  let released = false;
  const release = () => {
    if (!released) dispose(Object.values(lrkitWeights));
    released = true;
  };
  return {
    model,
    state,
    dispose: release,
    restore(parts) {
      if (released) throw new LrkitError('This checkpoint was already restored or disposed');
      restoreParts(state, lrkitWeights, parts);
      release();
    },
  };
}

function restoreParts(
  state: TrainingState,
  weights: Readonly<Record<string, Tensor>>,
  parts: CheckpointParts,
): void {
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
  // Schedulers first: loading a runner puts its last lr on the groups; the optimizer state then
  // restores every saved hyperparameter exactly (momentum and betas too).
  schedulers.forEach((s, i) => {
    s.loadStateDict(state.schedulers[i]!);
  });
  optimizers.forEach((o, i) => {
    restoreOptimizer(o, state.optimizers[i]!, weights, `state.optimizers[${i}]`);
  });
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
    if (!(s instanceof LrSchedulerCallback) && !(s instanceof SchedulerRunner)) {
      invalid(`schedulers[${i}]`, s, 'must be an LrSchedulerCallback or a SchedulerRunner');
    }
  });
  return { optimizers, schedulers };
}

function stateOf(artifacts: io.ModelArtifacts): TrainingState {
  const state = (artifacts.userDefinedMetadata as { lrkit?: TrainingState } | undefined)?.lrkit;
  if (state?.format !== 'lrkit-tfjs-checkpoint') {
    invalid(
      'checkpoint',
      artifacts.userDefinedMetadata,
      'must hold lrkit state (saved by saveCheckpoint)',
    );
  }
  if (state.version !== 1) invalid('checkpoint.version', state.version, 'must be 1');
  return state;
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
