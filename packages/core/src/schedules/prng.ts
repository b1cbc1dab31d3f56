/** A 32-bit integer hash whose output bits each depend on every input bit. */
function hash32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const TWO_32 = 4294967296;

/**
 * A small counter-based PRNG: uniform numbers in [0, 1) from a stream keyed by (seed, step),
 * so the noise at a step is the same whatever order steps are evaluated in. Not cryptographic.
 */
export function seededUniforms(seed: number, step: number): () => number {
  const low = step >>> 0;
  const high = Math.floor(step / TWO_32) >>> 0;
  let state = hash32((seed >>> 0) ^ hash32(low ^ hash32(high + 0x9e3779b9)));
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    return hash32(state) / TWO_32;
  };
}

/** A standard normal sample (Box–Muller) from uniforms in [0, 1). */
export function normalSample(next: () => number): number {
  const u1 = 1 - next();
  const u2 = next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
