/**
 * For fastai's `valley`: `lds[i]`, the length of the longest strictly decreasing run of losses
 * (a subsequence) ending at i, and the first i where it is longest. fastai computes it with a
 * double loop; this gives the same numbers in O(n log n) with a Fenwick tree of maxima over the
 * losses' ranks, so a long run cannot stall the suggestion. NaN must be cut off before.
 */
export function longestValley(losses: readonly number[]): { end: number; length: number } {
  const n = losses.length;
  const ranks = ranksDescending(losses);
  const tree = new Int32Array(n + 1);
  let end = 0;
  let length = n > 0 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const rank = ranks[i]!;
    // A predecessor needs a strictly larger loss: a smaller rank.
    let best = 0;
    for (let r = rank - 1; r > 0; r -= r & -r) best = Math.max(best, tree[r]!);
    const lds = best + 1;
    for (let r = rank; r <= n; r += r & -r) tree[r] = Math.max(tree[r]!, lds);
    if (lds > length) {
      length = lds;
      end = i;
    }
  }
  return { end, length };
}

/** Rank 1 for the largest loss, equal losses sharing a rank (a typed sort and binary searches). */
function ranksDescending(losses: readonly number[]): Int32Array {
  const sorted = Float64Array.from(losses).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[distinct - 1]) sorted[distinct++] = sorted[k]!;
  }
  const ranks = new Int32Array(losses.length);
  for (let i = 0; i < losses.length; i++) {
    const v = losses[i]!;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = distinct - lo;
  }
  return ranks;
}
