// The standard normal distribution's CDF and quantile, for sampling truncated normal noise by
// inversion (one uniform per step, no rejection loop).

/** Φ(x) for x ≥ 0 by composite Simpson's rule on the density (used once per schedule build). */
export function normalCdf(x: number): number {
  if (x < 0) return 1 - normalCdf(-x);
  const intervals = 2000;
  const h = x / intervals;
  const density = (u: number) => Math.exp(-0.5 * u * u);
  let sum = density(0) + density(x);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
  return 0.5 + ((sum * h) / 3) * (1 / Math.sqrt(2 * Math.PI));
}

// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function tail(q: number): number {
  const num = ((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!;
  return num / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
}

/** Φ⁻¹(p) for p in (0, 1). */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  const num = (((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q;
  return num / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}
