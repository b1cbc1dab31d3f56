import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeReadmeSamples } from '../../../scripts/readme-samples';

/** The README's TypeScript examples run as written, against the package source. */
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const source = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lrkit-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(code: string, exports = ''): Promise<Record<string, unknown>> {
  const file = join(dir, `block-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, `${code.replaceAll("'@lrkit/core'", JSON.stringify(source))}\n${exports}\n`);
  return import(/* @vite-ignore */ file);
}

describe('README examples', () => {
  it('has the examples this test runs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('quick start: warmup then cosine drives the hand-written SGD to the minimum', async () => {
    const block = blocks.find((b) => b.includes('weights'))!;
    const m = await load(block, 'export { weights, optimizer, scheduler };');
    const weights = m.weights as number[];
    expect(Math.abs(weights[0]!)).toBeLessThan(1e-3);
    expect((m.optimizer as { paramGroups: { lr: number }[] }).paramGroups[0]!.lr).toBeCloseTo(
      1e-4,
      12,
    );
  });

  it('the scheduler examples build and step', async () => {
    const block = blocks.find((b) => b.includes('ParamwiseScheduler'))!;
    const m = await load(block, 'export { twoGroups, oneCycle, adam };');
    const twoGroups = m.twoGroups as { paramGroups: { lr: number }[] };
    expect(twoGroups.paramGroups[0]!.lr).toBeCloseTo((1e-4 * (1 + Math.cos(Math.PI / 10))) / 2, 15);
    expect(twoGroups.paramGroups[1]!.lr).toBe(1e-3);
    expect((m.adam as { paramGroups: { betas: number[] }[] }).paramGroups[0]!.betas).toStrictEqual([
      0.95, 0.999,
    ]);
  });

  it('the fromTorch example', async () => {
    const block = blocks.find((b) => b.includes("scheduler: 'SequentialLR'"))!;
    const m = await load(block, 'export { optimizer };');
    expect((m.optimizer as { paramGroups: { lr: number }[] }).paramGroups[0]!.lr).toBeCloseTo(
      0.01,
      15,
    );
  });

  it('the custom scheduler example', async () => {
    const block = blocks.find((b) => b.includes('class WarmupLR'))!;
    const m = await load(block, 'export { WarmupLR };');
    const WarmupLR = m.WarmupLR as new (
      o: unknown,
      x: { warmupSteps: number },
    ) => {
      step(): void;
      getLastLr(): number[];
      stateDict(): { scheduler: string };
    };
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const s = new WarmupLR(optimizer, { warmupSteps: 4 });
    s.step();
    expect(s.getLastLr()).toStrictEqual([0.5]);
    expect(s.stateDict().scheduler).toBe('WarmupLR');
    expect(() => new WarmupLR({ paramGroups: [{ lr: 1 }] }, { warmupSteps: 0 })).toThrow(
      /warmupSteps/,
    );
  });
});

await describeReadmeSamples({
  readme: fileURLToPath(new URL('../README.md', import.meta.url)),
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  replace: { '@lrkit/core': source },
});
