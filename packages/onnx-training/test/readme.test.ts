import { fileURLToPath } from 'node:url';
import { describeReadmeSamples } from '../../../scripts/readme-samples';

// Every ts block of the README is a complete program: type-checked, then run on onnxruntime-node.
await describeReadmeSamples({
  readme: fileURLToPath(new URL('../README.md', import.meta.url)),
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  replace: { '@lrkit/onnx-training': fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
});
