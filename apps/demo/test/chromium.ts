import { type Browser, chromium, type Page } from 'playwright-core';

/** Headless Debian chromium, offline-friendly (no background fetches). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1360, height: 860 } as const;

/** How far the page can scroll sideways: the document's scroll width and the viewport's width. */
export function horizontalExtent(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

/** The rendered widths of the elements a selector matches (CSS pixels). */
export function renderedWidths(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (nodes) => nodes.map((n) => n.getBoundingClientRect().width));
}
