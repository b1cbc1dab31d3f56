import { nonNegativeNumber, positiveInteger, positiveNumber } from '../internal/validate';
import { atMost, checkOptions } from './options';
import { makeSchedule, type RangeFill, type Schedule } from './schedule';

/** Options of {@link cosineSchedule}. */
export interface CosineScheduleOptions {
  /** The lr at step 0. */
  peakLr: number;
  /** The lr from step decaySteps on. Default 0. */
  minLr?: number;
  /** Steps of the half cosine from peakLr down to minLr (a positive integer). */
  decaySteps: number;
  /** Raises the cosine factor to this power (optax's `exponent`); > 1 decays sooner. Default 1. */
  exponent?: number;
}

/** Option keys of the `'cosine'` spec. */
export const COSINE_KEYS = ['peakLr', 'minLr', 'decaySteps', 'exponent'] as const;

/**
 * Half-cosine decay from peakLr to minLr over decaySteps, held at minLr afterwards
 * (optax `cosine_decay_schedule` with alpha = minLr / peakLr). Spec type `'cosine'`.
 *
 * lr(t) = minLr + (peakLr − minLr) · (½ (1 + cos(π · min(t, T) / T)))^exponent
 */
export function cosineSchedule(options: CosineScheduleOptions): Schedule {
  checkOptions('cosine', options, COSINE_KEYS);
  const peakLr = nonNegativeNumber('peakLr', options.peakLr);
  const minLr = nonNegativeNumber('minLr', options.minLr ?? 0);
  atMost('minLr', minLr, 'peakLr', peakLr);
  const decaySteps = positiveInteger('decaySteps', options.decaySteps);
  const exponent = positiveNumber('exponent', options.exponent ?? 1);
  const half = (t: number) =>
    0.5 * (1 + Math.cos((Math.PI * Math.min(t, decaySteps)) / decaySteps));
  const spec = { type: 'cosine', peakLr, minLr, decaySteps, exponent };
  if (exponent === 1) {
    // The loop repeats the formula's expression exactly, so its values equal lrAt's.
    const fill: RangeFill = (out, offset, from, count) => {
      for (let k = 0; k < count; k++) {
        const t = from + k;
        out[offset + k] =
          minLr +
          (peakLr - minLr) *
            (0.5 * (1 + Math.cos((Math.PI * Math.min(t, decaySteps)) / decaySteps)));
      }
    };
    return makeSchedule(spec, (t) => minLr + (peakLr - minLr) * half(t), fill);
  }
  return makeSchedule(spec, (t) => minLr + (peakLr - minLr) * half(t) ** exponent);
}
