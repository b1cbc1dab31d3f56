import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsDist as dist, launchChromium } from './site-browser';
import { type StaticServer, serveStatic } from './static-server';

let server: StaticServer;
let browser: Browser;
let page: Page;
const heard: string[] = [];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built page is served at (cleanUrls: no `.html`, `index` is the folder). */
function pathOf(file: string): string {
  const path = `/${relative(dist, file).replaceAll('\\', '/')}`;
  return path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('The docs site is not built: run `pnpm --filter @lrkit/docs build`');
  }
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Vue's production build reports a mismatch with one console.error once hydration is done;
  // any error or warning at all fails the page.
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /hydrat|mismatch/i.test(m.text()))
      heard.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => heard.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = existsSync(`${dist}/index.html`)
  ? htmlFiles(dist)
      .filter((file) => !file.endsWith('404.html'))
      .map(pathOf)
      .sort()
  : [];
let withMaths = 0;

describe('every built page hydrates without a mismatch (inline $…$ maths included)', () => {
  it('the site has its pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s hydrates with no warning or error', async (path) => {
    heard.length = 0;
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    // Hydration is over once Vue has put the app on its container.
    await page.waitForFunction(
      () => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__,
      undefined,
      { timeout: 30_000 },
    );
    // Rendered maths is still in the page after hydration (not dropped by the client).
    if ((await page.locator('.vp-doc mjx-container').count()) > 0) withMaths++;
    expect(heard).toEqual([]);
  });

  it('pages with maths were among them', () => {
    expect(withMaths).toBeGreaterThan(10);
  });
});
