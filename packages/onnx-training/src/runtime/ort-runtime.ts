import { InvalidArgumentError, LrkitError } from '@lrkit/core';
import type { InferenceSession, Tensor } from 'onnxruntime-common';

/**
 * The part of an onnxruntime module this package uses: `import * as ort from 'onnxruntime-node'`
 * or `'onnxruntime-web'` (both re-export onnxruntime-common's `Tensor` and `InferenceSession`).
 */
export interface OrtRuntime {
  readonly Tensor: typeof Tensor;
  readonly InferenceSession: typeof InferenceSession;
}

// One runtime per copy of the package: each entry (the main one on onnxruntime-node, `/web` on
// onnxruntime-web) sets it when it loads, and setOrtRuntime() replaces it.
let current: OrtRuntime | undefined;

/**
 * Makes every optimizer, trainer, checkpoint and helper of this package create its tensors and
 * sessions with `ort` (for example `onnxruntime-web/webgpu`, or another copy of onnxruntime).
 * Tensors and sessions already created keep working with the runtime that made them.
 */
export function setOrtRuntime(ort: OrtRuntime): void {
  const candidate = ort as Partial<OrtRuntime> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.Tensor !== 'function' ||
    typeof candidate.InferenceSession?.create !== 'function'
  ) {
    throw new InvalidArgumentError({
      parameter: 'ort',
      value: ort,
      expected: 'must be an onnxruntime module with Tensor and InferenceSession.create',
    });
  }
  current = candidate as OrtRuntime;
}

/** The runtime set by the entry that was imported or by {@link setOrtRuntime}. */
export function getOrtRuntime(): OrtRuntime {
  if (current === undefined) {
    throw new LrkitError(
      'No onnxruntime is set: import @lrkit/onnx-training (onnxruntime-node) or @lrkit/onnx-training/web (onnxruntime-web), or call setOrtRuntime(ort)',
    );
  }
  return current;
}
