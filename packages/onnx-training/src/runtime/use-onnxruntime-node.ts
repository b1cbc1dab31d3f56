import * as ort from 'onnxruntime-node';
import { setOrtRuntime } from './ort-runtime';

// Imported first by the main entry: its optimizers and trainers run on onnxruntime-node.
setOrtRuntime(ort);
