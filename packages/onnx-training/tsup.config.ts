import { defineConfig } from 'tsup';

export default defineConfig({
  // index: onnxruntime-node; web: onnxruntime-web, without node: modules.
  entry: ['src/index.ts', 'src/web.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Each entry is whole, with its own runtime slot: a shared chunk would let a bundler that trusts
  // `sideEffects` skip the entry file, and with it the line that sets the runtime.
  splitting: false,
  // The maps point into src/, which is shipped once: embedding it would ship it twice more (ESM
  // and CommonJS maps).
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
