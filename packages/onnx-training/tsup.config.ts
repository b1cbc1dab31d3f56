import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // The maps point into src/, which is shipped once: embedding it would ship it twice more (ESM
  // and CommonJS maps).
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
