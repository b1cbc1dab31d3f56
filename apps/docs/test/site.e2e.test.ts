import { existsSync } from 'node:fs';
import { fromTorch, type Optimizer, parseTorchString, preview } from '@lrkit/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { galleryEntries } from '../.vitepress/gallery/catalog';
import type { ChartRecord } from '../.vitepress/gallery/registry';
import { SEARCH_ALIASES } from '../.vitepress/gallery/search-aliases';
import { docsDist as dist, launchChromium } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('The docs site is not built: run `pnpm --filter @lrkit/docs build`');
  }
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${page.url()})`);
  });
  page.on('pageerror', (e) => errors.push(`${e.message} (${page.url()})`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function expectNoConsoleErrors(where: string): void {
  expect(errors.splice(0), `console errors on ${where}`).toEqual([]);
}

async function chartOf(id: string, afterRevision = 0): Promise<ChartRecord> {
  await page.waitForFunction(
    ([chartId, revision]) => {
      const record = window.__lrkitCharts?.[chartId as string];
      return record !== undefined && record.revision > (revision as number);
    },
    [id, afterRevision] as const,
    { timeout: 15_000 },
  );
  return page.evaluate((chartId) => window.__lrkitCharts![chartId]!, id);
}

/** Client-side navigation, as a reader clicking a link (no full reload). */
async function navigate(href: string): Promise<void> {
  const before = await page.evaluate(() => window.location.href);
  await page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = target;
    document.body.append(link);
    link.click();
    link.remove();
  }, href);
  await page.waitForFunction((old) => window.location.href !== old, before);
}

function expectClose(
  actual: readonly (number | null)[],
  expected: readonly number[],
  what: string,
) {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((value, i) => {
    const got = actual[i] as number;
    if (!(Math.abs(got - value) <= 1e-12 * Math.max(1, Math.abs(value))))
      expect.fail(`${what}[${i}]: ${got} vs ${value}`);
  });
}

async function searchFor(query: string): Promise<string[]> {
  const input = page.locator('#localsearch-input');
  if (!(await input.isVisible())) {
    await page.locator('.VPNavBarSearch button').first().click();
    await input.waitFor();
  }
  await input.fill(query);
  // Results follow the typing after a short debounce: wait until they name the query's page set.
  await page.waitForTimeout(150);
  await page.waitForFunction(
    (q) => (document.querySelector('#localsearch-input') as HTMLInputElement).value === q,
    query,
  );
  await page.waitForTimeout(250);
  return page.$$eval('.VPLocalSearchBox .results a', (anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('docs site search, playground and capped controls, in headless Chromium', () => {
  it('search finds every gallery page by its name and its other libraries’ names', async () => {
    await page.goto(`${server.url}/gallery/`, { waitUntil: 'networkidle' });
    const missed: string[] = [];
    let searched = 0;
    for (const entry of galleryEntries) {
      const target = `/gallery/${entry.slug}`;
      for (const query of new Set([entry.name, ...(SEARCH_ALIASES[entry.slug] ?? [])])) {
        searched++;
        const found = await searchFor(query);
        if (!found.includes(target))
          missed.push(`"${query}" → ${target} (got ${found.slice(0, 3)})`);
      }
    }
    expect(searched).toBeGreaterThan(galleryEntries.length * 2);
    expect(missed).toEqual([]);
    // The examples of the issue land on the gallery page first.
    expect((await searchFor('OneCycleLR'))[0]).toBe('/gallery/one-cycle-lr');
    expect(await searchFor('get_cosine_schedule_with_warmup')).toContain('/gallery/hf-cosine');
    expect(await searchFor('CosineDecay')).toContain('/gallery/keras-cosine-decay');
    await page.keyboard.press('Escape');
    expectNoConsoleErrors('search');
    // Several hundred searches, each waiting out the search box's debounce.
  }, 600_000);

  it('every gallery page opens in the playground, which draws the same curve', async () => {
    await page.goto(`${server.url}/gallery/`, { waitUntil: 'domcontentloaded' });
    let opened = 0;
    for (const entry of galleryEntries) {
      await navigate(`/gallery/${entry.slug}`);
      const id = `schedule-${entry.slug}`;
      const chart = await chartOf(id);
      const link = page.locator(`[data-chart-id="${id}"] a.lrkit-playground-link`);
      if (!entry.spec) {
        // Function options (LambdaLR) have no spec, so no link.
        expect(await link.count(), entry.slug).toBe(0);
        continue;
      }
      const href = await link.getAttribute('href');
      expect(href, entry.slug).toBeTruthy();
      await navigate(href!);
      const drawn = await chartOf('playground');
      expect(drawn.error, `${entry.slug} in the playground`).toBeNull();
      expect(drawn.specs[0]).toEqual(chart.specs[0]);
      expect(drawn.steps, entry.slug).toBe(chart.steps);
      // The computed curves, group by group: the page draws coinciding groups as one series.
      for (let g = 0; g < chart.baseLrs.length; g++)
        expectClose(drawn.curves[0]!.lr[g]!, chart.curves[0]!.lr[g]!, `${entry.slug} group ${g}`);
      if (entry.stepArg) {
        await expect(page.locator('input[name="metric"]').isVisible()).resolves.toBe(true);
      }
      opened++;
    }
    expect(opened).toBe(galleryEntries.filter((e) => e.spec).length);
    expectNoConsoleErrors('playground from the gallery');
  });

  it('the playground takes PyTorch text, keeps it in the URL and shows errors under their line', async () => {
    const torch = 'OneCycleLR(max_lr=0.1, total_steps=60, three_phase=True)';
    await page.goto(`${server.url}/gallery/playground`, { waitUntil: 'domcontentloaded' });
    const first = await chartOf('playground');
    await page.locator('textarea[name="spec"]').fill(torch);
    const drawn = await chartOf('playground', first.revision);
    expect(drawn.error).toBeNull();
    // 200 steps asked, OneCycleLR has 60: only the valid range is plotted.
    expect(drawn.steps).toBe(60);
    const config = parseTorchString(torch);
    const expected = preview((o: Optimizer) => fromTorch(o, config), {
      steps: 60,
      baseLrs: drawn.baseLrs,
    });
    expectClose(drawn.plotted[1]!, expected.lr[0]!, 'PyTorch text');
    expect(new URL(page.url()).searchParams.get('spec')).toBe(torch);
    await page.reload({ waitUntil: 'domcontentloaded' });
    const reloaded = await chartOf('playground');
    expect(await page.locator('textarea[name="spec"]').inputValue()).toBe(torch);
    expectClose(reloaded.plotted[1]!, expected.lr[0]!, 'PyTorch text after reload');

    const broken =
      '{\n  "version": 1,\n  "type": "cosine",\n  "peakLr": 0.1,,\n  "decaySteps": 10\n}';
    await page.locator('textarea[name="spec"]').fill(broken);
    const failed = await chartOf('playground', reloaded.revision);
    expect(failed.error).toMatch(/not valid JSON/);
    const box = page.locator('.lrkit-editor-error');
    expect(await box.getAttribute('data-line')).toBe('4');
    const [editorBox, errorBox] = [
      await page.locator('textarea[name="spec"]').boundingBox(),
      await box.boundingBox(),
    ];
    const lineHeight = 13 * 1.5;
    const below = errorBox!.y - editorBox!.y;
    expect(below).toBeGreaterThan(4 * lineHeight);
    expect(below).toBeLessThan(5 * lineHeight + 12);
    expect(await page.locator('[data-chart-id="playground"]').getAttribute('data-stale')).toBe(
      'true',
    );

    await page.locator('textarea[name="spec"]').fill(broken.replace(',,', ',').replace('10', '0'));
    const lrkitError = await chartOf('playground', failed.revision);
    expect(lrkitError.error).toMatch(/decaySteps/);
    expect(await box.getAttribute('data-line')).toBe('5');
    expectNoConsoleErrors('playground editing');
  });

  it('numeric controls refuse huge values with a message, keeping the last curve and code', async () => {
    const id = 'schedule-one-cycle-lr';
    await page.goto(`${server.url}/gallery/one-cycle-lr`, { waitUntil: 'domcontentloaded' });
    const first = await chartOf(id);
    const code = () =>
      page.locator(`[data-chart-id="${id}"] .lrkit-usage code`).first().textContent();
    const codeBefore = await code();
    await page.locator(`[data-chart-id="${id}"] [name="totalSteps"]`).fill('1e8');
    const message = page.locator(`[data-chart-id="${id}"] .lrkit-invalid`);
    await message.waitFor();
    expect(await message.textContent()).toMatch(/totalSteps .*at most 5000/);
    // Nothing was recomputed: same record, same code, the curve still drawn.
    const after = await page.evaluate((c) => window.__lrkitCharts![c]!, id);
    expect(after.revision).toBe(first.revision);
    expect(await code()).toBe(codeBefore);
    expect(await code()).not.toMatch(/100000000|1e8/);
    expect(
      await page.locator(`[data-chart-id="${id}"] .lrkit-plot canvas`).count(),
    ).toBeGreaterThan(0);

    // A value lrkit rejects keeps the last valid curve, marked stale; the code keeps the last valid value.
    const step = 'schedule-step-lr';
    await navigate('/gallery/step-lr');
    const stepFirst = await chartOf(step);
    const stepCode = () =>
      page.locator(`[data-chart-id="${step}"] .lrkit-usage code`).first().textContent();
    const stepCodeBefore = await stepCode();
    await page.locator(`[data-chart-id="${step}"] [name="stepSize"]`).fill('0');
    const failed = await chartOf(step, stepFirst.revision);
    expect(failed.error).toMatch(/stepSize/);
    expect(await page.locator(`[data-chart-id="${step}"]`).getAttribute('data-stale')).toBe('true');
    expect(
      await page.locator(`[data-chart-id="${step}"] .lrkit-plot canvas`).count(),
    ).toBeGreaterThan(0);
    expect(await stepCode()).toBe(stepCodeBefore);
    expectNoConsoleErrors('capped controls');
  });

  it('every numeric control of every gallery page caps a huge value with a visible message', async () => {
    await page.goto(`${server.url}/gallery/`, { waitUntil: 'domcontentloaded' });
    let capped = 0;
    for (const entry of galleryEntries) {
      await navigate(`/gallery/${entry.slug}`);
      const id = `schedule-${entry.slug}`;
      const before = await chartOf(id);
      const inputs = page.locator(
        `[data-chart-id="${id}"] input[type="number"]:not([disabled]):not([name="groups"])`,
      );
      const count = await inputs.count();
      for (let i = 0; i < count; i++) {
        const input = inputs.nth(i);
        const name = await input.getAttribute('name');
        await input.fill('1e12');
        const label = input.locator('xpath=ancestor::label');
        await expect(
          label.locator('.lrkit-invalid').textContent(),
          `${entry.slug} ${name}`,
        ).resolves.toMatch(/keeping/);
        capped++;
      }
      const after = await page.evaluate((c) => window.__lrkitCharts![c]!, id);
      expect(after.revision, `${entry.slug}: nothing recomputed`).toBe(before.revision);
    }
    expect(capped).toBeGreaterThan(galleryEntries.length * 2);
    expectNoConsoleErrors('every numeric control');
  });
  it('API module pages survive a reload, and list public members before protected ones', async () => {
    for (const path of ['/api/tfjs/main/', '/api/tfjs/node/', '/api/tfjs/', '/api/core/']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.evaluate(() => window.location.pathname), path).toBe(path);
      const title = await page.locator('.vp-doc h1').first().textContent();
      expect(title?.trim(), `${path} is not the 404 page`).toMatch(/^(?!404$)./);
      expectNoConsoleErrors(`${path} reloaded`);
    }
    const sidebarLinks = await page.$$eval('.VPSidebar a', (anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(sidebarLinks.some((link) => link.startsWith('/api/tfjs/index/'))).toBe(false);
    // A scheduler class: its public `step` comes before the protected `applyLrs`.
    await page.goto(`${server.url}/api/core/classes/StepLR`, { waitUntil: 'domcontentloaded' });
    const headings = await page.$$eval('.vp-doc h3', (hs) => hs.map((h) => h.textContent ?? ''));
    const step = headings.findIndex((h) => /^\s*step\(\)/.test(h));
    const applyLrs = headings.findIndex((h) => /applyLrs/.test(h));
    expect(step, headings.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(applyLrs, headings.join(' | ')).toBeGreaterThan(step);
    expectNoConsoleErrors('API pages');
  });
});
