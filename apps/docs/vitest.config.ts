import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'docs',
    include: ['test/**/*.test.ts', '.vitepress/**/*.test.ts'],
    // One browser visits every page of the built site: a single file, run alone.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
