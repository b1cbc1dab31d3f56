/** A 32-bit integer hash whose output bits each depend on every input bit. */
export function hash32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const TWO_32 = 4294967296;

/** The stream's starting state for (seed, step): steps up to 2⁵³ map to distinct inputs. */
export function streamState(seed: number, step: number): number {
  const low = step >>> 0;
  const high = step < TWO_32 ? HIGH_ZERO : hash32((Math.floor(step / TWO_32) >>> 0) + 0x9e3779b9);
  return hash32((seed >>> 0) ^ hash32(low ^ high));
}

/** hash32 of the high word 0: the value for every step below 2³². */
const HIGH_ZERO = /* @__PURE__ */ hash32(0x9e3779b9);

/** The next state of a stream (a Weyl sequence; hash32 of it is the output). */
export function nextState(state: number): number {
  return (state + 0x9e3779b9) >>> 0;
}

/** A uniform number in [0, 1) from a stream state. */
export function uniformOf(state: number): number {
  return hash32(state) / TWO_32;
}
