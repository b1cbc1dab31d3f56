import {
  boolean,
  invalid,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
} from '../internal/validate';
import { checkOptions, scheduleOption } from './options';
import { fillOf, formulaOf, makeSchedule, type RangeFill, type Schedule } from './schedule';

/** The curve of a warmup from its start lr to its target. */
export type WarmupShape = 'linear' | 'cosine' | 'exponential';

/** Options of {@link warmupSchedule}. */
export interface WarmupScheduleOptions {
  /** The schedule that follows the warmup. */
  schedule: Schedule;
  /** Steps of warmup; the target is reached at exactly this step. 0 disables it. */
  warmupSteps: number;
  /** The lr at step 0. Default 0 (must be > 0 for an exponential warmup). */
  startLr?: number;
  /** Default 'linear'. 'exponential' multiplies by a constant factor every step. */
  shape?: WarmupShape;
  /**
   * true (default): the wrapped schedule starts after the warmup (lr(W + t) = schedule(t)) and
   * the warmup climbs to schedule(0). false: the warmup replaces the wrapped schedule's first
   * W steps and climbs to schedule(W).
   */
  prefix?: boolean;
}

/** Option keys of the `'warmup'` spec. */
export const WARMUP_KEYS = ['schedule', 'warmupSteps', 'startLr', 'shape', 'prefix'] as const;

/** The warmup ramp from `start` to `target` as a function of the fraction p ∈ [0, 1). */
export function warmupRamp(
  shape: WarmupShape,
  start: number,
  target: number,
): (p: number) => number {
  if (shape === 'linear') return (p) => start + (target - start) * p;
  if (shape === 'cosine') {
    return (p) => start + ((target - start) * (1 - Math.cos(Math.PI * p))) / 2;
  }
  return (p) => start * (target / start) ** p;
}

/**
 * Puts a warmup (linear, cosine or exponential, from any startLr) in front of any schedule.
 * The lr equals the target at exactly step warmupSteps. Spec type `'warmup'`.
 *
 * @example warmupSchedule({ warmupSteps: 500, schedule: cosineSchedule({ peakLr: 3e-4, decaySteps: 9500 }) })
 */
export function warmupSchedule(options: WarmupScheduleOptions): Schedule {
  checkOptions('warmup', options, WARMUP_KEYS);
  const inner = scheduleOption('schedule', options.schedule);
  const warmupSteps = nonNegativeInteger('warmupSteps', options.warmupSteps);
  const startLr = nonNegativeNumber('startLr', options.startLr ?? 0);
  const shape = oneOf('shape', options.shape ?? 'linear', ['linear', 'cosine', 'exponential']);
  const prefix = boolean('prefix', options.prefix ?? true);
  const target = inner.lrAt(prefix ? 0 : warmupSteps);
  if (shape === 'exponential' && warmupSteps > 0) {
    if (startLr <= 0) invalid('startLr', startLr, 'must be positive for an exponential warmup');
    if (target <= 0) {
      invalid('schedule', inner.spec, 'must start above 0 for an exponential warmup');
    }
  }
  const spec = { type: 'warmup', warmupSteps, startLr, shape, prefix, schedule: inner.spec };
  const innerAt = formulaOf(inner);
  const shift = prefix ? warmupSteps : 0;
  const ramp = warmupRamp(shape, startLr, target);
  const innerFill = fillOf(inner);
  const fill: RangeFill = (out, offset, from, count) => {
    const ramped = Math.max(0, Math.min(count, warmupSteps - from));
    for (let k = 0; k < ramped; k++) out[offset + k] = ramp((from + k) / warmupSteps);
    if (ramped < count) innerFill(out, offset + ramped, from + ramped - shift, count - ramped);
  };
  return makeSchedule(
    spec,
    (t) => (t < warmupSteps ? ramp(t / warmupSteps) : innerAt(t - shift)),
    fill,
  );
}
