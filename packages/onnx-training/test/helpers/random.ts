/** A small seeded PRNG (mulberry32) so every test run sees the same numbers. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform float32 values in [-scale, scale). */
export function randomArray(next: () => number, length: number, scale = 1): Float32Array {
  return Float32Array.from({ length }, () => (next() * 2 - 1) * scale);
}
