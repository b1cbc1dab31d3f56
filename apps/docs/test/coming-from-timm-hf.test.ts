import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a snippet of guide/coming-from.md (timm and HuggingFace sections), returning what it printed. */
async function run(file: string): Promise<unknown[][]> {
  vi.resetModules();
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

describe('the timm and HuggingFace samples of "Coming from" print what their comments say', () => {
  it('timm: the second cycle starts at half the peak (times lr_scale); create_scheduler_v2 epochs', async () => {
    const [[lrs], [epochs, lr]] = (await run('coming-from-timm.ts')) as [
      [number[]],
      [number, number],
    ];
    expect(lrs[0]).toBeCloseTo(2.5e-4, 15);
    expect(lrs[1]).toBeCloseTo(2.5e-5, 15);
    expect(epochs).toBe(95);
    expect(lr).toBeCloseTo(1e-4, 15);
  });

  it('HuggingFace: LambdaLR starts at λ(0) = 0, the warmup ends at the base lr; the Trainer counts', async () => {
    const [[start], [afterWarmup], [warmup, total]] = (await run('coming-from-hf.ts')) as [
      [number],
      [number],
      [number, number],
    ];
    expect(start).toBe(0);
    expect(afterWarmup).toBeCloseTo(3e-5, 18);
    expect([warmup, total]).toEqual([200, 2000]);
  });
});
