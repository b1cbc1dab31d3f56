// Python's float arithmetic where it differs from JavaScript's, for formulas ported from Python.

/**
 * Python's `a // b` on floats: CPython divides a − fmod(a, b) and rounds that to the nearest
 * integer, so `1 // 0.1` is 9 where Math.floor(1 / 0.1) is 10. Integers give the exact floor.
 */
export function pyFloorDiv(a: number, b: number): number {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) {
    mod += b;
    div -= 1;
  }
  if (div === 0) return 0;
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return floor;
}

/** Python's `bisect.bisect_right(list, x)`, the same binary search (also on an unsorted list). */
export function bisectRight(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < list[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
