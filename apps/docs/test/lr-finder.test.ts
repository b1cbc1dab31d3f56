import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a snippet of the LR finder guide as the reader would, returning what it printed. */
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

describe('the LR finder guide’s samples run and print what the guide says', () => {
  it('lr-finder.ts: a range test on a hand-written SGD (linear regression), then OneCycle with the suggestion', async () => {
    const printed = await run('lr-finder.ts');
    const [, stoppedAt, , suggestions] = printed[0] as [
      string,
      number | null,
      string,
      Record<string, { lr: number; index: number } | null>,
    ];
    expect(stoppedAt === null || stoppedAt > 10).toBe(true);
    expect(Object.keys(suggestions)).toEqual(['minimum', 'steep', 'valley', 'slide']);
    const valley = suggestions.valley!;
    expect(valley.lr).toBeGreaterThan(1e-4);
    expect(valley.lr).toBeLessThan(10);
    const lightning = printed[1]![1] as { lr: number } | null;
    expect(lightning?.lr).toBeGreaterThan(0);
    const [, peak, , finalLoss] = printed[2] as [string, number, string, number];
    expect(peak).toBe(valley.lr);
    // from a mean squared error of about 20 at w = b = 0 down to a fraction of 1
    expect(finalLoss).toBeLessThan(0.5);
  });

  it('tfjs-lr-finder.ts: findLr on a compiled model restores the lr and gives a OneCycle spec', async () => {
    const printed = await run('tfjs-lr-finder.ts');
    const [label, valley, , lrBack] = printed.at(-2) as [string, number, string, number];
    expect(label).toBe('valley');
    expect(valley).toBeGreaterThan(0);
    expect(lrBack).toBe(1e-3);
    const spec = JSON.parse(printed.at(-1)![0] as string);
    expect(spec).toEqual({ version: 1, type: 'OneCycleLR', maxLr: valley, totalSteps: 320 });
    expect(printed.length).toBeGreaterThanOrEqual(3); // progress lines every 25 batches
  }, 120_000);

  it('onnx-lr-finder.ts: trainer.findLr with Lightning’s rules gives a warmup + cosine spec', async () => {
    const printed = await run('onnx-lr-finder.ts');
    const [, lr, , batches] = printed[0] as [string, number, string, number];
    expect(lr).toBeGreaterThan(0);
    expect(batches).toBeGreaterThan(11);
    const spec = JSON.parse(printed[1]![0] as string);
    expect(spec.type).toBe('warmup');
    expect(spec.schedule).toEqual({ type: 'cosine', peakLr: lr, minLr: 0, decaySteps: 380 });
  }, 120_000);
});
