import { existsSync, readFileSync } from 'node:fs';
import { preview, specTypes } from '@lrkit/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { galleryEntries } from '../.vitepress/gallery/catalog';
import type { ChartRecord } from '../.vitepress/gallery/registry';
import { acceptedFields } from '../.vitepress/reference/spec-fields';
import { docsDist as dist, launchChromium } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

function watchConsole(target: Page, into: string[]): void {
  target.on('console', (m) => {
    if (m.type() === 'error' || /hydration|mismatch/i.test(m.text()))
      into.push(`${m.type()}: ${m.text()} (${target.url()})`);
  });
  target.on('pageerror', (e) => into.push(`${e.message} (${target.url()})`));
}

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('The docs site is not built: run `pnpm --filter @lrkit/docs build`');
  }
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  watchConsole(page, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function expectNoConsoleErrors(where: string): void {
  expect(errors.splice(0), `console errors on ${where}`).toEqual([]);
}

async function chartOf(target: Page, id: string, afterRevision = 0): Promise<ChartRecord> {
  await target.waitForFunction(
    ([chartId, revision]) => {
      const record = window.__lrkitCharts?.[chartId as string];
      return record !== undefined && record.revision > (revision as number);
    },
    [id, afterRevision] as const,
    { timeout: 20_000 },
  );
  return target.evaluate((chartId) => window.__lrkitCharts![chartId]!, id);
}

/** The page has hydrated: Vue sets `__vue_app__` on the container once mounting is done. */
async function hydrated(target: Page): Promise<void> {
  await target.waitForFunction(
    () => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__,
    undefined,
    { timeout: 20_000 },
  );
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

function expectCurve(record: ChartRecord, index: number, what: string): void {
  const length = record.curves[index]!.steps.length;
  const spec = record.specs[index]!;
  const expected = preview(spec, { steps: length, baseLrs: record.baseLrs });
  expectClose(record.plotted[index + 1]!.slice(0, length), expected.lr[0]!, what);
}

describe('compare: options per curve, the selection in the URL, log scale, distinct colours', () => {
  it('each curve has its own controls, and changing one redraws only that curve', async () => {
    await page.goto(`${server.url}/gallery/compare`, { waitUntil: 'domcontentloaded' });
    const first = await chartOf(page, 'compare');
    expect(first.slugs).toEqual([
      'cosine-annealing-lr',
      'one-cycle-lr',
      'step-lr',
      'linear-annealing-lr',
    ]);
    for (const slug of first.slugs) {
      await expect(page.locator(`fieldset.lrkit-curve[data-slug="${slug}"]`).count()).resolves.toBe(
        1,
      );
    }
    await page.locator('[name="step-lr.gamma"]').fill('0.5');
    const changed = await chartOf(page, 'compare', first.revision);
    expect(changed.values[2]!.gamma).toBe(0.5);
    expect(changed.specs[2]).toMatchObject({ type: 'StepLR', gamma: 0.5 });
    first.slugs.forEach((slug, i) => {
      expectCurve(changed, i, slug);
    });
    // The others kept their values and their curves.
    expect(changed.plotted[1]).toEqual(first.plotted[1]);
    expect(changed.plotted[3]).not.toEqual(first.plotted[3]);
    // A refused value keeps the last one, with a message; nothing is recomputed.
    await page.locator('[name="one-cycle-lr.totalSteps"]').fill('1e12');
    const message = page.locator('fieldset[data-slug="one-cycle-lr"] .lrkit-invalid');
    await expect(message.textContent()).resolves.toMatch(/totalSteps .*keeping 100/);
    expect(await page.evaluate(() => window.__lrkitCharts!.compare!.revision)).toBe(
      changed.revision,
    );
    // lrkit's own error stays under the curve it belongs to; the curve keeps its last values.
    await page.locator('[name="cosine-annealing-lr.tMax"]').fill('0');
    const failed = await chartOf(page, 'compare', changed.revision);
    expect(failed.error).toMatch(/tMax/);
    await expect(
      page.locator('fieldset[data-slug="cosine-annealing-lr"] .lrkit-error').textContent(),
    ).resolves.toMatch(/tMax/);
    expect(failed.plotted[1]).toEqual(first.plotted[1]);
    expectNoConsoleErrors('compare controls');
  });

  it('keeps the selection, each curve’s options and the log scale in the URL; reload restores them', async () => {
    await page.goto(`${server.url}/gallery/compare`, { waitUntil: 'domcontentloaded' });
    const first = await chartOf(page, 'compare');
    await page.locator('[data-chart-id="compare"] input[name="step-lr"]').uncheck();
    const fewer = await chartOf(page, 'compare', first.revision);
    await page.locator('[data-chart-id="compare"] input[name="exponential-lr"]').check();
    const more = await chartOf(page, 'compare', fewer.revision);
    await page.locator('[name="exponential-lr.gamma"]').fill('0.9');
    const tuned = await chartOf(page, 'compare', more.revision);
    await page.locator('[name="logScale"]').check();
    const logged = await chartOf(page, 'compare', tuned.revision);
    expect(logged.logScale).toBe(true);
    expect(
      await page.evaluate(() => {
        const plot = document.querySelector('[data-chart-id="compare"] .uplot');
        return plot !== null;
      }),
    ).toBe(true);
    const query = Object.fromEntries(new URL(page.url()).searchParams);
    expect(query).toEqual({
      curves: 'cosine-annealing-lr,one-cycle-lr,linear-annealing-lr,exponential-lr',
      'exponential-lr.gamma': '0.9',
      log: '1',
    });
    await page.reload({ waitUntil: 'domcontentloaded' });
    const restored = await chartOf(page, 'compare');
    expect(restored.slugs).toEqual(logged.slugs);
    expect(restored.values).toEqual(logged.values);
    expect(restored.logScale).toBe(true);
    expect(restored.plotted).toEqual(logged.plotted);
    expect(await page.locator('[name="exponential-lr.gamma"]').inputValue()).toBe('0.9');
    expect(await page.locator('[name="logScale"]').isChecked()).toBe(true);
    expect(await page.locator('[data-chart-id="compare"] input[name="step-lr"]').isChecked()).toBe(
      false,
    );
    expectNoConsoleErrors('compare URL');
  });

  it('draws twelve curves in twelve distinct colours (and more, dashed)', async () => {
    const twelve = galleryEntries
      .filter((e) => e.spec && !e.stepArg)
      .slice(0, 14)
      .map((e) => e.slug);
    expect(twelve.length).toBe(14);
    await page.goto(`${server.url}/gallery/compare?curves=${twelve.join(',')}`, {
      waitUntil: 'domcontentloaded',
    });
    const record = (await chartOf(page, 'compare')) as ChartRecord & { colours: string[] };
    expect(record.slugs).toEqual(twelve);
    expect(record.plotted).toHaveLength(15);
    expect(new Set(record.colours.slice(0, 12)).size).toBe(12);
    // What uPlot draws: the stroke of each series, and the legend's marker, agree.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart-id="compare"] .u-legend .u-series .u-marker')]
        .slice(1)
        .map((m) => getComputedStyle(m).borderColor),
    );
    expect(drawn).toHaveLength(14);
    expect(new Set(drawn.slice(0, 12)).size).toBe(12);
    // The 13th and 14th reuse colours 1 and 2, dashed; their swatches say so.
    expect(record.colours[12]).toBe(record.colours[0]);
    await expect(
      page.locator(`fieldset[data-slug="${twelve[12]}"] .lrkit-swatch-dashed`).count(),
    ).resolves.toBe(1);
    expectNoConsoleErrors('twelve curves');
  });
});

describe('home page', () => {
  it('has the install line, the example, links to the demo and the repository', async () => {
    const html = readFileSync(`${dist}/index.html`, 'utf8');
    // Code blocks are highlighted token by token: read their text.
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toMatch(/npm install @lrkit\/core/);
    expect(text).toMatch(/new OneCycleLR\(optimizer/);
    expect(html).toMatch(/href="https:\/\/github\.com\/lrkit\/lrkit\/tree\/main\/apps\/demo"/);
    expect(html).toMatch(/href="https:\/\/github\.com\/lrkit\/lrkit"/);
    // The chart is in the built HTML already (a real preview, drawn before any script runs).
    const d = /class="lrkit-home-chart"[\s\S]*?<path d="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(d.split('L')).toHaveLength(100);
  });

  it('draws the example’s schedule from preview, live as the sliders move', async () => {
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    const first = await chartOf(page, 'home');
    const expected = preview(
      { version: 1, type: 'OneCycleLR', maxLr: 0.1, totalSteps: 100 },
      { steps: 100, baseLrs: [0.1] },
    );
    expectClose(first.plotted[1]!, expected.lr[0]!, 'home chart');
    await page.locator('[data-chart-id="home"] input[name="totalSteps"]').fill('300');
    const moved = await chartOf(page, 'home', first.revision);
    expect(moved.steps).toBe(300);
    expectCurve(moved, 0, 'home chart at 300 steps');
    const points = await page
      .locator('[data-chart-id="home"] path')
      .getAttribute('d')
      .then((d) => d!.split('L').length);
    expect(points).toBe(300);
    expectNoConsoleErrors('home');
  });
});

describe('specs guide field reference', () => {
  it('the built page lists every spec type the core accepts and every field of each', () => {
    const html = readFileSync(`${dist}/guide/specs.html`, 'utf8');
    const missing: string[] = [];
    let fields = 0;
    for (const type of specTypes()) {
      const start = html.indexOf(`data-spec-type="${type}"`);
      if (start < 0) {
        missing.push(type);
        continue;
      }
      const end = html.indexOf('data-spec-type="', start + 1);
      const section = html.slice(start, end < 0 ? undefined : end);
      for (const field of acceptedFields(type)) {
        fields++;
        if (!section.includes(`data-field="${field}"`)) missing.push(`${type}.${field}`);
      }
    }
    expect(missing).toEqual([]);
    expect(fields).toBeGreaterThan(300);
    expect(html).toMatch(/warmupPrefix/);
  });
});

/** Help text and other muted text of the site's own components and of the theme's pages. */
const MUTED = [
  '.lrkit-controls small',
  '.lrkit-grid span',
  '.lrkit-home-chart figcaption span',
  '.lrkit-spec-options',
  '.lrkit-field-reference td',
  '.lrkit-picks label',
  '.lrkit-plot .u-legend th',
  '.lrkit-invalid',
  '.lrkit-error',
  '.VPHero .tagline',
  '.VPFeature .details',
  '.VPDocFooter .desc',
  '.vp-doc blockquote p',
].join(', ');

interface Measured {
  selector: string;
  text: string;
  ratio: number;
}

/** WCAG 2 contrast of each muted text against what is painted behind it (alpha composited). */
async function contrasts(target: Page): Promise<Measured[]> {
  return target.evaluate((selector) => {
    type Rgba = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d')!;
    const parse = (css: string): Rgba => {
      // Let the canvas normalise any CSS colour syntax, then read it back as rgba.
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const background = (element: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] === 1) break;
      }
      let painted: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) painted = over(layer, painted);
      return painted;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const results: { selector: string; text: string; ratio: number }[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      const text = (element.textContent ?? '').trim();
      if (box.width === 0 || box.height === 0 || text === '') continue;
      const style = getComputedStyle(element);
      const behind = background(element);
      const colour = over(parse(style.color), behind);
      const [hi, lo] = [luminance(colour), luminance(behind)].sort((a, b) => b - a) as [
        number,
        number,
      ];
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      results.push({ selector: name, text: text.slice(0, 40), ratio: (hi + 0.05) / (lo + 0.05) });
    }
    return results;
  }, MUTED);
}

describe('contrast of help text and other muted text (WCAG AA, ≥ 4.5:1)', () => {
  it.each(['light', 'dark'] as const)(
    'in %s mode, on the home, gallery, compare and specs pages',
    async (scheme) => {
      const themed = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 1280, height: 1000 },
      });
      const target = await themed.newPage();
      const seen: string[] = [];
      watchConsole(target, seen);
      const measured: (Measured & { path: string })[] = [];
      for (const path of [
        '/',
        '/gallery/',
        '/gallery/one-cycle-lr',
        '/gallery/compare',
        '/guide/specs',
        '/guide/which-schedule',
      ]) {
        await target.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
        await hydrated(target);
        expect(
          await target.evaluate(() => document.documentElement.classList.contains('dark')),
        ).toBe(scheme === 'dark');
        if (path.startsWith('/gallery/') && path !== '/gallery/')
          await chartOf(target, path.endsWith('compare') ? 'compare' : 'schedule-one-cycle-lr');
        if (path === '/gallery/compare') {
          // Show a refusal and an lrkit error too: they are read as much as the help.
          await target.locator('[name="one-cycle-lr.totalSteps"]').fill('1e12');
          await target.locator('.lrkit-invalid').first().waitFor();
          await target.locator('[name="step-lr.stepSize"]').fill('0');
          await target.locator('fieldset[data-slug="step-lr"] .lrkit-error').waitFor();
        }
        for (const m of await contrasts(target)) measured.push({ ...m, path });
      }
      await themed.close();
      // The lowest ratio per kind of element, for the report.
      const lowest = new Map<string, number>();
      for (const m of measured)
        lowest.set(
          m.selector,
          Math.min(lowest.get(m.selector) ?? Number.POSITIVE_INFINITY, m.ratio),
        );
      console.log(
        scheme,
        JSON.stringify(Object.fromEntries([...lowest].map(([k, v]) => [k, Number(v.toFixed(2))]))),
      );
      expect(measured.length).toBeGreaterThan(50);
      const failing = measured
        .filter((m) => m.ratio < 4.5)
        .map((m) => `${m.path} ${m.selector} "${m.text}" ${m.ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
      expect(seen).toEqual([]);
    },
  );
});
