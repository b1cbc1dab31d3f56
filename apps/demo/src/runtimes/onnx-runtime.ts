import * as training from '@lrkit/onnx-training';
import * as ort from 'onnxruntime-node';
import { trainOnnxWith } from './onnx-loop';
import type { RunResult, RunSettings, Runtime } from './runtime';

/** Trains the MLP on onnxruntime-node (see trainOnnxWith). */
export function trainOnnx(settings: RunSettings): Promise<RunResult> {
  // One thread per session: the tensors are tiny, and threads would only contend on 2 cores.
  return trainOnnxWith(
    { ort, training, sessionOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } },
    settings,
  );
}

export const onnxRuntime: Runtime = { name: 'onnx', train: trainOnnx };
