import { existsSync, mkdirSync } from 'node:fs';
import { preview } from '@lrkit/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { galleryEntries } from '../.vitepress/gallery/catalog';
import { PALETTE } from '../.vitepress/gallery/plot';
import type { ChartRecord } from '../.vitepress/gallery/registry';
import { builderOf, closedFormCurve, expectedCurve } from './expected';
import { docsDist as dist, launchChromium, shotsDir as shots } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

/** The option each page's test changes, and the value typed into its control. */
const CHANGES: Record<string, [string, string]> = {
  'lambda-lr': ['warmupSteps', '25'],
  'multiplicative-lr': ['factor', '0.8'],
  'step-lr': ['stepSize', '10'],
  'multi-step-lr': ['milestones', '20, 50, 70'],
  'constant-lr': ['factor', '0.25'],
  'linear-lr': ['totalIters', '30'],
  'exponential-lr': ['gamma', '0.9'],
  'polynomial-lr': ['power', '0.5'],
  'cosine-annealing-lr': ['tMax', '50'],
  'sequential-lr': ['warmupSteps', '30'],
  'chained-scheduler': ['gamma', '0.9'],
  'reduce-lr-on-plateau': ['patience', '2'],
  'cyclic-lr': ['mode', 'triangular'],
  'one-cycle-lr': ['pctStart', '0.5'],
  'cosine-annealing-warm-restarts': ['t0', '10'],
  'cosine-annealing-warmup-restarts': ['warmupSteps', '20'],
  'linear-annealing-lr': ['annealingSteps', '30'],
  'paramwise-scheduler': ['stepSize', '10'],
  'piecewise-constant': ['boundaries', '20, 60, 80'],
  'piecewise-interpolated': ['interpolation', 'cosine'],
  'keras-piecewise-constant-decay': ['boundaries', '20, 60'],
  swalr: ['annealStrategy', 'linear'],
  'timm-step': ['decay_t', '12.5'],
  'timm-multistep': ['decay_t', '20, 45'],
  'timm-plateau': ['mode', 'min'],
  'timm-wsd': ['decay_fn', 'exp'],
  'deepspeed-warmup-lr': ['warmup_type', 'linear'],
  'deepspeed-warmup-decay-lr': ['total_num_steps', '60'],
  'deepspeed-warmup-cosine-lr': ['warmup_min_ratio', '0.2'],
  'deepspeed-one-cycle': ['cycle_min_mom', '0.7'],
  'deepspeed-lr-range-test': ['lr_range_test_staircase', 'true'],
  'megatron-optimizer-param-scheduler': ['lr_decay_style', 'WSD'],
  'megatron-wsd': ['lr_wsd_decay_style', 'cosine'],
  'torchtitan-lr-scheduler': ['decay_type', 'cosine'],
};

/** Doubles the first numeric option; a schedule without one gets a new base lr instead. */
function defaultChange(entry: (typeof galleryEntries)[number]): [string, string] {
  const control = entry.options.find((o) => o.kind === 'number' || o.kind === 'integer');
  if (!control) return ['baseLr0', '0.2'];
  const doubled = (control.default as number) * 2;
  return [control.key, String(control.kind === 'integer' ? Math.round(doubled) : doubled)];
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

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

function expectClose(
  actual: readonly (number | null)[],
  expected: readonly number[],
  what: string,
) {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  expected.forEach((value, i) => {
    const got = actual[i] as number;
    const tolerance = 1e-12 * Math.max(1, Math.abs(value));
    if (!(Math.abs(got - value) <= tolerance)) {
      expect.fail(`${what}[${i}]: page plotted ${got}, core gives ${value}`);
    }
  });
}

/**
 * Checks that what the chart plotted is what @lrkit/core computes in Node for the same inputs:
 * `preview(spec)` of the page's spec, and a second path that does not go through the page's code
 * at all (the scheduler built by fromTorch or its class and stepped, or the closed form's lrAt).
 */
function checkAgainstCore(record: ChartRecord, slug: string): void {
  const entry = galleryEntries.find((e) => e.slug === slug)!;
  const values = record.values[0]!;
  const spec = record.specs[0] ?? null;
  const curve = record.curves[0]!;
  const groups = record.baseLrs.length;
  const metrics = curve.metric ? { metrics: curve.metric.slice(0, record.steps - 1) } : {};
  const [x, ...rest] = record.plotted;
  expectClose(
    x!,
    Array.from({ length: record.steps }, (_, i) => i),
    `${slug} steps`,
  );
  // Groups whose curves coincide are drawn as one series ("all groups").
  const lrSeries = groups > 1 && coincident(curve.lr) ? 1 : groups;
  const momentumSeries = curve.momentum && groups > 1 && coincident(curve.momentum) ? 1 : groups;
  const plottedLr = rest.slice(0, lrSeries);
  const plottedMomentum = rest.slice(lrSeries + (curve.metric ? 1 : 0));
  const references: { what: string; lr: number[][]; momentum: number[][] | null }[] = [];
  if (spec) {
    const viaPreview = preview(spec, { steps: record.steps, baseLrs: record.baseLrs, ...metrics });
    references.push({
      what: 'preview(spec)',
      lr: viaPreview.lr,
      momentum: viaPreview.momentum ?? null,
    });
    const closed = closedFormCurve(spec, record.baseLrs, record.steps);
    if (closed)
      references.push({ what: 'scheduleFromSpec(spec).lrAt', lr: closed, momentum: null });
  }
  const build = builderOf(slug, entry.name, values, groups);
  if (build) {
    const stepped = expectedCurve(build, record.baseLrs, record.steps, {
      momentum: curve.momentum !== null,
      metrics: curve.metric,
    });
    references.push({ what: 'stepping the scheduler', ...stepped });
  }
  expect(references.length, `${slug}: something to compare with`).toBeGreaterThan(0);
  for (const reference of references) {
    for (let g = 0; g < groups; g++)
      expectClose(
        plottedLr[Math.min(g, lrSeries - 1)]!,
        reference.lr[g]!,
        `${slug} group ${g} lr vs ${reference.what}`,
      );
    if (reference.what === 'scheduleFromSpec(spec).lrAt') continue;
    if (reference.momentum) {
      expect(plottedMomentum.length, `${slug}: one momentum series per group`).toBe(momentumSeries);
      for (let g = 0; g < groups; g++)
        expectClose(
          plottedMomentum[Math.min(g, momentumSeries - 1)]!,
          reference.momentum[g]!,
          `${slug} group ${g} momentum`,
        );
    } else {
      expect(plottedMomentum, `${slug}: no momentum plot`).toEqual([]);
    }
  }
}

/** True when every group's series holds the same numbers. */
function coincident(series: readonly (readonly number[])[]): boolean {
  return series.every((s) => s.every((v, i) => Object.is(v, series[0]![i])));
}

/** Counts canvas pixels in the colours of the first `series` lines: proof a curve was drawn. */
async function linePixels(id: string, series: number): Promise<number> {
  return page.evaluate(
    ([chartId, colours]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        `[data-chart-id="${chartId}"] .lrkit-plot canvas`,
      );
      if (!canvas) return 0;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const rgb = (colours as string[]).map((hex) =>
        [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)),
      );
      let count = 0;
      for (let p = 0; p < data.length; p += 4) {
        if (data[p + 3]! < 200) continue;
        if (
          rgb.some(
            ([r, g, b]) =>
              Math.abs(data[p]! - r!) + Math.abs(data[p + 1]! - g!) + Math.abs(data[p + 2]! - b!) <
              30,
          )
        )
          count++;
      }
      return count;
    },
    [id, PALETTE.slice(0, series)] as const,
  );
}

/**
 * Opens a page of the site. After the first full load, pages are reached the way a reader clicks
 * through the sidebar: VitePress's client-side router swaps the page without reloading the app.
 */
async function visit(path: string): Promise<void> {
  if (!page.url().startsWith(server.url)) {
    await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
    return;
  }
  const before = await page.title();
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  // The URL changes first; the title once the new page's content is in.
  await page.waitForFunction(
    ([target, title]) => window.location.pathname === target && document.title !== title,
    [path, before] as const,
  );
}

/** Width in CSS pixels of the first chart's canvas: a chart drawn while hidden would be tiny. */
async function plotWidth(id: string): Promise<number> {
  return page.evaluate((chartId) => {
    const canvas = document.querySelector(`[data-chart-id="${chartId}"] .lrkit-plot canvas`);
    return canvas ? canvas.getBoundingClientRect().width : 0;
  }, id);
}

async function setControl(id: string, name: string, value: string): Promise<void> {
  const control = page.locator(`[data-chart-id="${id}"] [name="${name}"]`);
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') await control.selectOption(value);
  else if ((await control.getAttribute('type')) === 'checkbox')
    await control.setChecked(value === 'true');
  else {
    await control.fill(value);
    await control.dispatchEvent('change');
  }
}

function expectNoConsoleErrors(where: string): void {
  const seen = errors.splice(0);
  expect(seen, `console errors on ${where}`).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(
      'The docs site is not built: run `pnpm --filter @lrkit/docs build` (or `pnpm build`)',
    );
  }
  mkdirSync(shots, { recursive: true });
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => errors.push(`${error.message} (${page.url()})`));
  // The site must work offline: nothing may be fetched from anywhere but the site itself.
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url))
      errors.push(`external request: ${url}`);
  });
  page.on('requestfailed', (request) => {
    // Prefetches cut short by the next navigation are not failures of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('docs site, built, in headless Chromium', () => {
  it('lists every gallery schedule on the gallery index', async () => {
    await page.goto(`${server.url}/gallery/`);
    const links = await page.$$eval('.lrkit-grid a', (anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.sort()).toEqual(galleryEntries.map((e) => `/gallery/${e.slug}`).sort());
    await page.screenshot({ path: `${shots}/gallery-index.png` });
    expectNoConsoleErrors('/gallery/');
  });

  it.each(galleryEntries.map((e) => e.slug))(
    'gallery/%s: the chart plots core’s curve and follows an option',
    async (slug) => {
      const id = `schedule-${slug}`;
      await visit(`/gallery/${slug}`);
      const first = await chartOf(id);
      expect(first.error).toBeNull();
      expect(first.baseLrs.length, 'several param groups by default').toBeGreaterThan(1);
      checkAgainstCore(first, slug);
      expect(await linePixels(id, first.baseLrs.length)).toBeGreaterThan(100);
      expect(await plotWidth(id), 'the chart fills the content column').toBeGreaterThan(500);
      await page.screenshot({ path: `${shots}/gallery-${slug}.png` });

      const entry = galleryEntries.find((e) => e.slug === slug)!;
      const [key, typed] = CHANGES[slug] ?? defaultChange(entry);
      await setControl(id, key, typed);
      const changed = await chartOf(id, first.revision);
      expect(changed.error).toBeNull();
      const compact = (text: string) => text.replaceAll(' ', '');
      if (key === 'baseLr0') expect(changed.baseLrs[0]).toBe(Number(typed));
      else expect(compact(String(changed.values[0]![key]))).toBe(compact(typed));
      expect(changed.plotted.slice(1)).not.toEqual(first.plotted.slice(1));
      checkAgainstCore(changed, slug);
      expectNoConsoleErrors(`/gallery/${slug}`);
    },
  );

  it('plots one curve per param group when groups are added', async () => {
    const id = 'schedule-cosine-annealing-lr';
    await page.goto(`${server.url}/gallery/cosine-annealing-lr`);
    const first = await chartOf(id);
    await setControl(id, 'groups', '3');
    const three = await chartOf(id, first.revision);
    expect(three.baseLrs).toHaveLength(3);
    expect(three.plotted).toHaveLength(1 + 3);
    checkAgainstCore(three, 'cosine-annealing-lr');
    expect(await linePixels(id, 3)).toBeGreaterThan(100);
    expectNoConsoleErrors('groups');
  });

  it('a link carries the chart’s settings, and changes update the link', async () => {
    const id = 'schedule-step-lr';
    await page.goto(`${server.url}/gallery/step-lr?stepSize=7&lrs=0.2,0.1,0.05&steps=50`, {
      waitUntil: 'domcontentloaded',
    });
    const shared = await chartOf(id);
    expect(shared.values[0]!.stepSize).toBe(7);
    expect(shared.baseLrs).toEqual([0.2, 0.1, 0.05]);
    expect(shared.steps).toBe(50);
    checkAgainstCore(shared, 'step-lr');
    await setControl(id, 'gamma', '0.5');
    await chartOf(id, shared.revision);
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      stepSize: '7',
      gamma: '0.5',
      lrs: '0.2,0.1,0.05',
      steps: '50',
    });
    // The spec under the chart opens in the playground, which draws the same curve.
    const changed = await chartOf(id);
    await page.locator(`[data-chart-id="${id}"] details.lrkit-spec summary`).click();
    await page.locator(`[data-chart-id="${id}"] a.lrkit-playground-link`).click();
    await page.waitForFunction(() => window.location.pathname === '/gallery/playground');
    const opened = await chartOf('playground');
    expect(opened.specs[0]).toEqual(changed.specs[0]);
    const expected = preview(opened.specs[0]!, { steps: opened.steps, baseLrs: opened.baseLrs });
    expectClose(opened.plotted[1]!, expected.lr[0]!, 'playground opened from a gallery page');
    expectNoConsoleErrors('shared link');
  });

  it('shows lrkit’s error for an invalid option instead of a curve', async () => {
    const id = 'schedule-step-lr';
    await page.goto(`${server.url}/gallery/step-lr`);
    const first = await chartOf(id);
    await setControl(id, 'stepSize', '0');
    const failed = await chartOf(id, first.revision);
    expect(failed.error).toMatch(/stepSize/);
    await expect(
      page.locator(`[data-chart-id="${id}"] .lrkit-error`).textContent(),
    ).resolves.toMatch(/Invalid argument for parameter stepSize/);
    expectNoConsoleErrors('invalid option');
  });

  it('compare overlays the chosen schedules and follows the selection', async () => {
    await page.goto(`${server.url}/gallery/compare`);
    const first = await chartOf('compare');
    expect(first.slugs.length).toBeGreaterThan(1);
    expect(first.plotted).toHaveLength(1 + first.slugs.length);
    first.slugs.forEach((slug, i) => {
      const entry = galleryEntries.find((e) => e.slug === slug)!;
      const length = first.curves[i]!.steps.length;
      const spec = first.specs[i];
      const build = builderOf(slug, entry.name, first.values[i]!, 1);
      const expected = spec
        ? preview(spec, { steps: length, baseLrs: first.baseLrs })
        : expectedCurve(build!, first.baseLrs, length, { momentum: false, metrics: null });
      expectClose(first.plotted[i + 1]!.slice(0, length), expected.lr[0]!, `compare ${slug}`);
    });
    expect(await linePixels('compare', first.slugs.length)).toBeGreaterThan(100);
    await page.screenshot({ path: `${shots}/gallery-compare.png`, fullPage: true });
    await page.locator('[data-chart-id="compare"] input[name="exponential-lr"]').check();
    const more = await chartOf('compare', first.revision);
    expect(more.slugs).toEqual([...first.slugs, 'exponential-lr']);
    expect(more.plotted).toHaveLength(first.plotted.length + 1);
    expectNoConsoleErrors('/gallery/compare');
  });

  it('the spec playground draws preview(spec) and shows the path of an error', async () => {
    const id = 'playground';
    await page.goto(`${server.url}/gallery/playground`, { waitUntil: 'domcontentloaded' });
    const first = await chartOf(id);
    expect(first.error).toBeNull();
    const check = (record: ChartRecord) => {
      const expected = preview(record.specs[0]!, { steps: record.steps, baseLrs: record.baseLrs });
      const groups = record.baseLrs.length;
      const series = [...expected.lr, ...(expected.momentum ?? [])];
      expect(record.plotted).toHaveLength(1 + series.length);
      for (const [i, values] of series.entries())
        expectClose(record.plotted[i + 1]!, values, `playground series ${i} (${groups} groups)`);
    };
    check(first);
    expect(await linePixels(id, first.baseLrs.length)).toBeGreaterThan(100);

    const spec = {
      version: 1,
      type: 'OneCycleLR',
      maxLr: [0.1, 0.05],
      totalSteps: 80,
      threePhase: true,
    };
    await page.locator('textarea[name="spec"]').fill(JSON.stringify(spec));
    await setControl(id, 'steps', '80');
    const oneCycle = await chartOf(id, first.revision + 1);
    expect(oneCycle.specs[0]).toEqual(spec);
    check(oneCycle);
    expect(oneCycle.curves[0]!.momentum, 'momentum cycles').not.toBeNull();
    expect(await plotWidth(id), 'redrawn full width after an error').toBeGreaterThan(500);
    await page.screenshot({ path: `${shots}/gallery-playground.png`, fullPage: true });

    const wrong = {
      version: 1,
      type: 'join',
      schedules: [{ type: 'cosine', peakLr: 0.1 }],
      boundaries: [],
    };
    await page.locator('textarea[name="spec"]').fill(JSON.stringify(wrong));
    const failed = await chartOf(id, oneCycle.revision);
    expect(failed.error).toMatch(/schedules\[0\]\.decaySteps/);
    expectNoConsoleErrors('/gallery/playground');
  });

  it('renders the home, guide and API pages without console errors', async () => {
    const pages = await (async () => {
      await page.goto(`${server.url}/guide/getting-started`);
      const guideLinks = await page.$$eval('.VPSidebar a', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      await visit('/api/core/');
      const apiLinks = await page.$$eval('.VPSidebar a', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      // A few generated pages of every kind (class, function, interface) are enough here.
      const samples = ['/classes/', '/functions/', '/interfaces/'].flatMap((kind) =>
        apiLinks.filter((link) => link.includes(kind)).slice(0, 2),
      );
      expect(samples.length).toBeGreaterThanOrEqual(4);
      return ['/', ...new Set(guideLinks), '/api/', ...samples];
    })();
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      await visit(path);
      const title = await page.locator('h1').first().textContent();
      expect(title?.trim(), `${path} has a title and is not the 404 page`).toMatch(/^(?!404$)./);
    }
    const response = await page.goto(`${server.url}/api/`);
    expect(response?.status()).toBe(200);
    await visit('/guide/from-pytorch');
    await page.screenshot({ path: `${shots}/guide-from-pytorch.png`, fullPage: true });
    expectNoConsoleErrors('guide pages');
  });
});
