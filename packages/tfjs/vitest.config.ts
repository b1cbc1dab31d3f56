import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    // Tests run against the core's source, so a rebuild of its dist (clean first) cannot race them.
    alias: { '@lrkit/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'tfjs',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
