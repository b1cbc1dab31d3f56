import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The live page: vanilla TypeScript, built to apps/demo/dist/web with relative asset paths so
// that it works from any static server (the browser test serves it on 127.0.0.1).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  resolve: {
    // onnxruntime-web's wasm-only build (no WebGPU/WebNN code, the smaller wasm) for every
    // importer, @lrkit/onnx-training/web included: one copy of the runtime, one `env`.
    alias: [{ find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' }],
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
