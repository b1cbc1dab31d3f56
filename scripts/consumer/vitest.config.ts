import { defineConfig } from 'vitest/config';

// The consumer test runs as its own step of `pnpm check` (after the build and the package
// checks), not in the main suite: it packs the packages and installs them with npm, pnpm and yarn.
export default defineConfig({
  test: {
    name: 'consumer',
    include: ['scripts/consumer/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 480_000,
  },
});
