/**
 * Small numeric kernels the suggestions share, written to the libraries' own formulas so the same
 * index comes out: torch's argmin, numpy's and torch's `gradient`.
 */

/**
 * torch.argmin over `values`: the first NaN if there is one (torch treats NaN as the least value),
 * otherwise the first index of the least value; -1 for an empty array (where torch raises).
 */
export function torchArgmin(values: readonly number[]): number {
  let best = -1;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) return i;
    if (best === -1 || v < bestValue) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

/** numpy.gradient with unit spacing (edge_order 1): central differences, one-sided at the ends. */
export function unitGradient(f: readonly number[]): number[] {
  const n = f.length;
  const out = new Array<number>(n);
  for (let i = 1; i < n - 1; i++) out[i] = (f[i + 1]! - f[i - 1]!) / 2;
  out[0] = f[1]! - f[0]!;
  out[n - 1] = f[n - 1]! - f[n - 2]!;
  return out;
}

/**
 * The gradient of `f` with respect to the coordinates `x` (numpy.gradient / torch.gradient with a
 * coordinate spacing, edge_order 1): the second-order formula for uneven steps inside,
 * one-sided differences at the ends. Needs at least 2 points.
 */
export function coordinateGradient(f: readonly number[], x: readonly number[]): number[] {
  const n = f.length;
  const out = new Array<number>(n);
  for (let i = 1; i < n - 1; i++) {
    const dx1 = x[i]! - x[i - 1]!;
    const dx2 = x[i + 1]! - x[i]!;
    const a = -dx2 / (dx1 * (dx1 + dx2));
    const b = (dx2 - dx1) / (dx1 * dx2);
    const c = dx1 / (dx2 * (dx1 + dx2));
    out[i] = a * f[i - 1]! + b * f[i]! + c * f[i + 1]!;
  }
  out[0] = (f[1]! - f[0]!) / (x[1]! - x[0]!);
  out[n - 1] = (f[n - 1]! - f[n - 2]!) / (x[n - 1]! - x[n - 2]!);
  return out;
}

/** Python's `seq[start:-end]` bounds for non-negative start and end (`[a:-0]` is empty). */
export function pythonSliceBounds(
  length: number,
  start: number,
  end: number,
): { from: number; to: number } {
  const from = Math.min(start, length);
  const to = end === 0 ? 0 : Math.max(length - end, 0);
  return { from, to: Math.max(from, to) };
}
