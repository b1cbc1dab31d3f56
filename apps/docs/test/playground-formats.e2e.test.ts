import { existsSync } from 'node:fs';
import {
  fromDeepSpeed,
  fromTimm,
  fromTimmArgs,
  type Optimizer,
  preview,
  toTorchCode,
} from '@lrkit/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleText } from '../.vitepress/gallery/playground-samples';
import {
  convertSource,
  PLAYGROUND_FORMATS,
  type PlaygroundFormat,
  readSource,
} from '../.vitepress/gallery/playground-source';
import type { ChartRecord } from '../.vitepress/gallery/registry';
import { docsDist as dist, launchChromium } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

/** The playground's record once its revision passes `after` (a redraw happened). */
async function chartAfter(after: number): Promise<ChartRecord> {
  await page.waitForFunction(
    (revision) => (window.__lrkitCharts?.playground?.revision ?? -1) > revision,
    after,
    { timeout: 30_000 },
  );
  return page.evaluate(() => window.__lrkitCharts!.playground!);
}

async function revisionNow(): Promise<number> {
  return page.evaluate(() => window.__lrkitCharts?.playground?.revision ?? -1);
}

async function open(search = ''): Promise<ChartRecord> {
  await page.goto(`${server.url}/gallery/playground${search}`, { waitUntil: 'domcontentloaded' });
  return chartAfter(0);
}

/** Pastes `text` into the editor, as a reader would, and waits for the redraw. */
async function paste(text: string): Promise<ChartRecord> {
  const before = await revisionNow();
  await page.locator('textarea[name="spec"]').fill(text);
  return chartAfter(before);
}

function expectClose(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((value, i) => {
    if (!(Math.abs(actual[i]! - value) <= 1e-12 * Math.max(1, Math.abs(value))))
      expect.fail(`${what}[${i}]: page plotted ${actual[i]}, core gives ${value}`);
  });
}

/** timm's and DeepSpeed's own schedulers (no spec), built by the core and stepped as their library. */
function steppedByLibrary(format: PlaygroundFormat, record: ChartRecord): number[][] {
  const groups = record.baseLrs.map((lr) => ({ lr, betas: [0.9, 0.999] as [number, number] }));
  const optimizer: Optimizer = { paramGroups: groups, defaults: { lr: record.baseLrs[0]! } };
  const json = JSON.parse(sampleText(format));
  let advance: (i: number) => void;
  if (format === 'deepspeed') {
    const scheduler = fromDeepSpeed(optimizer, json.scheduler);
    advance = () => scheduler.step();
  } else if (format === 'timm') {
    const scheduler = fromTimm(optimizer, json);
    advance = (i) => scheduler.step(i);
  } else {
    const { scheduler } = fromTimmArgs(optimizer, json);
    advance = (i) => scheduler.step(i);
  }
  const lrs = groups.map(() => [] as number[]);
  for (let i = 0; i < record.steps; i++) {
    if (i > 0) advance(i);
    for (const [g, group] of groups.entries()) lrs[g]!.push(group.lr);
  }
  return lrs;
}

/** The PyTorch code block's text, or null when the page shows an error instead. */
async function shownCode(): Promise<string | null> {
  const code = page.locator('[data-export="torch"] code');
  return (await code.count()) > 0 ? code.textContent() : null;
}

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(
      'The docs site is not built: run `pnpm --filter @lrkit/docs build` (or `pnpm build`)',
    );
  }
  server = await serveStatic(dist);
  browser = await launchChromium();
  // The copy button writes the clipboard; the test reads it back.
  context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => errors.push(`${error.message} (${page.url()})`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url))
      errors.push(`external request: ${url}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the playground reads every format (built site, headless Chromium)', () => {
  it.each(PLAYGROUND_FORMATS)(
    'pasted %s: detected, plotted as the core computes, PyTorch code copied, URL round trip',
    async (format) => {
      // Opened on other text, so that pasting the sample changes the editor (the spec sample is the default).
      await open(`?spec=${encodeURIComponent('StepLR(step_size=7)')}`);
      const record = await paste(sampleText(format));
      expect(record.error, format).toBeNull();
      await expect(page.locator('.lrkit-detected').getAttribute('data-format')).resolves.toBe(
        format,
      );

      // The converted spec (where the format has one) is what the page plotted: preview(spec).
      const converted = convertSource(readSource(sampleText(format)), record.baseLrs);
      expect(record.specs[0] ?? null).toEqual(converted.spec);
      const [, ...plotted] = record.plotted;
      const expected = converted.spec
        ? preview(converted.spec, { steps: record.steps, baseLrs: record.baseLrs }).lr
        : steppedByLibrary(format, record);
      for (const g of record.baseLrs.keys())
        expectClose(plotted[g]!, expected[g]!, `${format} group ${g}`);

      // The PyTorch code shown is toTorchCode(spec); the copy button puts exactly it on the clipboard.
      if (converted.spec) {
        const code = toTorchCode(converted.spec);
        expect(await shownCode()).toBe(code);
        await page.locator('[data-copy="torch"]').click();
        await page.locator('[data-copy="torch"][data-copied="true"]').waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      } else {
        expect(await shownCode()).toBeNull();
        await expect(page.locator('[data-export-error="torch"]').textContent()).resolves.toMatch(
          /parameter source: must have an lrkit spec/,
        );
      }

      // The address carries the source and its format: opened again, the same curve.
      const url = new URL(page.url());
      expect(url.searchParams.get('spec')).not.toBeNull();
      const reopened = await open(url.search);
      expect(reopened.error).toBeNull();
      expect(reopened.plotted).toEqual(record.plotted);
      await expect(page.locator('textarea[name="spec"]').inputValue()).resolves.toBe(
        sampleText(format),
      );
      expect(errors.splice(0), `console errors for ${format}`).toEqual([]);
    },
  );

  it('sample buttons fill a working example of each format', async () => {
    await open();
    for (const format of PLAYGROUND_FORMATS) {
      const before = await revisionNow();
      await page.locator(`button[data-sample="${format}"]`).click();
      const record = await chartAfter(before);
      expect(record.error, format).toBeNull();
      await expect(page.locator('textarea[name="spec"]').inputValue()).resolves.toBe(
        sampleText(format),
      );
      await page.locator(`.lrkit-detected[data-format="${format}"]`).waitFor();
    }
    expect(errors.splice(0)).toEqual([]);
  });

  it('a forced format is kept in the URL, and what does not fit it is refused under its line', async () => {
    await open();
    await paste(sampleText('hf'));
    let before = await revisionNow();
    await page.locator('select[name="format"]').selectOption('megatron');
    const refused = await chartAfter(before);
    expect(refused.error).toMatch(/init_lr/);
    await page.locator('.lrkit-editor-error').waitFor();
    expect(new URL(page.url()).searchParams.get('format')).toBeNull(); // a failed read is not kept

    before = await revisionNow();
    await page.locator('select[name="format"]').selectOption('hf');
    const forced = await chartAfter(before);
    expect(forced.error).toBeNull();
    expect(new URL(page.url()).searchParams.get('format')).toBe('hf');
    const reopened = await open(new URL(page.url()).search);
    expect(reopened.plotted).toEqual(forced.plotted);
    await expect(page.locator('select[name="format"]').inputValue()).resolves.toBe('hf');
    await expect(page.locator('.lrkit-detected').textContent()).resolves.toMatch(/Read as/);
    expect(errors.splice(0)).toEqual([]);
  });

  it('where the PyTorch export is refused, the error names the spec path; a bad line is marked', async () => {
    await open();
    const spec = {
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 10 },
        { type: 'CosineAnnealingWarmupRestarts', firstCycleSteps: 50, maxLr: 0.1, minLr: 0.001 },
      ],
      milestones: [10],
    };
    const record = await paste(JSON.stringify(spec, null, 2));
    expect(record.error).toBeNull();
    expect(await shownCode()).toBeNull();
    await expect(page.locator('[data-export-error="torch"]').textContent()).resolves.toMatch(
      /parameter schedulers\[1\]\.type: cannot be exported inside SequentialLR/,
    );

    const broken = await paste(
      '{\n  "name": "cosine",\n  "num_warmup_steps": -3,\n  "num_training_steps": 10\n}',
    );
    expect(broken.error).toMatch(/num_warmup_steps/);
    await expect(page.locator('.lrkit-editor-error').getAttribute('data-line')).resolves.toBe('3');
    expect(errors.splice(0)).toEqual([]);
  });
});
