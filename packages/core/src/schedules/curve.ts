import { invalid } from '../internal/validate';
import { formulaOf, type Schedule } from './schedule';

/**
 * The values of a schedule at steps `start` … `start + steps − 1`, in a Float64Array (or in
 * `out`): the fast path for plots and previews, with the steps checked once instead of at
 * every call of `lrAt`.
 *
 * @example scheduleCurve(cosineSchedule({ peakLr: 1, decaySteps: 100 }), 101) // 101 values
 */
export function scheduleCurve(
  schedule: Schedule,
  steps: number,
  options: { start?: number; out?: Float64Array } = {},
): Float64Array {
  if (!Number.isSafeInteger(steps) || steps < 0) {
    invalid('steps', steps, 'must be a non-negative integer');
  }
  const start = options.start ?? 0;
  if (!Number.isSafeInteger(start) || start < 0 || !Number.isSafeInteger(start + steps)) {
    invalid('start', start, 'must be a non-negative integer step');
  }
  const out = options.out ?? new Float64Array(steps);
  if (out.length < steps) invalid('out', out.length, `must hold at least ${steps} values`);
  const at = formulaOf(schedule);
  for (let i = 0; i < steps; i++) out[i] = at(start + i);
  return out;
}
