// Bundles page.ts with esbuild, serves it and onnxruntime-web's wasm files on 127.0.0.1, and opens
// it in Debian's Chromium through playwright-core. Requests to any other host fail the test.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ORT_DIST = fileURLToPath(new URL('../../node_modules/onnxruntime-web/dist', import.meta.url));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.html': 'text/html',
};
const HTML =
  '<!doctype html><meta charset="utf-8"><body><script type="module" src="/page.js"></script></body>';

export interface TestPage {
  page: Page;
  /** Requests the page made to a host other than the test server (must stay empty). */
  offHost: string[];
  /** Files of onnxruntime-web the page fetched from the server. */
  ortFiles: string[];
  /** What the page printed with console.log, and its uncaught errors. */
  logs: string[];
  errors: string[];
  /** Calls a function of the page's `lrkitTest` object and returns its (serialized) result. */
  call<T>(name: string, ...args: number[]): Promise<T>;
  close(): Promise<void>;
}

type PageApi = Record<string, (...args: number[]) => unknown>;

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const script = fileURLToPath(new URL('../../../../scripts/ensure-chromium.sh', import.meta.url));
  execFileSync('bash', [script], { stdio: 'inherit' });
}

/** A page script given as source (a README sample), instead of page.ts. */
export interface PageSource {
  contents: string;
  /** Import specifier → file, e.g. `@lrkit/onnx-training/web` → its source entry. */
  alias?: Record<string, string>;
}

async function bundlePage(source?: PageSource): Promise<string> {
  const packageDir = fileURLToPath(new URL('../..', import.meta.url));
  const result = await build({
    ...(source
      ? {
          stdin: { contents: source.contents, resolveDir: packageDir, loader: 'js' as const },
          alias: source.alias ?? {},
        }
      : { entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))] }),
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function openTestPage(source?: PageSource): Promise<TestPage> {
  ensureChromium();
  const script = await bundlePage(source);
  const ortFiles: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/' || pathname === '/page.js') {
      response.writeHead(200, { 'content-type': TYPES[pathname === '/' ? '.html' : '.js']! });
      response.end(pathname === '/' ? HTML : script);
      return;
    }
    const file = pathname.startsWith('/ort/')
      ? join(ORT_DIST, normalize(pathname.slice('/ort/'.length)).replace(/^(\.\.[/\\])+/, ''))
      : '';
    if (!file.startsWith(ORT_DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    ortFiles.push(pathname.slice('/ort/'.length));
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  const offHost: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    offHost.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  const logs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'log') logs.push(message.text());
  });
  await page.goto(origin);
  if (!source) {
    await page.waitForFunction(() => 'lrkitTest' in globalThis || null, undefined, {
      timeout: 60_000,
    });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  }
  return {
    page,
    offHost,
    ortFiles,
    logs,
    errors,
    call: <T>(name: string, ...args: number[]) =>
      page.evaluate(
        ([n, a]) => (globalThis as unknown as { lrkitTest: PageApi }).lrkitTest[n]!(...a),
        [name, args] as const,
      ) as Promise<T>,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
