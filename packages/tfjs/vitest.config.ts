import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tfjs',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
