// Runs bench/web/page.ts in Debian's headless Chromium (playwright-core): the page and
// onnxruntime-web's wasm are served from 127.0.0.1, any other request is refused. The CPU time of
// a round is read from /proc for every thread of Chromium's renderer processes.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserServer, chromium, type Page } from 'playwright-core';
import type { Kind } from '../configs';

const ORT_DIST = fileURLToPath(new URL('../../node_modules/onnxruntime-web/dist', import.meta.url));
const HTML =
  '<!doctype html><meta charset="utf-8"><body><script type="module" src="/page.js"></script></body>';

export interface WebBench {
  version: string;
  setup(id: string, config: number, kind: Kind, loop: 'trainer' | 'raw'): Promise<void>;
  /** Renderer CPU ms per step over `steps` steps, and the page's own wall ms per step. */
  round(id: string, steps: number): Promise<{ cpuMs: number; wallMs: number; loss: number }>;
  /** Requests that were not for the local server (refused; must stay empty). */
  offHost: string[];
  close(): Promise<void>;
}

function serve(script: string): Promise<Server> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/' || pathname === '/page.js') {
      response.writeHead(200, {
        'content-type': pathname === '/' ? 'text/html' : 'text/javascript',
      });
      response.end(pathname === '/' ? HTML : script);
      return;
    }
    const file = join(
      ORT_DIST,
      normalize(pathname.replace(/^\/ort\//, '')).replace(/^(\.\.\/)+/, ''),
    );
    if (!pathname.startsWith('/ort/') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Pids of the renderer processes under Chromium's browser process. */
function rendererPids(browserPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      const cmdline = readFileSync(`/proc/${child}/cmdline`, 'utf8');
      if (cmdline.includes('--type=renderer')) out.push(child);
      walk(child);
    }
  };
  walk(browserPid);
  return out;
}

/** Nanoseconds on the CPU of every thread of the given processes (/proc/<pid>/task/<tid>/schedstat). */
function cpuNs(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // A thread that ended.
      }
    }
  }
  return total;
}

export async function openWebBench(): Promise<WebBench> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  const server = await serve(bundled.outputFiles[0]!.text);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browserServer: BrowserServer = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
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
  const browser: Browser = await chromium.connect(browserServer.wsEndpoint());
  const page: Page = await browser.newPage();
  const offHost: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    offHost.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin);
  await page.waitForFunction(() => 'lrkitBench' in globalThis, undefined, { timeout: 120_000 });
  const pids = () => rendererPids(browserServer.process().pid!);
  const call = <T>(name: string, args: unknown[]) =>
    page.evaluate(
      ([n, a]) =>
        (globalThis as unknown as { lrkitBench: Record<string, (...x: unknown[]) => unknown> })
          .lrkitBench[n]!(...(a as unknown[])),
      [name, args] as const,
    ) as Promise<T>;
  return {
    version: browser.version(),
    offHost,
    setup: async (id, config, kind, loop) => {
      await call('setup', [id, config, kind, loop]);
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    },
    round: async (id, steps) => {
      const renderers = pids();
      const before = cpuNs(renderers);
      const { wallMs, loss } = await call<{ wallMs: number; loss: number }>('run', [id, steps]);
      return { cpuMs: (cpuNs(renderers) - before) / 1e6 / steps, wallMs, loss };
    },
    close: async () => {
      await browser.close();
      await browserServer.close();
      await new Promise((done) => server.close(done));
    },
  };
}
