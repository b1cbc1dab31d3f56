import { fileURLToPath } from 'node:url';
import { describeReadmeSamples } from '../../../scripts/readme-samples';

// Every ts block of the README is a complete program: type-checked, then run on tfjs's cpu backend.
await describeReadmeSamples({
  readme: fileURLToPath(new URL('../README.md', import.meta.url)),
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  replace: {
    '@lrkit/tfjs': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
    '@lrkit/tfjs/node': fileURLToPath(new URL('../src/node.ts', import.meta.url)),
  },
});
