import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { toTorchCode } from '@lrkit/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultValues, galleryEntries } from '../.vitepress/gallery/catalog';
import {
  type CodeInput,
  type CodeTab,
  codeTabs,
  programSpec,
} from '../.vitepress/gallery/code-samples';
import { computeCurve } from '../.vitepress/gallery/compute';
import type { GalleryEntry } from '../.vitepress/gallery/types';

/**
 * Every code tab of every gallery page, at the page's default values, is a program that
 * type-checks against the real packages (core, tfjs, onnx-training), and the core and fromTorch
 * programs print exactly the values the chart plots.
 */
const dir = fileURLToPath(new URL('../test-results/code-samples/', import.meta.url));
const require = createRequire(import.meta.url);

function inputOf(entry: GalleryEntry): CodeInput {
  return { values: defaultValues(entry), baseLrs: entry.baseLrs, steps: entry.steps };
}

function stepsOf(entry: GalleryEntry, input: CodeInput): number {
  return entry.fixedSteps?.(input.values) ?? input.steps;
}

const all = galleryEntries.map((entry) => {
  const input = inputOf(entry);
  input.steps = stepsOf(entry, input);
  return { entry, input, tabs: codeTabs(entry, input) };
});

function fileOf(slug: string, tab: CodeTab): string {
  return `${slug}.${tab.id}.ts`;
}

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const { entry, tabs } of all) {
    for (const tab of tabs) {
      if (!tab.code || tab.lang !== 'ts') continue;
      writeFileSync(`${dir}${fileOf(entry.slug, tab)}`, `${tab.code}\n`);
      files.push(fileOf(entry.slug, tab));
    }
  }
  writeFileSync(
    `${dir}tsconfig.json`,
    JSON.stringify({
      extends: '../../../../tsconfig.base.json',
      compilerOptions: { lib: ['ES2022', 'DOM'], types: ['node'], noEmit: true, module: 'ESNext' },
      files,
    }),
  );
});

afterAll(() => {
  vi.restoreAllMocks();
});

/** Runs a generated program and returns what it printed, one array of arguments per line. */
async function run<T = number>(file: string): Promise<T[][]> {
  const printed: T[][] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args as T[]);
  });
  try {
    await import(/* @vite-ignore */ `${dir}${file}`);
  } finally {
    spy.mockRestore();
  }
  return printed;
}

describe('the code tabs of every gallery page', () => {
  it('type-check against the real packages (strict tsconfig of the repo)', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', `${dir}tsconfig.json`], { encoding: 'utf8' });
    } catch (caught) {
      output = String((caught as { stdout?: string }).stdout ?? caught);
    }
    expect(output).toBe('');
  }, 300_000);

  it('has a core, tfjs and onnx program on every page with a spec or a PyTorch class, and fromTorch on the PyTorch classes', () => {
    for (const { entry, tabs } of all) {
      const byId = Object.fromEntries(tabs.map((t) => [t.id, t]));
      // Pages built by an importer in code (no spec) show the importer's own usage instead.
      if (entry.spec || entry.family === 'torch') {
        expect(byId.core?.code, `${entry.slug} core`).toBeTruthy();
        expect(byId.tfjs?.code, `${entry.slug} tfjs`).toContain('LrSchedulerCallback');
        expect(byId.onnx?.code, `${entry.slug} onnx`).toContain('Trainer.create');
      }
      if (entry.family === 'torch')
        expect(byId.fromTorch?.code, `${entry.slug} fromTorch`).toContain('fromTorch(');
      for (const tab of tabs) expect(tab.code ?? tab.note, `${entry.slug} ${tab.id}`).toBeTruthy();
    }
  });

  it.each(all.map(({ entry }) => entry.slug))(
    '%s: the core and fromTorch programs print the plotted values, exactly',
    async (slug) => {
      const { entry, input, tabs } = all.find((a) => a.entry.slug === slug)!;
      const curve = computeCurve(entry, input.values, input.baseLrs, input.steps);
      const expected = curve.steps.map((step) => [step, ...curve.lr.map((group) => group[step]!)]);
      for (const tab of tabs.filter((t) => (t.id === 'core' || t.id === 'fromTorch') && t.code)) {
        const printed = await run(fileOf(slug, tab));
        expect(printed, `${slug} ${tab.id}`).toEqual(expected);
      }
    },
  );

  // Training runs are slower: two pages, one of them cycling momentum (beta1) to the very last step.
  it.each(['one-cycle-lr', 'step-lr'])(
    '%s: the tfjs and onnx-training programs train with the plotted lrs',
    async (slug) => {
      const { entry, input } = all.find((a) => a.entry.slug === slug)!;
      const curve = computeCurve(entry, input.values, input.baseLrs, input.steps);
      const [tfjsLine] = await run<number[]>(`${slug}.tfjs.ts`);
      // History's lr of epoch e: the lr its batch used, the chart's step e (group 0).
      expect(tfjsLine![0]).toEqual(curve.lr[0]);
      const [onnxLine] = await run<{ length: number }[]>(`${slug}.onnx.ts`);
      const logged = onnxLine![0] as unknown as number[][];
      expect(logged).toHaveLength(input.steps);
      // Each epoch log has the lrs after its hooks ran: what the next epoch starts with.
      for (let e = 0; e < input.steps - 1; e++)
        expect(logged[e], `epoch ${e}`).toEqual(curve.lr.map((group) => group[e + 1]));
    },
    300_000,
  );

  it.each(all.map(({ entry }) => entry.slug))(
    '%s: the PyTorch tab is exactly toTorchCode(spec), or says why there is none',
    (slug) => {
      const { entry, input, tabs } = all.find((a) => a.entry.slug === slug)!;
      const pytorch = tabs.find((t) => t.id === 'pytorch')!;
      const spec = programSpec(entry, input.values, input.baseLrs.length);
      if (!spec) {
        expect(pytorch.code).toBeNull();
        expect(pytorch.note).toMatch(
          entry.family === 'torch' ? /PyTorch has torch\.optim\.lr_scheduler\./ : /has no spec/,
        );
        return;
      }
      let code: string | null = null;
      try {
        code = toTorchCode(spec);
      } catch {
        // The note then carries toTorchCode's reason.
      }
      expect(pytorch.code).toBe(code);
      if (!code) expect(pytorch.note).toMatch(/^toTorchCode does not write this spec: /);
    },
  );
});
