import { fileURLToPath } from 'node:url';
import { describeReadmeSamples } from '../../../scripts/readme-samples';

// The repository's README and the demo's: every ts block is a complete program, type-checked and
// run against the built packages (the demo depends on all three).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
await describeReadmeSamples({
  readme: fileURLToPath(new URL('../../../README.md', import.meta.url)),
  packageDir,
});
await describeReadmeSamples({
  readme: fileURLToPath(new URL('../README.md', import.meta.url)),
  packageDir,
});
