import { InvalidArgumentError, LrkitError } from '@lrkit/core';
import type { InferenceSession, Tensor } from 'onnxruntime-common';
import { getOrtRuntime } from '../runtime/ort-runtime';
import { describeTensor, sameDims } from '../tensor/tensors';

/** A model given as ONNX bytes, a file path, or an already created session. */
export type ModelSource = Uint8Array | string | InferenceSession;

export async function openSession(
  parameter: string,
  source: ModelSource,
  options: InferenceSession.SessionOptions | undefined,
): Promise<InferenceSession> {
  if (source instanceof Uint8Array || typeof source === 'string') {
    try {
      return typeof source === 'string'
        ? await getOrtRuntime().InferenceSession.create(source, options ?? {})
        : await getOrtRuntime().InferenceSession.create(source, options ?? {});
    } catch (cause) {
      throw new InvalidArgumentError({
        parameter,
        value: typeof source === 'string' ? source : `${source.length} bytes`,
        expected: `must be an ONNX model onnxruntime can load (${(cause as Error).message})`,
        cause,
      });
    }
  }
  if (
    typeof source === 'object' &&
    source !== null &&
    typeof (source as InferenceSession).run === 'function'
  ) {
    return source;
  }
  throw new InvalidArgumentError({
    parameter,
    value: source,
    expected: 'must be ONNX bytes, a file path or an InferenceSession',
  });
}

/** Numeric dims a session declares for an input or output (undefined when unknown or symbolic). */
export function declaredDims(
  session: InferenceSession,
  name: string,
  kind: 'input' | 'output',
): (number | string)[] | undefined {
  const list = (kind === 'input' ? session.inputMetadata : session.outputMetadata) as
    | readonly { name: string; isTensor: boolean; shape?: readonly (number | string)[] }[]
    | undefined;
  // Older onnxruntime-node versions have no inputMetadata: shapes are then checked at run time only.
  const meta = list?.find((m) => m.name === name);
  return meta?.isTensor && meta.shape && meta.shape.length > 0 ? [...meta.shape] : undefined;
}

/** The element type a session declares for an input, when it says. */
function declaredType(session: InferenceSession, name: string): string | undefined {
  const list = session.inputMetadata as
    | readonly { name: string; isTensor: boolean; type?: string }[]
    | undefined;
  const meta = list?.find((m) => m.name === name);
  return meta?.isTensor ? meta.type : undefined;
}

/** Whether a tensor fits declared dims, symbolic dims matching anything. */
export function fitsDims(
  declared: readonly (number | string)[],
  actual: readonly number[],
): boolean {
  if (declared.length !== actual.length) return false;
  for (let i = 0; i < declared.length; i++) {
    const d = declared[i];
    if (typeof d === 'number' && d >= 0 && d !== actual[i]) return false;
  }
  return true;
}

/** Checks a batch against the session's inputs (presence, declared shape) before running. */
export function checkBatch(
  session: InferenceSession,
  batch: Readonly<Record<string, Tensor>>,
  provided: ReadonlySet<string>,
  parameter: string,
): void {
  batchChecker(session, provided, parameter)(batch);
}

/**
 * `checkBatch` for one session, with what it needs from the session's (fixed) metadata looked up
 * once: the Trainer checks every batch with it.
 */
export function batchChecker(
  session: InferenceSession,
  provided: ReadonlySet<string>,
  parameter: string,
): (batch: Readonly<Record<string, Tensor>>) => void {
  const inputs = session.inputNames
    .filter((name) => !provided.has(name))
    .map((name) => ({
      name,
      path: `${parameter}.${name}`,
      type: declaredType(session, name),
      dims: declaredDims(session, name, 'input'),
    }));
  return (batch) => {
    if (typeof batch !== 'object' || batch === null) {
      throw new InvalidArgumentError({
        parameter,
        value: batch,
        expected: 'must map the model inputs to Tensors',
      });
    }
    for (const { name, path, type, dims } of inputs) {
      const t = batch[name];
      if (t === undefined) {
        throw new InvalidArgumentError({
          parameter: path,
          value: undefined,
          expected: `must be given: it is an input of the model`,
        });
      }
      if (type !== undefined && t.type !== type) {
        throw new InvalidArgumentError({
          parameter: path,
          value: describeTensor(t),
          expected: `must be a ${type} tensor, as the model's input is`,
        });
      }
      if (dims && !fitsDims(dims, t.dims)) {
        throw new InvalidArgumentError({
          parameter: path,
          value: describeTensor(t),
          expected: `must have the model's input shape [${dims.join(', ')}]`,
        });
      }
    }
    for (const name of Object.keys(batch)) {
      if (provided.has(name)) {
        throw new InvalidArgumentError({
          parameter: `${parameter}.${name}`,
          value: name,
          expected: 'must not name a parameter: the trainer feeds parameters itself',
        });
      }
    }
  };
}

/** Runs a session, turning onnxruntime's plain errors into an LrkitError that says which model failed. */
export async function runSession(
  session: InferenceSession,
  what: string,
  feeds: Record<string, Tensor>,
  fetches: readonly string[],
): Promise<InferenceSession.ReturnType> {
  try {
    return await session.run(feeds, fetches);
  } catch (cause) {
    throw runError(what, cause);
  }
}

/** The error a failed run of the `what` model is reported with. */
export function runError(what: string, cause: unknown): LrkitError {
  return new LrkitError(`onnxruntime failed to run the ${what}: ${(cause as Error).message}`, {
    cause,
  });
}

export { sameDims };
