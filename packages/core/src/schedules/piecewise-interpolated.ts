import { invalid, nonNegativeInteger, nonNegativeNumber, oneOf } from '../internal/validate';
import { checkOptions, countAtOrBelow, increasing, numberList } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** How a piecewise interpolated schedule moves between two knots. */
export type Interpolation = 'linear' | 'cosine';

/** Options of {@link piecewiseInterpolatedSchedule}. */
export interface PiecewiseInterpolatedScheduleOptions {
  /** Non-decreasing steps (integers ≥ 0) of the knots; a repeated step is a jump. */
  boundaries: readonly number[];
  /** The lr at each knot (same length as boundaries). */
  values: readonly number[];
  /** Straight lines or half-cosines between knots. Default 'linear'. */
  interpolation?: Interpolation;
}

/** Option keys of the `'piecewise-interpolated'` spec. */
export const PIECEWISE_INTERPOLATED_KEYS = ['boundaries', 'values', 'interpolation'] as const;

/** optax's `_linear_interpolate` / `_cosine_interpolate` between two knots at fraction pct. */
export function interpolate(kind: Interpolation, start: number, end: number, pct: number): number {
  if (kind === 'linear') return (end - start) * pct + start;
  return end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
}

/** The knot-interpolation formula shared with optax's one-cycle presets. */
export function interpolateKnots(
  kind: Interpolation,
  boundaries: readonly number[],
  values: readonly number[],
): (t: number) => number {
  const last = boundaries.length - 1;
  return (t) => {
    // The last knot at or before t; a repeated boundary picks its later value.
    const i = countAtOrBelow(boundaries, t) - 1;
    if (i < 0) return values[0]!;
    if (i >= last) return values[last]!;
    const start = boundaries[i]!;
    return interpolate(
      kind,
      values[i]!,
      values[i + 1]!,
      (t - start) / (boundaries[i + 1]! - start),
    );
  };
}

/**
 * Interpolates between knots (boundaries[i], values[i]), linearly or along half-cosines (as
 * optax's `piecewise_interpolate_schedule`, given absolute values instead of scales): values[0]
 * before the first knot, the last value after the last. Spec type `'piecewise-interpolated'`.
 */
export function piecewiseInterpolatedSchedule(
  options: PiecewiseInterpolatedScheduleOptions,
): Schedule {
  checkOptions('piecewise-interpolated', options, PIECEWISE_INTERPOLATED_KEYS);
  const boundaries = numberList('boundaries', options.boundaries, nonNegativeInteger);
  if (boundaries.length === 0) invalid('boundaries', options.boundaries, 'must not be empty');
  increasing('boundaries', boundaries, false);
  const values = numberList('values', options.values, nonNegativeNumber);
  if (values.length !== boundaries.length) {
    invalid(
      'values',
      options.values,
      `must have one entry per boundary (${boundaries.length}), but it has ${values.length}`,
    );
  }
  const interpolation = oneOf('interpolation', options.interpolation ?? 'linear', [
    'linear',
    'cosine',
  ]);
  return makeSchedule(
    { type: 'piecewise-interpolated', boundaries, values, interpolation },
    interpolateKnots(interpolation, boundaries, values),
  );
}
