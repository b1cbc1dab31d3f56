import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';

const NODE_ONLY = ['loadCheckpoint', 'saveCheckpoint'];

describe('entries', () => {
  it('the web entry exports what the main one does, less the file checkpoints', async () => {
    const main = await import('../src/index');
    const web = await import('../src/web');
    expect(Object.keys(web).sort()).toEqual(
      Object.keys(main)
        .filter((k) => !NODE_ONLY.includes(k))
        .sort(),
    );
    for (const name of NODE_ONLY) expect(main).toHaveProperty(name);
  });

  it('each entry sets its runtime when it loads; setOrtRuntime replaces it', async () => {
    const { buildMlp, getOrtRuntime, initMlpParams, setOrtRuntime } = await import('../src/web');
    // The last entry loaded wins (the setup file set onnxruntime-node before this import).
    expect(getOrtRuntime().Tensor).toBe(ortWeb.Tensor);
    const shapes = buildMlp({ inputSize: 2, hiddenSizes: [3], outputSize: 1, loss: 'mse' }).params;
    expect(initMlpParams(shapes, { seed: 0 })['layer0.weight']).toBeInstanceOf(ortWeb.Tensor);
    setOrtRuntime(ortNode);
    expect(initMlpParams(shapes, { seed: 0 })['layer0.weight']).toBeInstanceOf(ortNode.Tensor);
  });

  it('setOrtRuntime refuses what is not an onnxruntime module, keeping the current one', async () => {
    const { getOrtRuntime, setOrtRuntime } = await import('../src/runtime/ort-runtime');
    const before = getOrtRuntime();
    for (const bad of [
      null,
      undefined,
      1,
      {},
      { Tensor: ortNode.Tensor },
      { ...ortNode, InferenceSession: {} },
    ]) {
      expect(() => setOrtRuntime(bad as never)).toThrow(
        expect.objectContaining({ name: 'InvalidArgumentError', parameter: 'ort' }),
      );
    }
    expect(getOrtRuntime()).toBe(before);
  });

  it('without a runtime, creating a tensor is an LrkitError that says how to set one', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('../src/runtime/ort-runtime');
    expect(() => fresh.getOrtRuntime()).toThrow(/setOrtRuntime\(ort\)/);
    vi.resetModules();
  });

  it('the web entry bundles for a browser without any node: module', async () => {
    // platform 'browser' cannot resolve node built-ins: an import of one fails the build.
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/web.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      external: ['onnxruntime-web', '@lrkit/core'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.endsWith('src/web.ts'))).toBe(true);
    expect(inputs.filter((p) => /checkpoint-file|durable-fs|use-onnxruntime-node/.test(p))).toEqual(
      [],
    );
    const imports = Object.values(result.metafile.outputs).flatMap((o) =>
      o.imports.map((i) => i.path),
    );
    expect([...new Set(imports)].sort()).toEqual(['@lrkit/core', 'onnxruntime-web']);
  });

  // pnpm check builds before it tests: this reads what would be published.
  it('the built web entry (ESM, CommonJS, types) imports @lrkit/core and onnxruntime-web only', () => {
    const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
    const specifiers = (file: string) => {
      if (!existsSync(dist(file))) throw new Error(`${file} is missing: run pnpm build first`);
      // Comments may quote an import (the JSDoc of setOrtRuntime does): only code counts.
      const code = readFileSync(dist(file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const found = [
        ...code.matchAll(/\bfrom\s*["']([^"']+)["']/g),
        ...code.matchAll(/\bimport\s*\(?\s*["']([^"']+)["']/g),
        ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1]!);
      return [...new Set(found)].sort();
    };
    expect(specifiers('web.js')).toEqual(['@lrkit/core', 'onnxruntime-web']);
    expect(specifiers('web.cjs')).toEqual(['@lrkit/core', 'onnxruntime-web']);
    expect(specifiers('web.d.ts')).toEqual(['@lrkit/core', 'onnxruntime-common']);
    // The main entry is the Node one: onnxruntime-node and the file system.
    expect(specifiers('index.js')).toContain('onnxruntime-node');
    expect(specifiers('index.js').some((s) => /^(node:)?fs\/promises$/.test(s))).toBe(true);
  });
});
