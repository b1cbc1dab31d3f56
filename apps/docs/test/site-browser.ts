// What every browser test of the docs shares: the built site under test and Debian's Chromium,
// headless and offline (no network beyond the local static server).
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/**
 * The built site. LRKIT_DOCS_DIST points at one built elsewhere (`vitepress build . --outDir
 * <dir>`), so that a parallel build does not wipe the site under test.
 */
export const docsDist =
  process.env.LRKIT_DOCS_DIST ?? fileURLToPath(new URL('../.vitepress/dist', import.meta.url));

/** Where tests leave screenshots of what they saw. */
export const shotsDir = fileURLToPath(new URL('../test-results', import.meta.url));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium (scripts/ensure-chromium.sh installs it), never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
