// The live page on a 390 px phone and on a desktop, and its list of runs: earlier runs stay, with
// their own numbers and curves, beside the new one.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, horizontalExtent, launchChromium, PHONE, renderedWidths } from './chromium';
import { demoDir } from './run-cli';
import { serveDirectory } from './static-server';

interface Run {
  id: number;
  schedule: string;
  status: string;
  stepLr: number[];
  epochs: { epoch: number; valLoss: number; valAccuracy: number }[];
}
interface PageState {
  status: string;
  runs: Run[];
}

const CONTROLS = ['#preset', '#spec', '#interval', '#epochs', '#lr', '#seed', '#start', '#find-lr'];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const outDir = mkdtempSync(join(tmpdir(), 'lrkit-demo-layout-'));
const consoleErrors: string[] = [];

const state = (page: Page): Promise<PageState> =>
  page.evaluate(() => (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo);

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Starts a run of a preset for some epochs and waits until it has finished. */
async function trainPreset(page: Page, preset: string, epochs: number): Promise<void> {
  await page.fill('#epochs', String(epochs));
  await page.dispatchEvent('#epochs', 'change');
  await page.selectOption('#preset', preset);
  const before = (await state(page)).runs.length;
  await page.click('#start');
  await page.waitForFunction(
    (count) => {
      const s = (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo;
      return s.runs.length === count && s.status !== 'running';
    },
    before + 1,
    { timeout: 90_000 },
  );
}

/** The number of points of a chart's path for a series (0 when the series is not drawn). */
async function pathPoints(page: Page, chart: string, series: string): Promise<number> {
  const path = page.locator(`${chart} path[data-series="${series}"]`);
  if ((await path.count()) === 0) return 0;
  return (await path.getAttribute('d'))?.match(/[ML]/g)?.length ?? 0;
}

/** Every control lies inside the viewport's width and is the element found at its own centre. */
async function controlsReachable(page: Page, width: number) {
  return page.evaluate(
    ({ selectors, width }) =>
      selectors.map((selector) => {
        const el = document.querySelector(selector) as HTMLElement;
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          selector,
          inside: box.left >= 0 && box.right <= width,
          onTop: hit === el || el.contains(hit),
          height: box.height,
        };
      }),
    { selectors: CONTROLS, width },
  );
}

beforeAll(async () => {
  await build({
    configFile: join(demoDir, 'web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the live page on a 390 × 844 phone', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(PHONE);
  }, 60_000);
  afterAll(() => page?.close());

  it('has no sideways scroll and every control is reachable and large enough to tap', async () => {
    expect((await horizontalExtent(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    for (const control of await controlsReachable(page, PHONE.width)) {
      expect(control, control.selector).toMatchObject({ inside: true, onTop: true });
      if (control.selector !== '#spec')
        expect(control.height, control.selector).toBeGreaterThanOrEqual(36);
    }
  });

  it('trains, charts shrink to the screen, and two runs are both kept with their own numbers', async () => {
    await trainPreset(page, 'warmup-cosine', 3);
    await trainPreset(page, 'one-cycle', 4);
    const { runs } = await state(page);
    expect(runs.map((r) => [r.id, r.schedule, r.status, r.epochs.length])).toEqual([
      [1, 'warmup-cosine', 'done', 3],
      [2, 'one-cycle', 'done', 4],
    ]);
    // The list shows each run's own final validation numbers (newest first).
    const items = await page.locator('#runs li').allTextContents();
    expect(items).toHaveLength(2);
    for (const [i, run] of [...runs].reverse().entries()) {
      const last = run.epochs.at(-1);
      if (!last) throw new Error(`run ${run.id} has no epochs`);
      expect(items[i]).toContain(`run ${run.id} · ${run.schedule}`);
      expect(items[i]).toContain(`${run.epochs.length}/${run.epochs.length} epochs`);
      expect(items[i]).toContain(`val loss ${last.valLoss.toFixed(4)}`);
      expect(items[i]).toContain(`val acc ${(last.valAccuracy * 100).toFixed(1)}%`);
      expect(items[i]).toContain(`to ${last.valLoss.toFixed(4)} after epoch ${run.epochs.length}`);
    }
    expect(runs[0]?.epochs.at(-1)?.valLoss).not.toBe(runs[1]?.epochs.at(-1)?.valLoss);

    // The earlier run's curves are drawn beside the current one's.
    expect(await pathPoints(page, '#lr-chart', 'lr used by tfjs')).toBe(4 * 8);
    expect(await pathPoints(page, '#lr-chart', 'run 1')).toBe(3 * 8);
    expect(await pathPoints(page, '#loss-chart', 'run 1 val')).toBe(3);
    expect(await pathPoints(page, '#lr-chart', 'run 2')).toBe(0); // the current run, drawn as such

    const extent = await horizontalExtent(page);
    expect(extent.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    for (const width of await renderedWidths(page, '.chart svg')) {
      expect(width).toBeGreaterThan(250);
      expect(width).toBeLessThanOrEqual(PHONE.width - 24);
    }
    expect(consoleErrors).toEqual([]);
    mkdirSync(join(demoDir, 'test-results'), { recursive: true });
    await page.screenshot({
      path: join(demoDir, 'test-results/phone-two-runs.png'),
      fullPage: true,
    });
  }, 180_000);

  it('hides and shows an earlier run with its box', async () => {
    const box = page.locator('#runs li[data-run-id="1"] input[type="checkbox"]');
    await box.uncheck();
    await page.waitForFunction(
      () => !document.querySelector('#lr-chart path[data-series="run 1"]'),
    );
    expect(await pathPoints(page, '#loss-chart', 'run 1 val')).toBe(0);
    expect((await state(page)).runs[0]?.stepLr).toHaveLength(24); // hidden, not dropped
    await box.check();
    await page.waitForFunction(
      () => document.querySelector('#lr-chart path[data-series="run 1"]') !== null,
    );
    expect(await pathPoints(page, '#lr-chart', 'run 1')).toBe(24);
  });

  it('keeps the earlier runs drawn after the schedule changes (no current run)', async () => {
    await page.selectOption('#preset', 'constant');
    await page.waitForFunction(
      () => document.querySelector('#lr-chart path[data-series="run 2"]') !== null,
    );
    expect(await pathPoints(page, '#lr-chart', 'run 2')).toBe(32);
    expect(await pathPoints(page, '#loss-chart', 'run 2 val')).toBe(4);
  });
});

describe('the live page on a desktop', () => {
  it('puts the controls beside the charts at full size, without sideways scroll', async () => {
    const page = await openPage(DESKTOP);
    expect((await horizontalExtent(page)).scrollWidth).toBeLessThanOrEqual(DESKTOP.width);
    const form = await page.locator('#controls').boundingBox();
    const charts = await page.locator('.charts').boundingBox();
    expect(form && charts && form.x + form.width <= charts.x).toBe(true);
    for (const width of await renderedWidths(page, '.chart svg')) expect(width).toBe(466); // the chart's own width (border-box)
    for (const control of await controlsReachable(page, DESKTOP.width)) {
      expect(control, control.selector).toMatchObject({ inside: true, onTop: true });
    }
    await page.close();
  }, 60_000);
});
