import { mulberry32 } from '../../src/random';

export const rng = mulberry32;

/** Uniform float32 values in [-scale, scale). */
export function randomArray(next: () => number, length: number, scale = 1): Float32Array {
  return Float32Array.from({ length }, () => (next() * 2 - 1) * scale);
}
