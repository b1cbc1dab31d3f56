import {
  invalid,
  nonNegativeInteger,
  numberInRange,
  oneOf,
  positiveNumber,
} from '../internal/validate';
import { normalCdf, normalQuantile } from './normal';
import { checkOptions, scheduleOption } from './options';
import { nextState, streamState, uniformOf } from './prng';
import { formulaOf, makeSchedule, type Schedule } from './schedule';

/** The distribution of the relative noise. */
export type NoiseType = 'normal' | 'uniform';

/** Options of {@link noiseSchedule}. */
export interface NoiseScheduleOptions {
  /** The schedule to perturb. */
  schedule: Schedule;
  /** Seed of the noise (an integer in [0, 2³²)); the same seed gives the same curve. Default 42. */
  seed?: number;
  /** 'normal' (truncated to |n| < noisePct, as timm's resampling) or 'uniform' in (−noisePct, noisePct). Default 'normal'. */
  noiseType?: NoiseType;
  /** Largest relative change, in (0, 1]. Default 0.67 (timm's noise_pct). */
  noisePct?: number;
  /** Standard deviation of the normal noise before the limit. Default 1 (timm's noise_std). */
  noiseStd?: number;
  /** First noisy step. Default 0. */
  startStep?: number;
  /** First step without noise again; omitted: noise to the end. */
  endStep?: number;
}

/** Option keys of the `'noise'` spec. */
export const NOISE_KEYS = [
  'schedule',
  'seed',
  'noiseType',
  'noisePct',
  'noiseStd',
  'startStep',
  'endStep',
] as const;

/** Draws the relative noise of a step from (seed, step). */
export type NoiseSampler = (seed: number, step: number) => number;

/**
 * The relative noise as a pure function of (seed, step): one uniform per step, mapped to
 * (−noisePct, noisePct) directly (uniform) or through the normal quantile restricted to
 * |n| < noisePct (a normal(0, noiseStd) truncated as timm's resampling does, without a loop).
 */
export function noiseSampler(
  noiseType: NoiseType,
  noisePct: number,
  noiseStd: number,
): NoiseSampler {
  if (noiseType === 'uniform') {
    return (seed, step) => 2 * (uniformOf(nextState(streamState(seed, step))) - 0.5) * noisePct;
  }
  const low = 1 - normalCdf(noisePct / noiseStd);
  const width = 1 - 2 * low;
  const limit = noisePct * (1 - 1e-12);
  return (seed, step) => {
    const p = low + width * uniformOf(nextState(streamState(seed, step)));
    const n = noiseStd * normalQuantile(Math.min(Math.max(p, Number.MIN_VALUE), 1 - 1e-16));
    // The quantile's 1e-9 approximation error must not cross the limit.
    return Math.min(Math.max(n, -limit), limit);
  };
}

/**
 * Multiplies a schedule by (1 + n) with seeded, reproducible noise n per step, as timm's
 * noise_range_t / noise_pct / noise_std / noise_seed. The noise depends only on (seed, step):
 * every worker and every resume sees the same curve. timm draws from torch's generator, so the
 * individual draws differ from timm's; their distribution is the same. Spec type `'noise'`.
 */
export function noiseSchedule(options: NoiseScheduleOptions): Schedule {
  checkOptions('noise', options, NOISE_KEYS);
  const inner = scheduleOption('schedule', options.schedule);
  const seed = options.seed ?? 42;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    invalid('seed', seed, 'must be an integer in [0, 2^32)');
  }
  const noiseType = oneOf('noiseType', options.noiseType ?? 'normal', ['normal', 'uniform']);
  const noisePct = numberInRange('noisePct', options.noisePct ?? 0.67, {
    min: 0,
    max: 1,
    minOpen: true,
  });
  const noiseStd = positiveNumber('noiseStd', options.noiseStd ?? 1);
  const startStep = nonNegativeInteger('startStep', options.startStep ?? 0);
  const endStep =
    options.endStep === undefined ? undefined : nonNegativeInteger('endStep', options.endStep);
  if (endStep !== undefined && endStep <= startStep) {
    invalid('endStep', endStep, `must be greater than startStep (${startStep})`);
  }
  const end = endStep ?? Number.POSITIVE_INFINITY;
  const spec = {
    type: 'noise',
    seed,
    noiseType,
    noisePct,
    noiseStd,
    startStep,
    endStep,
    schedule: inner.spec,
  };
  const innerAt = formulaOf(inner);
  const sample = noiseSampler(noiseType, noisePct, noiseStd);
  return makeSchedule(spec, (t) => {
    const lr = innerAt(t);
    if (t < startStep || t >= end) return lr;
    return lr * (1 + sample(seed, t));
  });
}
