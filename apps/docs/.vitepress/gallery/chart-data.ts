import type { Curve } from './types';

/** True when every series holds the same numbers as the first (groups that coincide). */
export function coincide(series: readonly (readonly number[])[]): boolean {
  const [first, ...rest] = series;
  if (!first) return false;
  return rest.every((s) => s.length === first.length && s.every((v, i) => Object.is(v, first[i])));
}

/**
 * True when the schedule ignores the groups' base lrs: the curve for other base lrs is the same.
 * Its pages then have no base-lr controls (they would change nothing).
 */
export function isAbsolute(
  compute: (baseLrs: readonly number[]) => Curve,
  baseLrs: readonly number[],
): boolean {
  try {
    const a = compute(baseLrs);
    const b = compute(baseLrs.map((lr, g) => lr * 3 + 0.01 * (g + 1)));
    return a.lr.every((series, g) => coincide([series, b.lr[g]!]));
  } catch {
    return false;
  }
}

/** CSV of a curve: step, then one column per group, every number at full precision. */
export function csvOf(curve: Curve, what = 'lr'): string {
  const header = ['step', ...curve.lr.map((_, g) => `group ${g} ${what}`)];
  const rows = curve.steps.map((step, i) => [step, ...curve.lr.map((series) => series[i]!)]);
  return `${[header.join(','), ...rows.map((row) => row.map(String).join(','))].join('\n')}\n`;
}

/** The rows of the first-values table: the first `count` steps and the last one. */
export function firstRows(curve: Curve, count = 10): { step: number; values: string[] }[] {
  const last = curve.steps.length - 1;
  const indices = curve.steps.map((_, i) => i).filter((i) => i < count || i === last);
  return indices.map((i) => ({
    step: curve.steps[i]!,
    values: curve.lr.map((series) => String(series[i]!)),
  }));
}
