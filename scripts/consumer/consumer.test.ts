// The published packages as a new user gets them: packed tarballs installed with npm into fresh
// projects, every README sample type-checked (moduleResolution node16 and bundler) and run (ESM),
// and the CommonJS entry points required and type-checked (.d.cts).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReadmeSample, readmeSamples, repoRoot } from '../readme-samples';

const PACKAGES = ['core', 'tfjs', 'onnx-training'];
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/tfjs/README.md',
  'packages/onnx-training/README.md',
  'apps/demo/README.md',
];
// The lowest onnxruntime-node of the peer range (1.18–1.21 ship no type declarations); its
// install script is kept from downloading by the variable the onnx-training README gives.
const DEPENDENCIES = [
  '@tensorflow/tfjs@4.22.0',
  'onnxruntime-node@1.22.0',
  'typescript@5.9.3',
  '@types/node@20.19.43',
];
const npmEnv = {
  ...process.env,
  ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip',
  npm_config_loglevel: 'error',
};

const root = mkdtempSync(join(tmpdir(), 'lrkit-consumer-'));
const samples: ReadmeSample[] = READMES.flatMap((f) => readmeSamples(join(repoRoot, f)));
let tarballs: string[] = [];

// npm install may download ~100 MB (onnxruntime-node) on a cold cache: allow it minutes.
function run(command: string, args: string[], cwd: string, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 420_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function project(name: string, packageJson: object): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(packageJson, null, 2));
  // The line of the onnx-training README (with the variable in the environment).
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs, ...DEPENDENCIES],
    dir,
    npmEnv,
  );
  if (install.status !== 0) throw new Error(`npm install failed in ${name}:\n${install.output}`);
  return dir;
}

function tsc(dir: string, tsconfig: string) {
  const compiler = join(root, 'esm', 'node_modules/typescript/bin/tsc');
  return run(process.execPath, [compiler, '-p', tsconfig], dir);
}

const strict = {
  target: 'es2022',
  lib: ['es2022'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
};

beforeAll(() => {
  const packed = join(root, 'tarballs');
  for (const name of PACKAGES) {
    execFileSync('npx', ['-y', 'pnpm@12.21.0', 'pack', '--pack-destination', packed], {
      cwd: join(repoRoot, 'packages', name),
      stdio: 'pipe',
    });
  }
  tarballs = readdirSync(packed).map((f) => join(packed, f));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ESM project (type: module), npm install of the tarballs', () => {
  let dir = '';
  beforeAll(() => {
    dir = project('esm', { name: 'consumer-esm', private: true, type: 'module' });
    mkdirSync(join(dir, 'samples'));
    samples.forEach((sample, i) => {
      writeFileSync(
        join(dir, 'samples', `sample-${i}.ts`),
        `// ${sample.where}\n${sample.code}\nexport {};\n`,
      );
    });
    const config = (compilerOptions: object) =>
      JSON.stringify({ compilerOptions: { ...strict, ...compilerOptions }, include: ['samples'] });
    writeFileSync(
      join(dir, 'tsconfig.node16.json'),
      config({ module: 'node16', moduleResolution: 'node16', outDir: 'build' }),
    );
    writeFileSync(
      join(dir, 'tsconfig.bundler.json'),
      config({ module: 'esnext', moduleResolution: 'bundler', noEmit: true }),
    );
  });

  it('has README samples to run', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  it('every README sample type-checks with moduleResolution node16', () => {
    const { status, output } = tsc(dir, 'tsconfig.node16.json');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('every README sample type-checks with moduleResolution bundler', () => {
    const { status, output } = tsc(dir, 'tsconfig.bundler.json');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('every README sample runs in Node (compiled with node16)', () => {
    const failures = samples.flatMap((sample, i) => {
      const { status, output } = run(process.execPath, [`build/sample-${i}.js`], dir);
      return status === 0 ? [] : [`${sample.where} (exit ${status}):\n${output}`];
    });
    expect(failures).toStrictEqual([]);
  });
});

// A CommonJS package (no "type") inside the ESM project, sharing its node_modules (one install).
describe('CommonJS project', () => {
  let dir = '';
  beforeAll(() => {
    dir = join(root, 'esm', 'cjs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer-cjs', private: true }),
    );
  });

  it('require() loads every entry point and trains', () => {
    const program = `
const assert = require('node:assert');
const core = require('@lrkit/core');
const tfjs = require('@lrkit/tfjs');
const { fileCheckpoint } = require('@lrkit/tfjs/node');
const onnx = require('@lrkit/onnx-training');
const optimizer = { paramGroups: [{ lr: 0.1 }] };
const scheduler = new core.CosineAnnealingLR(optimizer, { tMax: 10 });
for (let i = 0; i < 5; i++) scheduler.step();
assert.ok(Math.abs(optimizer.paramGroups[0].lr - 0.05) < 1e-12);
assert.strictEqual(typeof tfjs.bindOptimizer, 'function');
assert.strictEqual(typeof fileCheckpoint, 'function');
const mlp = onnx.buildMlp({ inputSize: 2, hiddenSizes: [4], outputSize: 1, loss: 'mse' });
assert.ok(mlp.trainModel instanceof Uint8Array);
console.log('ok');
`;
    writeFileSync(join(dir, 'index.cjs'), program);
    const { status, output } = run(process.execPath, ['index.cjs'], dir);
    expect(output).toContain('ok');
    expect(status).toBe(0);
  });

  it('TypeScript in CommonJS mode (node16) type-checks against the .d.cts and runs', () => {
    writeFileSync(
      join(dir, 'main.ts'),
      `import { InvalidArgumentError, OneCycleLR } from '@lrkit/core';
import { bindOptimizer } from '@lrkit/tfjs';
import { SGD } from '@lrkit/onnx-training';
import * as tf from '@tensorflow/tfjs';
import { Tensor } from 'onnxruntime-node';

const adam = bindOptimizer(tf.train.adam(1e-3));
const scheduler = new OneCycleLR(adam, { maxLr: 0.01, totalSteps: 10 });
scheduler.step();
const sgd = new SGD({ w: new Tensor('float32', new Float32Array(2), [2]) }, { lr: 0.1 });
try {
  new OneCycleLR({ paramGroups: [{ lr: 0.1, momentum: 0.9 }] }, { maxLr: 0.01, totalSteps: 0 });
} catch (error) {
  if (!InvalidArgumentError.isInstance(error)) throw error;
  console.log(error.parameter, adam.paramGroups[0]!.lr > 0, sgd.paramGroups.length);
}
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...strict,
          module: 'node16',
          moduleResolution: 'node16',
          outDir: 'build',
        },
        files: ['main.ts'],
      }),
    );
    const checked = tsc(dir, 'tsconfig.json');
    expect(checked.output).toBe('');
    const { status, output } = run(process.execPath, ['build/main.js'], dir);
    expect(output).toContain('totalSteps true 1');
    expect(status).toBe(0);
  });
});
