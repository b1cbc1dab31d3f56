import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a snippet of guide/coming-from.md as the reader would, returning what it printed. */
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

describe('the samples of "Coming from" print what their comments say', () => {
  it('DeepSpeed: the warmup ends at warmup_max_lr; the curve has every step', async () => {
    const [[peak], [length]] = (await run('coming-from-deepspeed.ts')) as [[number], [number]];
    expect(peak).toBeCloseTo(3e-4, 15);
    expect(length).toBe(1000);
  });

  it('Megatron and torchtitan: a warmup step, then the floor of the cosine decay', async () => {
    const [[megatron], [titanLast]] = (await run('coming-from-megatron.ts')) as [
      [number],
      [number],
    ];
    expect(megatron).toBeCloseTo(3e-4 / 200, 18);
    // torchtitan's last training step sits at min_lr_factor of the lr.
    expect(titanLast).toBeCloseTo(3e-5, 12);
  });

  it('Keras: the warmup target at step 100, and Keras’ serialized form back', async () => {
    const [[target], [json]] = (await run('coming-from-keras.ts')) as [[number], [string]];
    expect(target).toBeCloseTo(1e-3, 15);
    expect(JSON.parse(json)).toMatchObject({ class_name: 'CosineDecay', registered_name: null });
  });

  it('Lightning: the plateau entry reduced the lr once the loss stalled', async () => {
    const [[lr]] = (await run('coming-from-lightning.ts')) as [[number]];
    expect(lr).toBeCloseTo(0.01, 15);
  });
});
