// The benchmark page: the same loops as in Node, on the `/web` entry and onnxruntime-web (wasm).
import * as ort from 'onnxruntime-web';
import { getOrtRuntime } from '../../src/web';
import { CONFIGS, type Kind } from '../configs';
import { lossOf, rawLoop, type Step, trainerLoop } from '../onnx-loops';

// The wasm files come from the bench's own server; one thread (no cross-origin isolation).
ort.env.wasm.wasmPaths = '/ort/';
ort.env.wasm.numThreads = 1;

// The `/web` entry put onnxruntime-web in: the loops below create their sessions with it.
if (getOrtRuntime().Tensor !== ort.Tensor)
  throw new Error('the /web entry did not set onnxruntime-web');

const loops = new Map<string, Step>();

const api = {
  async setup(id: string, config: number, kind: Kind, loop: 'trainer' | 'raw'): Promise<void> {
    const make = loop === 'trainer' ? trainerLoop : rawLoop;
    loops.set(id, await make(CONFIGS[config]!, kind));
  },
  /** Runs `steps` steps; returns the wall ms per step (the CPU time is read from Node) and the loss. */
  async run(id: string, steps: number): Promise<{ wallMs: number; loss: number }> {
    const step = loops.get(id)!;
    let loss = Number.NaN;
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) loss = lossOf(await step());
    return { wallMs: (performance.now() - t0) / steps, loss };
  },
};

Object.assign(globalThis, { lrkitBench: api });
