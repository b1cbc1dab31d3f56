import {
  finiteNumber,
  nonNegativeNumber,
  oneOf,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';
import { type CycleShape, cycleFactorOf } from './cycle-shapes';
import { atMost, checkOptions } from './options';
import { makeSchedule, type RangeFill, type Schedule } from './schedule';

/** Options of {@link restartsSchedule}. */
export interface RestartsScheduleOptions {
  /** The curve of every cycle. Default 'cosine' (SGDR). */
  shape?: CycleShape;
  /** The lr at the start of the first cycle. */
  peakLr: number;
  /** The lr at the end of every cycle (and after the last). Default 0. */
  minLr?: number;
  /** Steps of the first cycle (a positive integer). */
  cycleSteps: number;
  /** Each cycle is cycleMul times as long as the one before (timm's cycle_mul). Default 1. */
  cycleMul?: number;
  /** Each cycle's peak is cycleDecay times the one before (timm's cycle_decay). Default 1. */
  cycleDecay?: number;
  /** Cycles to run; after them the lr stays at minLr. Omitted: no limit. */
  cycleLimit?: number;
  /** timm's k-decay: progress through a cycle is (t / T)^kDecay. > 1 keeps the lr high longer. Default 1. */
  kDecay?: number;
  /** Exponent of the 'polynomial' shape. Default 1. */
  power?: number;
  /** Lower bound of the 'tanh' shape (timm's lb). Default -7. */
  tanhLowerBound?: number;
  /** Upper bound of the 'tanh' shape (timm's ub). Default 3. */
  tanhUpperBound?: number;
}

/** Option keys of the `'restarts'` spec. */
export const RESTARTS_KEYS = [
  'shape',
  'peakLr',
  'minLr',
  'cycleSteps',
  'cycleMul',
  'cycleDecay',
  'cycleLimit',
  'kDecay',
  'power',
  'tanhLowerBound',
  'tanhUpperBound',
] as const;

/** Where step t falls: cycle index, step within the cycle and the cycle's length. */
export interface CyclePosition {
  cycle: number;
  stepInCycle: number;
  cycleLength: number;
}

/**
 * The cycle containing step t when the first cycle has `first` steps and each next one `mul`
 * times more. The log estimate is corrected against the exact cycle starts, so a boundary step
 * always begins its cycle. Returns null past the end of shrinking cycles (mul < 1).
 */
export function cyclePosition(t: number, first: number, mul: number): CyclePosition | null {
  const at = locateCycle(t, first, mul);
  if (at === null) return null;
  return { cycle: at.cycle, stepInCycle: t - at.start, cycleLength: at.length };
}

interface CycleSpan {
  cycle: number;
  start: number;
  end: number;
  length: number;
}

function cycleStart(cycle: number, first: number, mul: number): number {
  return (first * (mul ** cycle - 1)) / (mul - 1);
}

function locateCycle(t: number, first: number, mul: number): CycleSpan | null {
  if (mul === 1) {
    const cycle = Math.floor(t / first);
    const start = cycle * first;
    return { cycle, start, end: start + first, length: first };
  }
  const x = 1 + (t * (mul - 1)) / first;
  if (x <= 0) return null;
  let cycle = Math.max(0, Math.floor(Math.log(x) / Math.log(mul)));
  if (!Number.isFinite(cycle)) return null;
  let start = cycleStart(cycle, first, mul);
  while (cycle > 0 && start > t) start = cycleStart(--cycle, first, mul);
  let end = cycleStart(cycle + 1, first, mul);
  while (end <= t) {
    start = end;
    end = cycleStart(++cycle + 1, first, mul);
  }
  return { cycle, start, end, length: first * mul ** cycle };
}

/**
 * Remembers the last cycle found, so that evaluating consecutive steps (a preview, a training
 * loop) skips the logarithm; every step still gets exactly the uncached answer.
 */
function cachedCycle(first: number, mul: number): (t: number) => CycleSpan | null {
  let last: CycleSpan | null = null;
  return (t) => {
    if (last !== null && t >= last.start && t < last.end) return last;
    const span = locateCycle(t, first, mul);
    if (span !== null) last = span;
    return span;
  };
}

/**
 * Cycles of a decay shape restarted at a (decaying) peak: SGDR's warm restarts with timm's
 * cycle_mul, cycle_decay, cycle_limit and k_decay. Spec type `'restarts'`.
 *
 * In cycle i with length Tᵢ and step tᵢ inside it:
 * lr = minLr + (peakLr · cycleDecay^i − minLr) · shape((tᵢ / Tᵢ)^kDecay)
 */
export function restartsSchedule(options: RestartsScheduleOptions): Schedule {
  checkOptions('restarts', options, RESTARTS_KEYS);
  const shape = oneOf('shape', options.shape ?? 'cosine', [
    'cosine',
    'linear',
    'polynomial',
    'tanh',
  ]);
  const peakLr = nonNegativeNumber('peakLr', options.peakLr);
  const minLr = nonNegativeNumber('minLr', options.minLr ?? 0);
  atMost('minLr', minLr, 'peakLr', peakLr);
  const cycleSteps = positiveInteger('cycleSteps', options.cycleSteps);
  const cycleMul = positiveNumber('cycleMul', options.cycleMul ?? 1);
  const cycleDecay = positiveNumber('cycleDecay', options.cycleDecay ?? 1);
  const cycleLimit =
    options.cycleLimit === undefined
      ? undefined
      : positiveInteger('cycleLimit', options.cycleLimit);
  const kDecay = positiveNumber('kDecay', options.kDecay ?? 1);
  const power = positiveNumber('power', options.power ?? 1);
  const tanhLowerBound = finiteNumber('tanhLowerBound', options.tanhLowerBound ?? -7);
  const tanhUpperBound = finiteNumber('tanhUpperBound', options.tanhUpperBound ?? 3);
  const params = { power, tanhLowerBound, tanhUpperBound };
  const limit = cycleLimit ?? Number.POSITIVE_INFINITY;
  const spec = {
    type: 'restarts',
    shape,
    peakLr,
    minLr,
    cycleSteps,
    cycleMul,
    cycleDecay,
    cycleLimit,
    kDecay,
    power,
    tanhLowerBound,
    tanhUpperBound,
  };
  const locate = cachedCycle(cycleSteps, cycleMul);
  const shapeOf = cycleFactorOf(shape, params);
  let peakCycle = 0;
  let peak = peakLr;
  const at = (t: number): number => {
    const at = locate(t);
    if (at === null || at.cycle >= limit) return minLr;
    const progress = (t - at.start) / at.length;
    const factor = shapeOf(kDecay === 1 ? progress : progress ** kDecay);
    if (at.cycle !== peakCycle) {
      peakCycle = at.cycle;
      peak = peakLr * cycleDecay ** at.cycle;
    }
    return minLr + (peak - minLr) * factor;
  };
  // Cycle by cycle: one lookup per cycle instead of one per step, same expressions as `at`.
  const fill: RangeFill = (out, offset, from, count) => {
    let k = 0;
    while (k < count) {
      const span = locate(from + k);
      if (span === null || span.cycle >= limit) {
        out[offset + k] = minLr;
        k++;
        continue;
      }
      const cyclePeak = peakLr * cycleDecay ** span.cycle;
      const end = Math.min(count, span.end - from);
      if (end <= k) {
        // A span that does not contain the step (rounding): fall back to the formula.
        out[offset + k] = at(from + k);
        k++;
        continue;
      }
      for (; k < end; k++) {
        const progress = (from + k - span.start) / span.length;
        const factor = shapeOf(kDecay === 1 ? progress : progress ** kDecay);
        out[offset + k] = minLr + (cyclePeak - minLr) * factor;
      }
    }
  };
  return makeSchedule(spec, at, fill);
}
