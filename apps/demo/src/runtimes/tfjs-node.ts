import * as tf from '@tensorflow/tfjs';
import type { Runtime } from './runtime';
import { tfjsRuntime } from './tfjs-runtime';

/**
 * tfjs in Node: the pure-JS cpu backend (tfjs-node's native binary cannot be installed here), in
 * production mode, which skips per-op debug checks and the "install tfjs-node" banner.
 */
export async function tfjsNodeRuntime(): Promise<Runtime> {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  return tfjsRuntime;
}
