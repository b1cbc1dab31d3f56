import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestPage, type TestPage } from './web/browser-harness';

// The README's browser samples (```js page scripts on the /web entry) run in headless Chromium:
// bundled with esbuild, served with onnxruntime-web's files at /ort/, any other host refused.
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const samples = [...readme.matchAll(/^```js[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => m[1]!);
const alias = {
  '@lrkit/onnx-training/web': fileURLToPath(new URL('../src/web.ts', import.meta.url)),
};

describe('README browser samples', () => {
  const pages: TestPage[] = [];
  afterAll(async () => {
    for (const tp of pages) await tp.close();
  });

  it('has the page script of "In the browser"', () => {
    expect(samples).toHaveLength(1);
    expect(samples[0]).toContain("from '@lrkit/onnx-training/web'");
  });

  samples.forEach((code, i) => {
    it(`sample ${i} runs in Chromium, offline, and its loss falls`, {
      timeout: 300_000,
    }, async () => {
      const contents = `${code}\nglobalThis.lrkitSampleDone = true;\n`;
      const tp = await openTestPage({ contents, alias });
      pages.push(tp);
      await tp.page
        .waitForFunction(() => 'lrkitSampleDone' in globalThis || null, undefined, {
          timeout: 240_000,
        })
        .catch((error: Error) => {
          throw new Error(`${error.message}\npage errors: ${tp.errors.join('; ')}`);
        });
      expect(tp.errors).toEqual([]);
      expect(tp.offHost).toEqual([]);
      expect(tp.ortFiles.some((f) => f.endsWith('.wasm'))).toBe(true);
      const line = tp.logs.find((l) => l.startsWith('loss '));
      const [first, last] = (line ?? '').match(/\d+(?:\.\d+)?(?:e-?\d+)?/g)!.map(Number);
      expect(first).toBeGreaterThan(0.5);
      expect(last).toBeLessThan(first! / 4);
    });
  });
});
