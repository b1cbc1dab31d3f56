// The live page trains on onnxruntime-web (wasm, served by the page) beside tfjs: the lr fed to the
// ONNX optimizer graph at every update is the core's preview, the loss falls, nothing leaves
// localhost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type SchedulerSpec } from '@lrkit/core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { demoDir } from './run-cli';
import { serveDirectory } from './static-server';

interface Epoch {
  epoch: number;
  trainLoss: number;
  valLoss: number;
}
interface PageState {
  status: string;
  choice: { name: string; interval: 'step' | 'epoch'; spec: SchedulerSpec | null } | null;
  baseLr: number;
  stepsPerEpoch: number;
  stepLr: number[];
  epochs: Epoch[];
  onnx: {
    status: string;
    stepLr: number[];
    stepLoss: number[];
    epochs: Epoch[];
    error: string | null;
  };
}

/** Both runtimes train at once on a loaded 2-core machine: generous. */
const RUN_TIMEOUT = 240_000;
const outDir = mkdtempSync(join(tmpdir(), 'lrkit-demo-onnx-web-'));
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
const consoleErrors: string[] = [];
const outside: string[] = [];
const served: string[] = [];

const state = (): Promise<PageState> =>
  page.evaluate(() => (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo);

/** Runs a preset for some epochs on both runtimes and waits until both have finished. */
async function train(presetName: string, epochs: number): Promise<PageState> {
  await page.fill('#epochs', String(epochs));
  await page.dispatchEvent('#epochs', 'change');
  await page.selectOption('#preset', presetName);
  expect(await page.isChecked('#onnx-web')).toBe(true);
  await page.click('#start');
  await page.waitForFunction(
    (name) => {
      const s = (window as unknown as { __lrkitDemo: PageState }).__lrkitDemo;
      return s.choice?.name === name && s.status !== 'running' && s.onnx.status !== 'running';
    },
    presetName,
    { timeout: RUN_TIMEOUT, polling: 250 },
  );
  return state();
}

/** The lr of every update from the core's preview of the spec that ran, computed here in Node. */
function expectedPerUpdate(s: PageState, metrics?: readonly number[]): number[] {
  const spec = s.choice?.spec as SchedulerSpec;
  const epochs = s.epochs.length;
  if (s.choice?.interval === 'step') {
    return preview(spec, { steps: epochs * s.stepsPerEpoch, baseLrs: [s.baseLr] }).lr[0] ?? [];
  }
  const perEpoch =
    preview(spec, {
      steps: epochs,
      baseLrs: [s.baseLr],
      ...(metrics ? { metrics: metrics.slice(0, epochs - 1) } : {}),
    }).lr[0] ?? [];
  return Array.from({ length: epochs * s.stepsPerEpoch }, (_, k) => {
    return perEpoch[Math.floor(k / s.stepsPerEpoch)] as number;
  });
}

function checkOnnx(s: PageState, epochs: number, metrics?: readonly number[]): void {
  expect(s.onnx.error).toBeNull();
  expect(s.onnx.status).toBe('done');
  expect(s.onnx.epochs).toHaveLength(epochs);
  expect(s.onnx.stepLr).toHaveLength(epochs * s.stepsPerEpoch);
  const expected = expectedPerUpdate(s, metrics);
  s.onnx.stepLr.forEach((lr, k) => {
    // What the optimizer graph received: the float32 of the core's float64 lr.
    const want = Math.fround(expected[k] as number);
    if (lr !== want) expect.fail(`onnxruntime-web update ${k}: lr fed ${lr}, preview ${want}`);
  });
  expect(s.onnx.epochs.at(-1)!.trainLoss).toBeLessThan(0.8 * s.onnx.epochs[0]!.trainLoss);
}

beforeAll(async () => {
  await build({
    configFile: join(demoDir, 'web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  // Offline: a request for anything but the local server is refused and recorded.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) {
      served.push(url);
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the live page on onnxruntime-web beside tfjs', () => {
  it(
    'trains warmup + cosine on both: every lr fed to the ONNX graph is the preview',
    async () => {
      const s = await train('warmup-cosine', 8);
      expect(s.status).toBe('done');
      checkOnnx(s, 8);
      // tfjs ran the same updates on the same schedule.
      const expected = expectedPerUpdate(s);
      expect(s.stepLr).toHaveLength(64);
      s.stepLr.forEach((lr, k) => {
        expect(lr).toBeCloseTo(expected[k] as number, 12);
      });
      expect(served.some((url) => /ort-wasm-simd-threaded[^/]*\.wasm$/.test(url))).toBe(true);
      expect(
        await page.locator('#lr-chart path[data-series="lr fed to onnxruntime-web"]').count(),
      ).toBe(1);
      expect(
        await page.locator('#loss-chart path[data-series="batch loss, onnxruntime-web"]').count(),
      ).toBe(1);
    },
    RUN_TIMEOUT + 30_000,
  );

  it(
    'another schedule retrains: OneCycleLR (beta1 cycled too)',
    async () => {
      const s = await train('one-cycle', 6);
      checkOnnx(s, 6);
    },
    RUN_TIMEOUT + 30_000,
  );

  it(
    'ReduceLROnPlateau per epoch follows its own val_loss on onnxruntime-web',
    async () => {
      const s = await train('plateau', 8);
      checkOnnx(
        s,
        8,
        s.onnx.epochs.map((e) => e.valLoss),
      );
    },
    RUN_TIMEOUT + 30_000,
  );

  it('asked nothing of the network and logged no error', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
