import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a snippet of the "When the plan changes" guide, returning what it printed. */
async function run(file: string): Promise<unknown[][]> {
  const printed: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args);
  });
  vi.resetModules();
  await import(/* @vite-ignore */ `../snippets/${file}`);
  return printed;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('"When the plan changes" samples print what their comments say', () => {
  it('plan-changes-plateau.ts: warmup, then halvings at the stalled epochs; a cut cosine', async () => {
    const [[lrs], [ratio]] = (await run('plan-changes-plateau.ts')) as [[number[]], [number]];
    expect(lrs).toEqual([0.01, 0.04, 0.07, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025]);
    expect(ratio).toBeCloseTo(0.1, 15);
  });

  it('plan-changes-resize.ts: every policy ends at etaMin; only keep-fraction jumps', async () => {
    const printed = (await run('plan-changes-resize.ts')) as string[][];
    const saved = printed.at(-1)![0];
    expect(saved).toBe('0.06580');
    expect(printed.slice(0, 4)).toEqual([
      ['keep-fraction', '0.08362', '0.00100'],
      ['continue', saved, '0.00100'],
      ['cooldown-now', saved, '0.00100'],
      ['rewarm', saved, '0.00100'],
    ]);
  });

  it('plan-changes-weight-decay.ts: decay scheduled 0.04 → 0.4, none on the bias group', async () => {
    const printed = await run('plan-changes-weight-decay.ts');
    expect(printed).toEqual([[[0.4, 0]], [[0.5]]]);
  });
});
