import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist =
  process.env.LRKIT_DOCS_DIST ?? fileURLToPath(new URL('../.vitepress/dist', import.meta.url));
const ORIGIN = 'http://site.invalid';

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

/** The built file a link's path lands on, as a static host with cleanUrls serves it. */
function fileOf(pathname: string): string | null {
  const base = join(dist, decodeURIComponent(pathname));
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

describe('links of the built docs site', () => {
  it('every link of every page lands on a page (and on an anchor it has)', () => {
    if (!existsSync(`${dist}/index.html`))
      throw new Error('The docs site is not built: run `pnpm --filter @lrkit/docs build`');
    const pages = htmlFiles(dist).filter((file) => !file.endsWith('404.html'));
    const ids = new Map<string, Set<string>>();
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const from = `${ORIGIN}${pathOf(file)}`;
      for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
        const href = raw!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:)/.test(href) && !href.startsWith(ORIGIN)) continue;
        const url = new URL(href, from);
        checked++;
        const target = fileOf(url.pathname);
        if (!target) {
          broken.push(`${pathOf(file)} → ${href}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor === '' || !target.endsWith('.html')) continue;
        if (!ids.has(target)) ids.set(target, idsOf(readFileSync(target, 'utf8')));
        if (!ids.get(target)!.has(anchor)) broken.push(`${pathOf(file)} → ${href} (no #${anchor})`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});
