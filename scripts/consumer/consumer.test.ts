// The published packages as a new user gets them: packed tarballs installed into fresh projects
// by the install lines of the READMEs, run as written with npm, pnpm and yarn; every README
// sample type-checked (moduleResolution node16 and bundler) and run (ESM) in the npm project, the
// packages' quick starts run in the pnpm and yarn ones, and the CommonJS entry points required and
// type-checked (.d.cts).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReadmeSample, readmeSamples, repoRoot } from '../readme-samples';
import { MANAGERS, type Manager, readmeInstallLines, substitutePackages } from './install-lines';

const PACKAGES = ['core', 'tfjs', 'onnx-training'];
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/tfjs/README.md',
  'packages/onnx-training/README.md',
  'apps/demo/README.md',
];
// The READMEs whose install lines are run, in this order, in every project.
const INSTALL_READMES = [
  'packages/onnx-training/README.md',
  'packages/tfjs/README.md',
  'packages/core/README.md',
];
// What a README's package names stand for here: the lowest onnxruntime-node of the peer range
// (1.18–1.21 ship no type declarations), the tfjs the adapter is tested with.
const PINNED: Record<string, string> = {
  'onnxruntime-node': 'onnxruntime-node@1.22.0',
  '@tensorflow/tfjs': '@tensorflow/tfjs@4.22.0',
};
const DEV_TOOLS = ['typescript@5.9.3', '@types/node@20.19.43'];
// The pinned managers, under their own names on PATH, so that a README line runs as written.
const MANAGER_SHIMS: Record<Exclude<Manager, 'npm'>, string> = {
  pnpm: 'pnpm@12.21.0',
  yarn: 'yarn@1.22.22',
};

/**
 * A new user's environment: no npm_* settings inherited from the pnpm running this test, no
 * onnxruntime variable (only the README line may set it), and a dead proxy for the install
 * scripts' own downloads (onnxruntime-node's goes through global-agent), so that a line that
 * lets the script download fails instead of quietly fetching CUDA libraries.
 */
function installEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|PNPM_|ONNXRUNTIME_)/.test(key)) env[key] = value;
  }
  return {
    ...env,
    PATH: `${join(root, 'bin')}:${env.PATH ?? ''}`,
    GLOBAL_AGENT_HTTP_PROXY: 'http://127.0.0.1:9',
    GLOBAL_AGENT_HTTPS_PROXY: 'http://127.0.0.1:9',
    npm_config_loglevel: 'error',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    // yarn 1 defaults to registry.yarnpkg.com (the same registry under another name).
    YARN_REGISTRY: 'https://registry.npmjs.org/',
  };
}

const root = mkdtempSync(join(tmpdir(), 'lrkit-consumer-'));
const samples: ReadmeSample[] = READMES.flatMap((f) => readmeSamples(join(repoRoot, f)));
let tarballs: string[] = [];
/** Package name → what stands in for it: the packed tarballs, then the pinned versions. */
let standIns: Record<string, string> = {};
/** Seconds each manager's installs took, reported at the end. */
const installSeconds: Partial<Record<Manager | 'all', number>> = {};

// npm install may download ~100 MB (onnxruntime-node) on a cold cache: allow it minutes.
function run(command: string, args: string[], cwd: string, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 420_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Like run, without blocking: the three managers' projects install side by side. */
function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd, env, timeout: 420_000 });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => resolve({ status: null, output: `${output}${error.message}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs every README's install line for `manager` in `dir`, as written (packages stood in for). */
async function installAsReadmesSay(manager: Manager, dir: string): Promise<void> {
  for (const readme of INSTALL_READMES) {
    const line = readmeInstallLines(join(repoRoot, readme)).find((l) => l.manager === manager);
    if (!line) throw new Error(`${readme} gives no ${manager} install line`);
    const command = substitutePackages(line, standIns);
    const install = await runAsync('sh', ['-c', command], dir, installEnv());
    if (install.status !== 0) {
      throw new Error(`${line.where}: \`${line.line}\` failed in ${dir}:\n${install.output}`);
    }
  }
}

const PROJECT_DIRS: Record<Manager, string> = { npm: 'esm', pnpm: 'pnpm', yarn: 'yarn' };
/** Each manager's project, or why its install failed (reported by that manager's tests). */
const projects = new Map<Manager, { dir: string } | { error: Error }>();

/** A fresh ESM project installed by `manager` (npm's also gets the compiler for the samples). */
async function prepareProject(manager: Manager): Promise<string> {
  const started = Date.now();
  const dir = join(root, PROJECT_DIRS[manager]);
  mkdirSync(dir, { recursive: true });
  const packageJson = { name: `consumer-${manager}`, private: true, type: 'module' };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(packageJson, null, 2));
  await installAsReadmesSay(manager, dir);
  installSeconds[manager] = (Date.now() - started) / 1000;
  if (manager === 'npm') {
    const tools = await runAsync('npm', ['install', '-D', ...DEV_TOOLS], dir, installEnv());
    if (tools.status !== 0)
      throw new Error(`npm install of the dev tools failed:\n${tools.output}`);
  }
  return dir;
}

function projectDir(manager: Manager): string {
  const project = projects.get(manager);
  if (!project) throw new Error(`no ${manager} project`);
  if ('error' in project) throw project.error;
  return project.dir;
}

/** No CUDA library came with onnxruntime-node: its install script downloaded nothing. */
function cudaLibraries(dir: string): string[] {
  const bin = join(dir, 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64');
  if (!existsSync(bin)) throw new Error(`onnxruntime-node has no Linux binaries in ${dir}`);
  return readdirSync(bin).filter((f) => /cuda|tensorrt/i.test(f));
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

beforeAll(async () => {
  const packed = join(root, 'tarballs');
  for (const name of PACKAGES) {
    execFileSync('npx', ['-y', 'pnpm@12.21.0', 'pack', '--pack-destination', packed], {
      cwd: join(repoRoot, 'packages', name),
      stdio: 'pipe',
    });
  }
  tarballs = readdirSync(packed).map((f) => join(packed, f));
  standIns = { ...PINNED };
  for (const name of PACKAGES) {
    const tarball = tarballs.find((t) => basename(t).startsWith(`lrkit-${name}-`));
    if (!tarball) throw new Error(`no tarball for @lrkit/${name} in ${packed}`);
    standIns[`@lrkit/${name}`] = tarball;
  }
  mkdirSync(join(root, 'bin'));
  for (const [manager, pinned] of Object.entries(MANAGER_SHIMS)) {
    writeFileSync(join(root, 'bin', manager), `#!/bin/sh\nexec npx -y ${pinned} "$@"\n`);
    chmodSync(join(root, 'bin', manager), 0o755);
  }
  const started = Date.now();
  await Promise.all(
    MANAGERS.map(async (manager) => {
      try {
        projects.set(manager, { dir: await prepareProject(manager) });
      } catch (error) {
        projects.set(manager, { error: error as Error });
      }
    }),
  );
  installSeconds.all = (Date.now() - started) / 1000;
}, 900_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  console.log(`install time per manager (s): ${JSON.stringify(installSeconds)}`);
});

describe('ESM project (type: module), npm install of the tarballs', () => {
  let dir = '';
  beforeAll(() => {
    dir = projectDir('npm');
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

  it('onnxruntime-node came without CUDA libraries', () => {
    expect(existsSync(join(dir, 'node_modules/onnxruntime-node/package.json'))).toBe(true);
    expect(cudaLibraries(dir)).toEqual([]);
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

// Install commands written anywhere else (the root README, the docs) must be lines of a README's
// tested install block, word for word.
const INSTALL_COMMAND = /^(?:[A-Z_]+=\S+\s+)*(?:npm install|npm i|pnpm add|yarn add)\s.*$/gm;
const DOCS = [
  'README.md',
  'apps/docs/index.md',
  ...readdirSync(join(repoRoot, 'apps/docs/guide'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `apps/docs/guide/${f}`),
];

describe('install lines elsewhere', () => {
  it('are lines the consumer test runs', () => {
    const tested = new Set(
      INSTALL_READMES.flatMap((r) => readmeInstallLines(join(repoRoot, r)).map((l) => l.line)),
    );
    const written = [...INSTALL_READMES, ...DOCS].flatMap((file) =>
      [...readFileSync(join(repoRoot, file), 'utf8').matchAll(INSTALL_COMMAND)].map((m) => ({
        file,
        line: m[0].trim(),
      })),
    );
    expect(written.length).toBeGreaterThanOrEqual(12);
    expect(written.filter((w) => !tested.has(w.line))).toEqual([]);
  });

  it('give each package README a line for npm, pnpm and yarn', () => {
    for (const readme of INSTALL_READMES) {
      const managers = readmeInstallLines(join(repoRoot, readme)).map((l) => l.manager);
      expect(managers, readme).toEqual(['npm', 'pnpm', 'yarn']);
    }
  });
});

/** The first sample of each README that installs packages: its quick start, as plain ESM. */
const QUICK_STARTS = INSTALL_READMES.map((readme) => {
  const sample = readmeSamples(join(repoRoot, readme))[0];
  if (!sample) throw new Error(`${readme} has no TypeScript sample`);
  return sample;
});

for (const manager of ['pnpm', 'yarn'] as const) {
  describe(`${manager} project: the READMEs' ${manager} lines, as written`, () => {
    let dir = '';
    beforeAll(() => {
      dir = projectDir(manager);
    });

    it('installed the packages, onnxruntime-node without CUDA libraries', () => {
      for (const name of [
        '@lrkit/core',
        '@lrkit/tfjs',
        '@lrkit/onnx-training',
        'onnxruntime-node',
      ]) {
        expect(existsSync(join(dir, 'node_modules', name, 'package.json')), name).toBe(true);
      }
      expect(cudaLibraries(dir)).toEqual([]);
    });

    it('runs the quick start of every package README', () => {
      const failures = QUICK_STARTS.flatMap((sample, i) => {
        // Type-checked in the npm project; here it only has to run against this manager's layout.
        const { outputText } = ts.transpileModule(sample.code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        });
        const file = join(dir, `quick-start-${i}.mjs`);
        writeFileSync(file, `// ${sample.where}\n${outputText}`);
        const { status, output } = run(process.execPath, [file], dir);
        return status === 0 ? [] : [`${sample.where} (exit ${status}):\n${output}`];
      });
      expect(failures).toStrictEqual([]);
    });
  });
}
