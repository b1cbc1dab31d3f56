import { nonNegativeNumber, positiveNumber } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

/** Options of {@link inverseSqrtSchedule}. */
export interface InverseSqrtScheduleOptions {
  /** The lr at step 0. */
  peakLr: number;
  /** Steps over which the lr falls by a factor √2 (positive); the decay is √(τ / (t + τ)). */
  timescaleSteps: number;
}

/** Option keys of the `'inverse-sqrt'` spec. */
export const INVERSE_SQRT_KEYS = ['peakLr', 'timescaleSteps'] as const;

/**
 * Inverse square-root decay (the Transformer's "Noam" tail; HF `get_inverse_sqrt_schedule`
 * after its warmup). Wrap it in `warmupSchedule` for the warmup. Spec type `'inverse-sqrt'`.
 *
 * lr(t) = peakLr / √((t + τ) / τ)
 */
export function inverseSqrtSchedule(options: InverseSqrtScheduleOptions): Schedule {
  checkOptions('inverse-sqrt', options, INVERSE_SQRT_KEYS);
  const peakLr = nonNegativeNumber('peakLr', options.peakLr);
  const timescaleSteps = positiveNumber('timescaleSteps', options.timescaleSteps);
  return makeSchedule(
    { type: 'inverse-sqrt', peakLr, timescaleSteps },
    (t) => peakLr / Math.sqrt((t + timescaleSteps) / timescaleSteps),
  );
}
