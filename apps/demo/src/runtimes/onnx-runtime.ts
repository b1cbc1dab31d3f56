import type { Runtime } from './runtime';

export const onnxRuntime: Runtime = {
  name: 'onnx',
  train: async () => {
    throw new Error('the onnx runtime is not wired yet');
  },
};
