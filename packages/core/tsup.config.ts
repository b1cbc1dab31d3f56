import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * One output file per source module, its relative imports kept (with the output's extension).
 * With `"sideEffects": false`, a bundler then drops every module an app does not use, whatever
 * that module runs at its top level: importing one scheduler does not pull in the registries,
 * formats and presets (see .size-limit.json). A single-file bundle would keep any top-level
 * table that is not lazy.
 */
const perModule: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'per-module',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = resolve(dirname(args.importer), args.path);
      if (existsSync(`${target}.ts`)) return { path: `${args.path}${extension}`, external: true };
      if (existsSync(target) && statSync(target).isDirectory()) {
        return { path: `${args.path}/index${extension}`, external: true };
      }
      return undefined;
    });
  },
};

export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.bench.ts'],
  format: ['esm', 'cjs'],
  // One declaration file for the one public entry point.
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  esbuildPlugins: [perModule],
  // The maps point into src/, which is shipped once: embedding it would ship it twice more (ESM
  // and CommonJS maps).
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
