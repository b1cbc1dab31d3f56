import { existsSync, mkdirSync } from 'node:fs';
import { preview, type SchedulerSpec } from '@lrkit/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultValues, entryBySlug } from '../.vitepress/gallery/catalog';
import type { TrainingRecord } from '../.vitepress/training/live-record';
import { builderOf, expectedCurve } from './expected';
import { docsDist as dist, launchChromium, shotsDir as shots } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

/** A run trains both runtimes at once: generous, for a loaded 2-core machine. */
const RUN_TIMEOUT = 240_000;

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];
/** Every request the page made that was not to the local server (each one is refused). */
const outside: string[] = [];
const served: string[] = [];

const record = (): Promise<TrainingRecord> =>
  page.evaluate(() => JSON.parse(JSON.stringify(window.__lrkitTraining)) as TrainingRecord);

/** Waits until run `run` has finished on both runtimes (done or failed), and returns it. */
async function finished(run: number): Promise<TrainingRecord> {
  await page.waitForFunction(
    (wanted) => {
      const r = window.__lrkitTraining;
      if (!r || r.run !== wanted) return false;
      return Object.values(r.runtimes).every((t) => t.status === 'done' || t.status === 'error');
    },
    run,
    { timeout: RUN_TIMEOUT, polling: 250 },
  );
  return record();
}

/**
 * The core's preview of what ran, computed here in Node from the spec the page published; a
 * schedule built in code (LambdaLR) is built again by the test's own reading of its options.
 */
function expectedLr(r: TrainingRecord, metrics?: readonly number[]): number[] {
  if (r.spec === null) {
    const entry = entryBySlug(r.slug);
    const build = builderOf(r.slug, entry.name, defaultValues(entry), 1)!;
    return expectedCurve(build, [r.baseLr], r.updates, { momentum: false, metrics: null }).lr[0]!;
  }
  return (
    preview(r.spec as SchedulerSpec, {
      steps: r.updates,
      baseLrs: [r.baseLr],
      ...(metrics ? { metrics } : {}),
    }).lr[0] ?? []
  );
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Node's and Chromium's V8 may differ in the last bit of Math.cos and Math.pow: float64 values
 * computed on each side are compared to 1e-14 relative. The page's own preview is exact.
 */
function sameLr(got: number, want: number): boolean {
  return Math.abs(got - want) <= 1e-14 * Math.abs(want);
}

/** The float32 fed for a float64 lr, allowing for that last bit of the float64. */
function sameFloat32(got: number, want: number): boolean {
  return [want, want * (1 - 1e-15), want * (1 + 1e-15)].some((w) => got === Math.fround(w));
}

/** Both runtimes trained every update on the lr of the core's preview, and learned. */
function checkRun(r: TrainingRecord, slug: string): void {
  expect(r.slug).toBe(slug);
  for (const [name, runtime] of Object.entries(r.runtimes)) {
    expect(runtime.error, name).toBeNull();
    expect(runtime.status, name).toBe('done');
    expect(runtime.lrFed, name).toHaveLength(r.updates);
    expect(runtime.loss, name).toHaveLength(r.updates);
    // A plateau schedule is previewed with the very metrics this runtime fed it.
    const metricDriven = runtime.metrics.length > 0;
    if (metricDriven) expect(runtime.metrics, name).toHaveLength(r.updates - 1);
    const expected = expectedLr(r, metricDriven ? runtime.metrics : undefined);
    // The preview drawn (for a plateau schedule, with onnxruntime-web's metrics).
    const drawn = metricDriven && name !== 'ort' ? null : r.preview;
    runtime.lrFed.forEach((lr, k) => {
      // onnxruntime-web received the graph's float32 input; tf.train reads its float64 field.
      const ok = name === 'ort' ? sameFloat32(lr, expected[k]!) : sameLr(lr, expected[k]!);
      if (!ok) expect.fail(`${name} update ${k}: lr fed ${lr}, core preview (Node) ${expected[k]}`);
      const onChart = drawn?.[k];
      if (onChart !== undefined && lr !== (name === 'ort' ? Math.fround(onChart) : onChart)) {
        expect.fail(`${name} update ${k}: lr fed ${lr}, the page's preview ${onChart}`);
      }
    });
    expect(runtime.finalLoss!, `${name}: loss over the data set falls`).toBeLessThan(
      0.9 * runtime.initialLoss!,
    );
    expect(mean(runtime.loss.slice(-10)), `${name}: batch loss falls`).toBeLessThan(
      mean(runtime.loss.slice(0, 10)),
    );
  }
}

beforeAll(async () => {
  if (!existsSync(`${dist}/guide/train-in-the-browser.html`)) {
    throw new Error('The docs site is not built: run `pnpm --filter @lrkit/docs build`');
  }
  mkdirSync(shots, { recursive: true });
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  // Offline: anything not for the local server is refused and recorded.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      served.push(url);
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/guide/train-in-the-browser`);
  await page.waitForFunction(() => window.__lrkitTraining !== undefined, null, { timeout: 60_000 });
  await page.waitForSelector('[data-chart="lr"] canvas', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Each training test may wait a whole run: past the project's default test timeout.
describe('training live in the browser (guide/train-in-the-browser)', {
  timeout: RUN_TIMEOUT + 30_000,
}, () => {
  it('shows the preview before training and trains nothing until asked', async () => {
    const r = await record();
    expect(r.run).toBe(0);
    expect(r.slug).toBe('one-cycle-lr');
    const expected = expectedLr({ ...r, baseLr: 0.05 });
    expect(r.preview).toHaveLength(100);
    r.preview.forEach((lr, k) => {
      if (!sameLr(lr, expected[k]!)) expect.fail(`preview ${k}: page ${lr}, Node ${expected[k]}`);
    });
    expect(Object.values(r.runtimes).map((t) => t.status)).toEqual(['idle', 'idle']);
    // No runtime was loaded yet: no wasm fetched.
    expect(served.filter((url) => url.endsWith('.wasm'))).toEqual([]);
  });

  it('trains OneCycleLR on onnxruntime-web and TensorFlow.js side by side, lr as the core says', async () => {
    await page.click('button.lrkit-train');
    // The charts grow while training runs.
    await page.waitForFunction(
      () => (window.__lrkitTraining?.runtimes.ort.lrFed.length ?? 0) >= 5,
      null,
      { timeout: RUN_TIMEOUT },
    );
    const r = await finished(1);
    checkRun(r, 'one-cycle-lr');
    // onnxruntime-web ran on the wasm this site serves.
    expect(served.some((url) => /ort-wasm-simd-threaded[^/]*\.wasm$/.test(url))).toBe(true);
    const legend = await page.textContent('[data-chart="lr"]');
    expect(legend).toContain('lr fed, onnxruntime-web (wasm)');
    expect(legend).toContain('lr fed, TensorFlow.js (cpu)');
    expect(await page.locator('tr[data-runtime="ort"][data-status="done"]').count()).toBe(1);
    await page.screenshot({ path: `${shots}/train-in-the-browser.png`, fullPage: true });
  });

  it('switching the schedule retrains on both runtimes', async () => {
    await page.selectOption('select[name="schedule"]', 'cosine-annealing-warm-restarts');
    const r = await finished(2);
    checkRun(r, 'cosine-annealing-warm-restarts');
    expect(r.updates).toBe(140);
  });

  it('a plateau schedule is stepped with the loss of each update, and previewed with it', async () => {
    await page.selectOption('select[name="schedule"]', 'reduce-lr-on-plateau');
    const r = await finished(3);
    checkRun(r, 'reduce-lr-on-plateau');
    expect(r.runtimes.ort.metrics).toEqual(r.runtimes.ort.loss.slice(0, -1));
  });

  it('a schedule built in code (LambdaLR, no spec) trains as the gallery builds it', async () => {
    await page.selectOption('select[name="schedule"]', 'lambda-lr');
    const r = await finished(4);
    expect(r.spec).toBeNull();
    checkRun(r, 'lambda-lr');
  });

  it('refuses a base lr out of range with a message, and trains nothing', async () => {
    await page.fill('input[name="baseLr"]', '0');
    await page.dispatchEvent('input[name="baseLr"]', 'change');
    await page.waitForSelector('.lrkit-trainer .lrkit-error');
    expect(await page.textContent('.lrkit-trainer .lrkit-error')).toMatch(/base lr.*got 0/);
    expect((await record()).run).toBe(4);
  });

  it('made no request outside the site and logged no error', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
