import * as training from '@lrkit/onnx-training/web';
import * as ort from 'onnxruntime-web';
// The page serves onnxruntime's wasm itself (Vite copies it from node_modules into the build).
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { trainOnnxWith } from '../src/runtimes/onnx-loop';
import type { EpochRecord, RunSettings } from '../src/runtimes/runtime';

/** The onnxruntime-web run beside the tfjs one: `window.__lrkitDemo.onnx` (tests, the curious). */
export interface OnnxWebState {
  status: 'idle' | 'running' | 'done' | 'stopped' | 'error';
  /** The float32 lr fed to the ONNX optimizer graph at every update. */
  stepLr: number[];
  stepLoss: number[];
  epochs: EpochRecord[];
  error: string | null;
}

export const onnxWebState: OnnxWebState = {
  status: 'idle',
  stepLr: [],
  stepLoss: [],
  epochs: [],
  error: null,
};

/**
 * Trains the same MLP, data, batches and schedule as the tfjs run with the CLI's ONNX loop,
 * unchanged, on onnxruntime-web's wasm backend through `@lrkit/onnx-training/web`. One thread:
 * a page without COOP/COEP headers has no SharedArrayBuffer for worker threads. Never throws:
 * a failure is recorded in `onnxWebState.error`.
 */
export async function trainOnnxWeb(settings: RunSettings, onChange: () => void): Promise<void> {
  ort.env.wasm.wasmPaths = { wasm: new URL(wasmUrl, window.location.href).href };
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  Object.assign(onnxWebState, {
    status: 'running',
    stepLr: [],
    stepLoss: [],
    epochs: [],
    error: null,
  });
  onChange();
  try {
    await trainOnnxWith(
      { ort, training, sessionOptions: {} },
      {
        ...settings,
        onStep: (_step, lr, loss) => {
          onnxWebState.stepLr.push(lr);
          onnxWebState.stepLoss.push(loss);
          onChange();
        },
        onEpoch: (record) => {
          onnxWebState.epochs.push(record);
          onChange();
        },
      },
    );
    onnxWebState.status = settings.shouldStop?.() ? 'stopped' : 'done';
  } catch (error) {
    onnxWebState.status = 'error';
    onnxWebState.error = (error as Error).message;
  }
  onChange();
}

/** Clears the last onnxruntime-web run (a run on tfjs alone shows no stale curve). */
export function resetOnnxWeb(): void {
  Object.assign(onnxWebState, {
    status: 'idle',
    stepLr: [],
    stepLoss: [],
    epochs: [],
    error: null,
  });
}
