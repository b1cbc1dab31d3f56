// The HTML report of a real short run (tfjs, one-cycle against the constant rate): its
// sentences about validation say what the run's own numbers say, and it fits a phone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, horizontalExtent, launchChromium, PHONE, renderedWidths } from './chromium';
import { runCli } from './run-cli';

interface ReportRun {
  runtime: string;
  schedule: string;
  epochs: { epoch: number; trainLoss: number; valLoss: number; valAccuracy: number }[];
}

const EPOCHS = 8;
const dir = mkdtempSync(join(tmpdir(), 'lrkit-demo-report-'));
const reportPath = join(dir, 'report.html');
let html = '';
let runs: ReportRun[] = [];
let browser: Browser;

/** The text of an element of the report, tags stripped and entities decoded (as a reader sees it). */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

beforeAll(async () => {
  const result = await runCli(
    [
      '--runtime',
      'tfjs',
      '--epochs',
      String(EPOCHS),
      '--schedule',
      'one-cycle',
      '--out',
      'report.html',
    ],
    dir,
  );
  expect(result.code, result.stderr).toBe(0);
  html = readFileSync(reportPath, 'utf8');
  const json = /<script type="application\/json" id="lrkit-results">([\s\S]*?)<\/script>/.exec(
    html,
  )?.[1];
  runs = JSON.parse(json ?? '[]') as ReportRun[];
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('what the report says about validation (a real 8-epoch run)', () => {
  it('has one finding per run, with that run’s own first, last and best validation loss and gap', () => {
    expect(runs.map((r) => `${r.runtime}/${r.schedule}`)).toEqual([
      'tfjs/constant',
      'tfjs/one-cycle',
    ]);
    for (const run of runs) {
      const item = new RegExp(
        `<li data-run="${run.runtime}/${run.schedule}">([\\s\\S]*?)</li>`,
      ).exec(html)?.[1];
      const text = textOf(item ?? '');
      const first = run.epochs[0];
      const last = run.epochs.at(-1);
      if (!first || !last) throw new Error(`run ${run.runtime}/${run.schedule} has no epochs`);
      expect(run.epochs).toHaveLength(EPOCHS);
      const verb = last.valLoss < first.valLoss ? 'fell' : 'rose';
      expect(text).toContain(
        `Validation loss ${verb} from ${first.valLoss.toFixed(4)} after epoch 1 to ${last.valLoss.toFixed(4)} after epoch ${EPOCHS}`,
      );
      // The best epoch, found here independently of the report's code.
      let best = first;
      for (const e of run.epochs) if (e.valLoss < best.valLoss) best = e;
      expect(text).toContain(
        best.epoch === EPOCHS
          ? `lowest at the last epoch (${EPOCHS} of ${EPOCHS})`
          : `lowest at epoch ${best.epoch} of ${EPOCHS} (${best.valLoss.toFixed(4)})`,
      );
      const gap = last.valLoss - last.trainLoss;
      expect(text).toContain(
        `gap to training loss is ${Math.abs(gap).toFixed(4)} (validation ${last.valLoss.toFixed(4)} ${gap >= 0 ? 'above' : 'below'} training ${last.trainLoss.toFixed(4)})`,
      );
      expect(text).toContain(`to ${(last.valAccuracy * 100).toFixed(1)}%`);
    }
  });

  it('names the schedule that ended with the lowest validation loss', () => {
    const finals = runs.map((r) => ({ schedule: r.schedule, val: r.epochs.at(-1)?.valLoss ?? 0 }));
    const winner = finals.reduce((a, b) => (b.val < a.val ? b : a));
    expect(textOf(html)).toContain(
      `On tfjs, ${winner.schedule} ended with the lowest validation loss, ${winner.val.toFixed(4)}`,
    );
  });
});

describe('the report in Chromium', () => {
  it('fits a 390 px phone: no sideways scroll, charts shrink, the table scrolls in its box', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(pathToFileURL(reportPath).href);
    const { scrollWidth, innerWidth } = await horizontalExtent(page);
    expect(innerWidth).toBe(PHONE.width);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    const charts = await renderedWidths(page, '.charts svg');
    expect(charts.length).toBe(4); // lr, beta1 (one-cycle cycles it), training and validation loss
    for (const width of charts) {
      expect(width).toBeGreaterThan(200);
      expect(width).toBeLessThanOrEqual(PHONE.width - 16);
    }
    // The wide table keeps its columns and scrolls inside its own box.
    const table = await page.$eval('.table-wrap', (el) => ({
      box: el.clientWidth,
      content: el.scrollWidth,
    }));
    expect(table.box).toBeLessThanOrEqual(PHONE.width);
    expect(table.content).toBeGreaterThan(table.box);
    expect(await page.locator('.findings li').count()).toBe(2);
    expect(await page.locator('.findings li').first().isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('keeps charts at their full size on a desktop', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(pathToFileURL(reportPath).href);
    expect((await horizontalExtent(page)).scrollWidth).toBeLessThanOrEqual(DESKTOP.width);
    for (const width of await renderedWidths(page, '.charts svg')) expect(width).toBe(642); // 640 + border
    await page.close();
  }, 60_000);
});
