import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a snippet of the "Which schedule should I use?" guide, returning what it printed. */
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

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('"Which schedule should I use?" samples print what their comments say', () => {
  it('which-fine-tune.ts: warmup from 0 to the peak at step 60, then linear to 0', async () => {
    const [[first, peak, last]] = (await run('which-fine-tune.ts')) as [[number, number, number]];
    expect(first).toBe(0);
    expect(close(peak, 2e-5)).toBe(true);
    expect(close(last, 2e-5 / 940)).toBe(true);
  });

  it('which-known-budget.ts: peak at the end of the warmup, the floor at the last step', async () => {
    const [[first, peak, last], [lr, momentum]] = (await run('which-known-budget.ts')) as [
      [number, number, number],
      [number, number],
    ];
    expect(first).toBe(0);
    expect(close(peak, 1e-3)).toBe(true);
    expect(last).toBeGreaterThan(1e-5);
    expect(last).toBeLessThan(1.0001e-5);
    // OneCycleLR's warmup is 30% of 10,000 steps: step 2999 is its peak, momentum at its base.
    expect(close(lr, 0.1)).toBe(true);
    expect(close(momentum, 0.85)).toBe(true);
  });

  it('which-unknown-budget.ts: extending a WSD run keeps every lr before the decay', async () => {
    const [[same], [planned, extended], [stable]] = (await run('which-unknown-budget.ts')) as [
      [boolean],
      [number, number],
      [number],
    ];
    expect(same).toBe(true);
    expect(planned).toBe(extended);
    expect(planned).toBeGreaterThan(0);
    expect(planned).toBeLessThan(1e-7);
    expect(close(stable, 3e-4)).toBe(true);
  });

  it('which-noisy-plateau.ts: jitter under the threshold is a stall; one halving', async () => {
    const [[lrs]] = (await run('which-noisy-plateau.ts')) as [[number[]]];
    expect(lrs).toEqual([
      0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005,
    ]);
  });

  it('which-porting.ts: halfway down PyTorch’s cosine', async () => {
    const [[lrs]] = (await run('which-porting.ts')) as [[number[]]];
    // eta_min + (0.1 − eta_min)(1 + cos(π/2)) / 2, PyTorch's closed form at T_cur = T_max / 2.
    expect(lrs).toHaveLength(1);
    expect(close(lrs[0]!, 1e-4 + (0.1 - 1e-4) / 2)).toBe(true);
  });
});
