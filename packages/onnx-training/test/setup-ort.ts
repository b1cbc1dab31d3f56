// Tests import modules directly, not through an entry: they run on onnxruntime-node, as the main
// entry does (the browser tests load the `/web` entry in Chromium instead).
import * as ort from 'onnxruntime-node';
import { setOrtRuntime } from '../src/runtime/ort-runtime';

setOrtRuntime(ort);
