import * as ort from 'onnxruntime-web';
// The site serves onnxruntime's wasm itself (the build copies it from node_modules): nothing is
// fetched from a CDN.
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';

/**
 * onnxruntime-web on its wasm backend, from this site's own copy of the wasm, on one thread: a
 * static host sends no COOP/COEP headers, so there is no SharedArrayBuffer for worker threads.
 */
export function configureOrt(): typeof ort {
  ort.env.wasm.wasmPaths = { wasm: new URL(wasmUrl, window.location.href).href };
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  return ort;
}
