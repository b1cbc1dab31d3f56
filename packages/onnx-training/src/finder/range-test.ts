import {
  InvalidArgumentError,
  LrFinder,
  type LrFinderOptions,
  type LrFinderResult,
} from '@lrkit/core';
import type { InferenceSession, Tensor } from 'onnxruntime-common';
import { names } from '../optim/naming';
import type { OnnxOptimizer, OnnxParamGroup } from '../optim/onnx-optimizer';
import { getOrtRuntime } from '../runtime/ort-runtime';
import type { TensorMap } from '../tensor/tensors';
import { checkBatch, runSession } from '../trainer/sessions';

type Batches = Iterable<TensorMap> | AsyncIterable<TensorMap>;

/**
 * The batches of a range test: a re-iterable collection (an array: it is cycled, as fastai runs
 * extra epochs for num_it), or a function giving the batches of epoch 0, 1, ….
 */
export type RangeTestBatches = Batches | ((epoch: number) => Batches);

/** What the progress callback receives after every batch. */
export interface RangeTestProgress {
  iteration: number;
  iterations: number;
  lr: number;
  loss: number;
  smoothed: number;
}

/** Options of `trainer.findLr`: the core LrFinder's, plus a progress callback. */
export interface TrainerFindLrOptions extends LrFinderOptions {
  onProgress?: (progress: RangeTestProgress) => void | Promise<void>;
}

/** The parts of a Trainer a range test runs on (the Trainer passes its own). */
export interface RangeTestParts<G extends OnnxParamGroup> {
  optimizer: OnnxOptimizer<G>;
  session: InferenceSession;
  fetches: readonly string[];
  paramNames: ReadonlySet<string>;
}

function epochsOf(batches: unknown): (epoch: number) => Batches {
  if (typeof batches === 'function') return batches as (epoch: number) => Batches;
  const b = batches as Partial<Iterable<TensorMap> & AsyncIterable<TensorMap>> | null;
  if (
    typeof b?.[Symbol.iterator] === 'function' ||
    typeof b?.[Symbol.asyncIterator] === 'function'
  ) {
    return () => batches as Batches;
  }
  throw new InvalidArgumentError({
    parameter: 'batches',
    value: batches,
    expected: 'must be an iterable of batches (TensorMaps) or a function (epoch) => batches',
  });
}

/** An exact copy of the parameters (own buffers), so the run cannot reach them. */
function copyParams(params: TensorMap): TensorMap {
  return Object.fromEntries(
    Object.entries(params).map(([n, t]) => [
      n,
      new (getOrtRuntime().Tensor)('float32', Float32Array.from(t.data as Float32Array), t.dims),
    ]),
  );
}

/** One update without hooks or trainer progress; returns the batch loss (NaN allowed). */
async function rangeStep<G extends OnnxParamGroup>(
  parts: RangeTestParts<G>,
  batch: TensorMap,
): Promise<number> {
  const { optimizer, session, fetches, paramNames } = parts;
  checkBatch(session, batch, paramNames, 'batch');
  const out = await runSession(session, 'gradient model', { ...batch, ...optimizer.params }, [
    ...fetches,
  ]);
  const grads: Record<string, Tensor> = {};
  for (const name of paramNames) grads[name] = out[names.grad(name)] as Tensor;
  await optimizer.step(grads);
  return out[names.loss]!.data[0] as number;
}

async function* cycle(epochs: (epoch: number) => Batches): AsyncGenerator<TensorMap> {
  for (let epoch = 0; ; epoch++) {
    let any = false;
    for await (const batch of epochs(epoch)) {
      any = true;
      yield batch;
    }
    if (!any) return;
  }
}

/**
 * The LR range test of `trainer.findLr`: grows the lr by the core {@link LrFinder} (fastai's
 * rules by default) over the batches, then restores the parameters (bit-identical copies), the
 * optimizer's whole state (`stateDict`/`loadStateDict`) and the groups' hyperparameters, whether
 * the run finished, stopped on divergence, ran out of batches or threw. The trainer's hooks and
 * progress are not touched.
 */
export async function runRangeTest<G extends OnnxParamGroup>(
  parts: RangeTestParts<G>,
  batches: RangeTestBatches,
  options: TrainerFindLrOptions = {},
): Promise<LrFinderResult> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError({
      parameter: 'options',
      value: options,
      expected: 'must be an object of findLr options',
    });
  }
  const { onProgress, ...finderOptions } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidArgumentError({
      parameter: 'onProgress',
      value: onProgress,
      expected: 'must be a function',
    });
  }
  const epochs = epochsOf(batches);
  const { optimizer } = parts;
  const savedParams = copyParams(optimizer.params);
  const savedState = optimizer.stateDict();
  // The finder checks its options, then sets the first lr: after the snapshot.
  const finder = new LrFinder(optimizer, finderOptions);
  const source = cycle(epochs);
  try {
    while (!finder.done) {
      const next = await source.next();
      if (next.done) break;
      finder.step(await rangeStep(parts, next.value));
      if (onProgress) {
        await onProgress({
          iteration: finder.iteration,
          iterations: finder.range.iterations,
          ...finder.last!,
        });
      }
    }
    finder.finish();
    return finder.result();
  } finally {
    finder.finish();
    await source.return(undefined);
    optimizer.loadParams(savedParams);
    optimizer.loadStateDict(savedState);
  }
}
