import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type SchedulerSpec } from '@lrkit/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDir } from './run-cli';
import { serveDirectory } from './static-server';

interface PageState {
  status: string;
  choice: { name: string; interval: 'step' | 'epoch'; spec: SchedulerSpec | null } | null;
  baseLr: number;
  stepsPerEpoch: number;
  stepLr: number[];
  stepLoss: number[];
  expectedLr: number[] | null;
  epochs: { epoch: number; lr: number; trainLoss: number }[];
  renders: number;
  lrFind: { lrs: number[]; smoothed: number[]; lr: number | null } | null;
}

const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
const consoleErrors: string[] = [];

const state = (): Promise<PageState> =>
  page.evaluate(() => (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo);

/** The points of the chart path drawn for a series (M/L commands). */
async function pathPoints(chart: string, series: string): Promise<number> {
  const d = await page.locator(`${chart} path[data-series="${series}"]`).getAttribute('d');
  return d?.match(/[ML]/g)?.length ?? 0;
}

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lrkit-demo-web-'));
  await build({
    configFile: join(demoDir, 'web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the live training page', () => {
  it('trains under warmup + cosine, charting lr and loss as it goes, lr as the core says', async () => {
    await page.fill('#epochs', '12');
    await page.dispatchEvent('#epochs', 'change');
    expect(await page.inputValue('#preset')).toBe('warmup-cosine');
    // Before training the lr chart already shows the core's preview of the spec in the editor.
    const spec = JSON.parse(await page.inputValue('#spec')) as SchedulerSpec;
    expect(spec.type).toBe('SequentialLR');
    expect(await pathPoints('#lr-chart', 'core preview')).toBe(12 * 8);

    await page.click('#start');
    expect((await state()).status).toBe('running');
    await page.waitForFunction(() => {
      const s = (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo;
      return s.epochs.length >= 2;
    });
    // The chart is redrawn on the next animation frame: wait for it (onnxruntime-web trains too).
    await page.waitForFunction(() => {
      const d = document
        .querySelector('#lr-chart path[data-series="lr used by tfjs"]')
        ?.getAttribute('d');
      return (d?.match(/[ML]/g)?.length ?? 0) >= 16;
    });
    const early = {
      lr: await pathPoints('#lr-chart', 'lr used by tfjs'),
      renders: (await state()).renders,
    };
    expect(early.lr).toBeGreaterThanOrEqual(16);
    expect(await page.textContent('#status')).toMatch(/epoch \d+\/12/);

    await page.waitForFunction(
      () => (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo.status !== 'running',
      null,
      { timeout: 90_000 },
    );
    const done = await state();
    expect(done.status).toBe('done');
    expect(done.epochs).toHaveLength(12);
    // The charts grew as training went on.
    expect(done.renders).toBeGreaterThan(early.renders);
    expect(await pathPoints('#lr-chart', 'lr used by tfjs')).toBe(96);
    expect(await pathPoints('#loss-chart', 'batch loss')).toBe(96);
    expect(await pathPoints('#loss-chart', 'val loss')).toBe(12);
    expect(done.epochs.at(-1)?.trainLoss).toBeLessThan(done.epochs[0]?.trainLoss ?? 0);

    // Every update used the lr the core computes for this spec, independently of the page.
    expect(done.choice?.spec).toEqual(spec);
    const expected = preview(spec, { steps: 96, baseLrs: [done.baseLr] }).lr[0] ?? [];
    expect(done.stepLr).toHaveLength(96);
    done.stepLr.forEach((lr, i) => {
      expect(lr).toBeCloseTo(expected[i] as number, 12);
    });

    mkdirSync(join(demoDir, 'test-results'), { recursive: true });
    await page.screenshot({
      path: join(demoDir, 'test-results/live-training.png'),
      fullPage: true,
    });
  }, 120_000);

  it('runs a PyTorch-style schedule typed in, stepped per epoch', async () => {
    await page.fill('#epochs', '6');
    await page.dispatchEvent('#epochs', 'change');
    await page.focus('#spec');
    await page.fill('#spec', 'StepLR(step_size=2, gamma=0.5)');
    await page.selectOption('#interval', 'epoch');
    expect(await page.inputValue('#preset')).toBe('custom');
    await page.click('#start');
    expect(await page.textContent('#error')).toBe('');
    expect((await state()).status).toBe('running');
    await page.waitForFunction(
      () => {
        const s = (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo;
        return s.status !== 'running' && s.epochs.length === 6;
      },
      null,
      { timeout: 90_000 },
    );
    const done = await state();
    expect(done.choice).toMatchObject({ name: 'step-lr', interval: 'epoch' });
    const perEpoch =
      preview(done.choice?.spec as SchedulerSpec, { steps: 6, baseLrs: [done.baseLr] }).lr[0] ?? [];
    expect(perEpoch).toEqual(
      [0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125].map((v) => expect.closeTo(v, 15)),
    );
    done.stepLr.forEach((lr, k) => {
      expect(lr).toBeCloseTo(perEpoch[Math.floor(k / 8)] as number, 15);
    });
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it("runs an LR range test, charts it and sets the suggestion as OneCycle's base lr", async () => {
    await page.click('#find-lr');
    await page.waitForFunction(
      () => (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo.lrFind !== null,
      null,
      { timeout: 90_000 },
    );
    const { lrFind, status } = await state();
    expect(status).toBe('done');
    expect(lrFind?.lrs.length).toBeGreaterThan(20);
    const lr = lrFind?.lr as number;
    expect(lr).toBeGreaterThan(lrFind?.lrs[0] as number);
    expect(await page.inputValue('#preset')).toBe('one-cycle');
    expect(Number(await page.inputValue('#lr'))).toBeCloseTo(lr, 3);
    const spec = JSON.parse(await page.inputValue('#spec')) as SchedulerSpec;
    expect(spec).toMatchObject({ type: 'OneCycleLR', maxLr: Number(lr.toPrecision(3)) });
    expect(await page.locator('#lr-find-chart svg').count()).toBe(1);
    expect(await page.textContent('#lr-find-chart')).toContain('valley');
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('shows a clear error for a bad schedule and does not start', async () => {
    await page.fill('#spec', 'CosineAnnealingLR(T_max=0)');
    await page.click('#start');
    expect(await page.textContent('#error')).toMatch(/T_max|tMax/);
    expect((await state()).status).not.toBe('running');
  });
});
