import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

/** The backends every tfjs test runs on: the pure-JS cpu backend and WebAssembly (works in Node). */
export const BACKENDS = ['cpu', 'wasm'] as const;

export async function useBackend(name: (typeof BACKENDS)[number]): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend ${name} did not initialise`);
  await tf.ready();
}

export { tf };
