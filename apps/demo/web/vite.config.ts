import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The live page: vanilla TypeScript, built to apps/demo/dist/web with relative asset paths so
// that it works from any static server (the browser test serves it on 127.0.0.1).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
