import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const dir = fileURLToPath(new URL('../snippets', import.meta.url));
/** Snippets for runtimes that need a model or a session run in their packages' own tests. */
const coreSnippets = readdirSync(dir).filter((f) => f.endsWith('.ts') && !/^(tfjs|onnx)/.test(f));

/** Runs a snippet file as the reader would, returning what it printed. */
async function run(file: string): Promise<unknown[][]> {
  const printed: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args);
  });
  await import(/* @vite-ignore */ `../snippets/${file}`);
  return printed;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = [
  'index.md',
  ...['guide', 'gallery'].flatMap((d) =>
    readdirSync(`${root}/${d}`)
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${d}/${f}`),
  ),
];

describe('code samples of the site are type-checked files', () => {
  it('no page has an inline TypeScript or JavaScript block (samples come from snippets/)', () => {
    const inline = pages.filter((page) =>
      /^```(ts|js|typescript|javascript)\b/m.test(readFileSync(`${root}/${page}`, 'utf8')),
    );
    expect(inline).toEqual([]);
  });

  it('every included snippet exists and every snippet is included by a page', () => {
    const included = pages.flatMap((page) =>
      [...readFileSync(`${root}/${page}`, 'utf8').matchAll(/^<<< @\/snippets\/([\w.-]+)/gm)].map(
        (m) => m[1]!,
      ),
    );
    for (const file of included) expect(existsSync(`${dir}/${file}`), file).toBe(true);
    const all = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(all.filter((f) => !included.includes(f))).toEqual([]);
  });
});

describe('code samples of the site run', () => {
  it('finds the samples', () => {
    expect(coreSnippets.length).toBeGreaterThanOrEqual(7);
  });

  it.each(coreSnippets)('%s runs without throwing', async (file) => {
    await expect(run(file)).resolves.toBeDefined();
  });

  it('checkpoints.ts resumes on the same lr, as the guide says', async () => {
    vi.resetModules();
    expect(await run('checkpoints.ts')).toEqual([[true]]);
  });

  it('specs.ts prints the spec its comment shows', async () => {
    vi.resetModules();
    const printed = await run('specs.ts');
    expect(printed.at(-1)).toEqual(['{"version":1,"type":"StepLR","stepSize":30,"gamma":0.1}']);
  });

  it('home.ts ends OneCycleLR at maxLr / 25 / 1e4, as its comment says', async () => {
    vi.resetModules();
    const [[lastLr]] = (await run('home.ts')) as [[number[]]];
    expect(lastLr).toHaveLength(1);
    expect(Math.abs(lastLr[0]! - 4e-7)).toBeLessThan(1e-18);
  });

  it('getting-started.ts fits y = 3x + 1 with the scheduled lr', async () => {
    vi.resetModules();
    const [[params, lastLr]] = (await run('getting-started.ts')) as [[number[], number[]]];
    expect(params[0]).toBeCloseTo(3, 1);
    expect(params[1]).toBeCloseTo(1, 1);
    expect(lastLr[0]).toBeLessThan(0.002);
  });
});
