import { existsSync, readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { preview } from '@lrkit/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryBySlug } from '../.vitepress/gallery/catalog';
import { firstRows } from '../.vitepress/gallery/chart-data';
import { codeTabs } from '../.vitepress/gallery/code-samples';
import type { ChartRecord } from '../.vitepress/gallery/registry';
import { docsDist as dist, launchChromium } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

/**
 * The parts of a schedule page around the chart, in headless Chromium on the built site: code tabs
 * (highlighted, copyable, following the controls), the table of first values, the paper, one curve
 * for coinciding groups, base-lr controls only where they act, the log axis and the CSV and PNG
 * downloads. Every wait is on a condition; timeouts are generous for a loaded 2-core machine.
 */
const WAIT = 30_000;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

async function chartOf(id: string, afterRevision = 0): Promise<ChartRecord> {
  await page.waitForFunction(
    ([chartId, revision]) => {
      const record = window.__lrkitCharts?.[chartId as string];
      return record !== undefined && record.revision > (revision as number);
    },
    [id, afterRevision] as const,
    { timeout: WAIT },
  );
  return page.evaluate((chartId) => window.__lrkitCharts![chartId]!, id);
}

async function open(slug: string): Promise<ChartRecord> {
  await page.goto(`${server.url}/gallery/${slug}`, { waitUntil: 'domcontentloaded' });
  return chartOf(`schedule-${slug}`);
}

async function type(slug: string, name: string, value: string): Promise<void> {
  const control = page.locator(`[data-chart-id="schedule-${slug}"] [name="${name}"]`);
  await control.fill(value);
  await control.dispatchEvent('change');
}

function tabsOf(slug: string, record: ChartRecord) {
  return codeTabs(entryBySlug(slug), {
    values: record.values[0]!,
    baseLrs: record.baseLrs,
    steps: record.steps,
  });
}

/** The text of the code block of a tab, after clicking its label. */
async function tabText(slug: string, tab: string): Promise<string> {
  const root = `[data-chart-id="schedule-${slug}"] .lrkit-code-tabs`;
  await page.locator(`${root} label[for="code-${slug}-${tab}"]`).click();
  const block = page.locator(`${root} .blocks > div[data-tab="${tab}"]`);
  await block.locator('pre').waitFor({ state: 'visible', timeout: WAIT });
  return (await block.locator('pre').textContent()) ?? '';
}

async function download(slug: string, kind: 'csv' | 'png'): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: WAIT }),
    page.locator(`[data-chart-id="schedule-${slug}"] button[data-export="${kind}"]`).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`${slug}.${kind}`);
  const path = await file.path();
  return readFileSync(path);
}

/** Canvas pixels of the first series' colour in the lr chart: proof a curve was drawn. */
async function linePixels(id: string): Promise<number> {
  return page.evaluate((chartId) => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      `[data-chart-id="${chartId}"] .lrkit-plot canvas`,
    );
    if (!canvas) return 0;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let p = 0; p < data.length; p += 4)
      if (
        data[p + 3]! > 200 &&
        Math.abs(data[p]! - 0x3b) + Math.abs(data[p + 1]! - 0x82) + Math.abs(data[p + 2]! - 0xf6) <
          30
      )
        count++;
    return count;
  }, id);
}

function expectNoConsoleErrors(where: string): void {
  expect(errors.splice(0), `console errors on ${where}`).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('The docs site is not built: run `pnpm --filter @lrkit/docs build`');
  }
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${error.message} (${page.url()})`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${page.url()})`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['one-cycle-lr', 'cosine', 'step-lr', 'reduce-lr-on-plateau', 'sequential-lr'];

describe('schedule pages, built, in headless Chromium', () => {
  it.each(PAGES)(
    '%s: every code tab shows the generated program, highlighted and copyable',
    async (slug) => {
      const record = await open(slug);
      const expected = tabsOf(slug, record);
      for (const tab of expected) {
        if (!tab.code) {
          const note = page.locator(
            `[data-chart-id="schedule-${slug}"] .blocks > div[data-tab="${tab.id}"] .lrkit-tab-note`,
          );
          await page
            .locator(`[data-chart-id="schedule-${slug}"] label[for="code-${slug}-${tab.id}"]`)
            .click();
          await expect(note.textContent()).resolves.toBe(tab.note);
          continue;
        }
        expect(await tabText(slug, tab.id), `${slug} ${tab.id}`).toBe(tab.code);
        const block = page.locator(
          `[data-chart-id="schedule-${slug}"] .blocks > div[data-tab="${tab.id}"]`,
        );
        expect(await block.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(5);
        const button = block.locator('button.copy');
        await button.click();
        await page.waitForFunction(
          (selector) => document.querySelector(selector)?.classList.contains('copied') === true,
          `[data-chart-id="schedule-${slug}"] .blocks > div[data-tab="${tab.id}"] button.copy`,
          { timeout: WAIT },
        );
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied, `${slug} ${tab.id} copied`).toBe(tab.code);
      }
      expect(expected.find((t) => t.id === 'pytorch')!.code).toMatch(/^import /m);
      expectNoConsoleErrors(slug);
    },
  );

  it('the code follows the controls (and never shows a refused value)', async () => {
    const slug = 'one-cycle-lr';
    const first = await open(slug);
    await type(slug, 'pctStart', '0.45');
    const changed = await chartOf(`schedule-${slug}`, first.revision);
    expect(changed.values[0]!.pctStart).toBe(0.45);
    const core = await tabText(slug, 'core');
    expect(core).toBe(tabsOf(slug, changed).find((t) => t.id === 'core')!.code);
    expect(core).toContain('pctStart: 0.45');
    expect(await tabText(slug, 'pytorch')).toContain('pct_start=0.45');
    expect(await tabText(slug, 'fromTorch')).toContain('pct_start: 0.45');
    await type('one-cycle-lr', 'totalSteps', '100000000');
    await expect(
      page.locator(`[data-chart-id="schedule-${slug}"] .lrkit-invalid`).first().textContent(),
    ).resolves.toMatch(/totalSteps/);
    expect(await tabText(slug, 'core')).not.toContain('100000000');
    expectNoConsoleErrors('code follows controls');
  });

  it.each(PAGES)('%s: the table shows the first values and the last, per group', async (slug) => {
    const record = await open(slug);
    const rows = firstRows(record.curves[0]!);
    const cells = await page.$$eval(
      `[data-chart-id="schedule-${slug}"] table.lrkit-values tbody tr`,
      (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
    expect(cells).toEqual(rows.map((row) => [String(row.step), ...row.values]));
    expect(cells).toHaveLength(11);
    expect(cells.at(-1)![0]).toBe(String(record.steps - 1));
    // Full precision: each cell reads back as the number the chart computed.
    for (const [i, row] of cells.entries())
      row.slice(1).forEach((text, g) => {
        const step = Number(row[0]);
        expect(Number(text), `row ${i} group ${g}`).toBe(record.curves[0]!.lr[g]![step]);
      });
  });

  it('names the paper a schedule comes from, and only then', async () => {
    for (const slug of ['one-cycle-lr', 'cosine', 'cyclic-lr', 'cosine-annealing-warm-restarts']) {
      await open(slug);
      const paper = entryBySlug(slug).paper!;
      const link = page.locator(`.vp-doc a[href="${paper.url}"]`);
      await expect(link.textContent()).resolves.toBe(paper.title);
    }
    await open('step-lr');
    expect(await page.locator('.vp-doc a[href^="https://arxiv.org/"]').count()).toBe(0);
  });

  it('draws one curve labelled "all groups" when the groups coincide', async () => {
    const one = await open('one-cycle-lr');
    expect(one.curves[0]!.lr[0]).toEqual(one.curves[0]!.lr[1]);
    // x, one lr series, one momentum series.
    expect(one.plotted).toHaveLength(3);
    const legend = await page
      .locator('[data-chart-id="schedule-one-cycle-lr"] .lrkit-plot')
      .first()
      .locator('.u-legend')
      .textContent();
    expect(legend).toContain('all groups lr');
    expect(legend).not.toContain('group 1 lr');

    const step = await open('step-lr');
    expect(step.plotted).toHaveLength(3);
    const stepLegend = await page
      .locator('[data-chart-id="schedule-step-lr"] .u-legend')
      .first()
      .textContent();
    expect(stepLegend).toContain('group 0 lr');
    expect(stepLegend).toContain('group 1 lr');
  });

  it('has base-lr controls only where they act', async () => {
    for (const slug of ['cosine', 'one-cycle-lr', 'timm-cosine']) {
      await open(slug);
      const id = `[data-chart-id="schedule-${slug}"]`;
      expect(await page.locator(`${id} [name="baseLr0"]`).count(), slug).toBe(0);
      await expect(page.locator(`${id} .lrkit-absolute-note`).isVisible()).resolves.toBe(true);
    }
    for (const slug of ['step-lr', 'hf-cosine']) {
      const first = await open(slug);
      const id = `schedule-${slug}`;
      await type(slug, 'baseLr0', '0.3');
      const changed = await chartOf(id, first.revision);
      expect(changed.baseLrs[0]).toBe(0.3);
      const expected = preview(changed.specs[0]!, {
        steps: changed.steps,
        baseLrs: changed.baseLrs,
      });
      expected.lr[0]!.forEach((value, i) => {
        const got = changed.plotted[1]![i]!;
        expect(Math.abs(got - value), `step ${i}`).toBeLessThanOrEqual(1e-12 * Math.abs(value));
      });
      expect(changed.plotted[1]).not.toEqual(first.plotted[1]);
      expect(await tabText(slug, 'core')).toContain('{ lr: 0.3 }');
    }
    expectNoConsoleErrors('base-lr controls');
  });

  it.each(['one-cycle-lr', 'cosine', 'piecewise-interpolated'])(
    '%s: the log-scale toggle redraws the lr on a log axis',
    async (slug) => {
      const id = `schedule-${slug}`;
      const first = await open(slug);
      expect(first.logScale).toBe(false);
      await page.locator(`[data-chart-id="${id}"] [name="logScale"]`).check();
      const log = await chartOf(id, first.revision);
      expect(log.logScale).toBe(true);
      await page.waitForSelector(`[data-chart-id="${id}"] .lrkit-plot[data-log-scale="true"]`, {
        timeout: WAIT,
      });
      const lr = log.curves[0]!.lr[0]!;
      // Values ≤ 0 have no place on a log axis: they are left out (null), the rest as computed.
      expect(log.plotted[1]).toEqual(lr.map((v) => (v > 0 ? v : null)));
      // uPlot's own lr scale is log10 (distr 3), and the curve is drawn on it.
      await page.waitForSelector(`[data-chart-id="${id}"] .lrkit-plot[data-y-distr="3"]`, {
        timeout: WAIT,
      });
      expect(await linePixels(id)).toBeGreaterThan(100);
      await page.locator(`[data-chart-id="${id}"] [name="logScale"]`).uncheck();
      const linear = await chartOf(id, log.revision);
      expect(linear.logScale).toBe(false);
      await page.waitForSelector(`[data-chart-id="${id}"] .lrkit-plot[data-y-distr="1"]`, {
        timeout: WAIT,
      });
      expect(linear.plotted[1]).toEqual(lr);
      expectNoConsoleErrors(`${slug} log scale`);
    },
  );

  it.each(['one-cycle-lr', 'cosine', 'step-lr', 'reduce-lr-on-plateau'])(
    '%s: the CSV download holds the plotted numbers, every group, full precision',
    async (slug) => {
      const record = await open(slug);
      const csv = (await download(slug, 'csv')).toString('utf8');
      const [header, ...rows] = csv.trimEnd().split('\n');
      const groups = record.baseLrs.length;
      expect(header).toBe(
        ['step', ...Array.from({ length: groups }, (_, g) => `group ${g} lr`)].join(','),
      );
      const parsed = rows.map((row) => row.split(',').map(Number));
      expect(parsed.map((row) => row[0])).toEqual(record.plotted[0]);
      const curve = record.curves[0]!;
      const coincident = curve.lr.every((s) => s.every((v, i) => v === curve.lr[0]![i]));
      for (let g = 0; g < groups; g++) {
        const column = parsed.map((row) => row[g + 1]);
        expect(column).toEqual(curve.lr[g]);
        // What was drawn: the group's own series, or the single "all groups" one.
        expect(column).toEqual(record.plotted[coincident ? 1 : 1 + g]);
      }
    },
  );

  it.each(['one-cycle-lr', 'cosine'])(
    '%s: the PNG download is a valid PNG of the chart',
    async (slug) => {
      await open(slug);
      const png = await download(slug, 'png');
      expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      // Walk the chunks: each CRC must match, IHDR first, IEND last.
      const chunks: { type: string; data: Buffer }[] = [];
      for (let at = 8; at < png.length; ) {
        const length = png.readUInt32BE(at);
        const type = png.subarray(at + 4, at + 8).toString('latin1');
        const data = png.subarray(at + 8, at + 8 + length);
        expect(png.readUInt32BE(at + 8 + length), `${type} crc`).toBe(
          crc32(png.subarray(at + 4, at + 8 + length)),
        );
        chunks.push({ type, data });
        at += 12 + length;
      }
      expect(chunks[0]!.type).toBe('IHDR');
      expect(chunks.at(-1)!.type).toBe('IEND');
      const ihdr = chunks[0]!.data;
      const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
      const canvas = await page.evaluate((id) => {
        const c = document.querySelector<HTMLCanvasElement>(
          `[data-chart-id="${id}"] .lrkit-plot canvas`,
        );
        return c ? [c.width, c.height] : null;
      }, `schedule-${slug}`);
      expect([width, height]).toEqual(canvas);
      const pixels = inflateSync(
        Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)),
      );
      const bytesPerPixel = { 2: 3, 6: 4 }[ihdr[9]!] ?? 0;
      expect(ihdr[8], 'bit depth').toBe(8);
      expect(pixels.length).toBe(height * (1 + width * bytesPerPixel));
      // The browser decodes it, and it is not blank: the first group's line colour is in it.
      const lineColourPixels = await page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        let count = 0;
        for (let p = 0; p < data.length; p += 4)
          if (
            Math.abs(data[p]! - 0x3b) +
              Math.abs(data[p + 1]! - 0x82) +
              Math.abs(data[p + 2]! - 0xf6) <
            30
          )
            count++;
        return count;
      }, png.toString('base64'));
      expect(lineColourPixels).toBeGreaterThan(100);
      expectNoConsoleErrors(`${slug} PNG`);
    },
  );
});
