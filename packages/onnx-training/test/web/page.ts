// The page of the browser tests: the scenarios on onnxruntime-web (wasm), served offline.
import * as ort from 'onnxruntime-web';
import * as lrkit from '../../src/web';
import {
  OPTIMIZER_CASES,
  rangeTest,
  resumeThroughBytes,
  runOptimizerCase,
  trainSpirals,
} from './scenarios';

// The wasm binaries come from the test's own server (node_modules/onnxruntime-web/dist), never
// from a CDN; one thread, as without cross-origin isolation there are no others.
ort.env.wasm.wasmPaths = '/ort/';
ort.env.wasm.numThreads = 1;

const api = {
  runtimeIsWeb: () => lrkit.getOrtRuntime().Tensor === ort.Tensor,
  runOptimizerCase: (index: number) => runOptimizerCase(lrkit, OPTIMIZER_CASES[index]!),
  trainSpirals: () => trainSpirals(lrkit),
  resumeThroughBytes: () => resumeThroughBytes(lrkit),
  rangeTest: () => rangeTest(lrkit),
};

Object.assign(globalThis, { lrkitTest: api });
