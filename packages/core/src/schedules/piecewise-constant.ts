import { invalid, nonNegativeInteger, nonNegativeNumber } from '../internal/validate';
import { checkOptions, countBelow, increasing, numberList } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link piecewiseConstantSchedule}. */
export interface PiecewiseConstantScheduleOptions {
  /** Strictly increasing steps (integers ≥ 0) after which the next value applies. */
  boundaries: readonly number[];
  /** One more value than boundaries: values[i] applies while boundaries[i-1] < step ≤ boundaries[i]. */
  values: readonly number[];
}

/** Option keys of the `'piecewise-constant'` spec. */
export const PIECEWISE_CONSTANT_KEYS = ['boundaries', 'values'] as const;

/**
 * Constant pieces (Keras `PiecewiseConstantDecay`): values[0] up to and including
 * boundaries[0], values[1] up to boundaries[1], ..., the last value after the last boundary.
 * As in Keras and optax, a boundary step still has the previous value. Spec type
 * `'piecewise-constant'`.
 */
export function piecewiseConstantSchedule(options: PiecewiseConstantScheduleOptions): Schedule {
  checkOptions('piecewise-constant', options, PIECEWISE_CONSTANT_KEYS);
  const boundaries = numberList('boundaries', options.boundaries, nonNegativeInteger);
  increasing('boundaries', boundaries, true);
  const values = numberList('values', options.values, nonNegativeNumber);
  if (values.length !== boundaries.length + 1) {
    invalid(
      'values',
      options.values,
      `must have one more entry than boundaries (${boundaries.length + 1}), but it has ${values.length}`,
    );
  }
  return makeSchedule(
    { type: 'piecewise-constant', boundaries, values },
    (t) => values[countBelow(boundaries, t)]!,
  );
}
