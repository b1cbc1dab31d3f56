// The natural logarithm rounded correctly to the nearest double, as glibc's log (which CPython's
// math.log calls) returns it. V8's Math.log is off by one ulp for some arguments (Math.log(3));
// where a library floors log(x) / log(y), that ulp decides which restart cycle a boundary step
// falls in, so formulas ported from Python use this log when it matters.

/** A double-double: the unevaluated sum hi + lo with |lo| ≤ ulp(hi) / 2. */
type DD = readonly [number, number];

const SPLITTER = 134217729; // 2^27 + 1, Dekker's splitting constant

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return quickTwoSum(s, e + a[1] + b[1]);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function divByNumber(a: DD, d: number): DD {
  const q1 = a[0] / d;
  const [p, pe] = twoProd(q1, d);
  return quickTwoSum(q1, (a[0] - p - pe + a[1]) / d);
}

function divide(n: DD, d: DD): DD {
  const q1 = n[0] / d[0];
  const r = add(n, mul([-q1, 0], d));
  return quickTwoSum(q1, r[0] / d[0]);
}

/** ln 2 to about 107 bits. */
const LN2: DD = [Math.LN2, 2.3190468138462996e-17];

/** ln(m) for m in [√½, √2): 2 atanh((m − 1) / (m + 1)) summed in double-double. */
function logNearOne(m: number): DD {
  // m − 1 is exact here (Sterbenz); m + 1 is kept exact as a double-double.
  const s = divide([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let term = s;
  let sum = s;
  for (let k = 3; k < 200; k += 2) {
    term = mul(term, s2);
    const next = divByNumber(term, k);
    if (Math.abs(next[0]) < Math.abs(sum[0]) * 1e-36 || next[0] === 0) break;
    sum = add(sum, next);
  }
  return add(sum, sum);
}

/**
 * ln(x) correctly rounded (to about 100 bits before the final rounding, so a wrong rounding
 * needs a value within 2^-100 of a midpoint). Non-positive, infinite and NaN arguments give what
 * Math.log gives.
 */
export function exactLog(x: number): number {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY) return Math.log(x);
  if (x === 1) return 0;
  let k = 0;
  let m = x;
  if (m < 2 ** -1000) {
    m *= 2 ** 100;
    k -= 100;
  }
  const e = Math.min(1023, Math.floor(Math.log2(m)));
  m /= 2 ** e;
  k += e;
  // Math.log2 may be one off near powers of two; scaling by 2 is exact.
  while (m >= 2) {
    m /= 2;
    k++;
  }
  while (m < 1) {
    m *= 2;
    k--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  const result = add(mul(LN2, [k, 0]), logNearOne(m));
  return result[0] + result[1];
}

/**
 * Python's `math.floor(math.log(x, base))` (log(x) / log(base), each log correctly rounded), the
 * cycle index of timm's and Keras' restarts. Math.log decides it unless the quotient is within
 * rounding of an integer; there the correctly rounded logs decide, as they do in CPython.
 */
export function floorLogRatio(x: number, base: number): number {
  const q = Math.log(x) / Math.log(base);
  const nearest = Math.round(q);
  if (Math.abs(q - nearest) > 1e-9 * Math.max(1, Math.abs(q))) return Math.floor(q);
  return Math.floor(exactLog(x) / exactLog(base));
}
