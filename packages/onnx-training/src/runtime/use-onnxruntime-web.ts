import * as ort from 'onnxruntime-web';
import { setOrtRuntime } from './ort-runtime';

// Imported first by the `/web` entry: its optimizers and trainers run on onnxruntime-web.
setOrtRuntime(ort);
