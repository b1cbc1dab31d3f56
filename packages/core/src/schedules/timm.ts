import { floorLogRatio } from '../internal/exact-log';
import {
  boolean,
  finiteNumber,
  invalid,
  nonNegativeInteger,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  positiveInteger,
  positiveNumber,
} from '../internal/validate';
import { type NoiseType, noiseSampler } from './noise';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

// timm's CosineLRScheduler, TanhLRScheduler and PolyLRScheduler (timm/scheduler/cosine_lr.py,
// tanh_lr.py, poly_lr.py, scheduler.py): absolute lrs for one param group whose lr is `baseLr`
// (timm's base_values). Use one schedule per group with ScheduleLR's scale 'absolute'.

/** Options shared by the three timm schedules (timm's argument names, camelCase). */
export interface TimmCommonOptions {
  /** The param group's lr: the peak of the first cycle (timm's base_values). */
  baseLr: number;
  /** Steps (or epochs) of the first cycle (timm's t_initial). */
  tInitial: number;
  /** Floor of every cycle. Default 0. */
  lrMin?: number;
  /** Each cycle is cycleMul times longer. Default 1. */
  cycleMul?: number;
  /** Each cycle's peak is cycleDecay times the previous one. Default 1. */
  cycleDecay?: number;
  /** Cycles before the lr stays at lrMin. Default 1 (as timm). */
  cycleLimit?: number;
  /** Warmup steps. Default 0. */
  warmupT?: number;
  /** The lr at step 0 of the warmup. Default 0. */
  warmupLrInit?: number;
  /** true: the cycles start after the warmup; false (default): the warmup overlays their start. */
  warmupPrefix?: boolean;
  /** Noisy steps: from this step on, or [start, end). Omitted: no noise. */
  noiseRangeT?: number | readonly [number, number];
  /** Default 0.67. */
  noisePct?: number;
  /** Default 1. */
  noiseStd?: number;
  /** Default 42. */
  noiseSeed?: number;
  /** Default 'normal'. */
  noiseType?: NoiseType;
}

const COMMON_KEYS = [
  'baseLr',
  'tInitial',
  'lrMin',
  'cycleMul',
  'cycleDecay',
  'cycleLimit',
  'warmupT',
  'warmupLrInit',
  'warmupPrefix',
  'noiseRangeT',
  'noisePct',
  'noiseStd',
  'noiseSeed',
  'noiseType',
] as const;

type Common = Required<Omit<TimmCommonOptions, 'noiseRangeT'>> & {
  noiseRangeT: number | [number, number] | undefined;
};

function noiseRangeOf(value: unknown): number | [number, number] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (value.length !== 2) invalid('noiseRangeT', value, 'must be a step or [start, end]');
    const start = nonNegativeInteger('noiseRangeT[0]', value[0]);
    const end = nonNegativeInteger('noiseRangeT[1]', value[1]);
    if (end <= start) invalid('noiseRangeT[1]', end, `must be greater than ${start}`);
    return [start, end];
  }
  return nonNegativeInteger('noiseRangeT', value);
}

function commonOptions(options: TimmCommonOptions): Common {
  const seed = options.noiseSeed ?? 42;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    invalid('noiseSeed', seed, 'must be an integer in [0, 2^32)');
  }
  return {
    baseLr: nonNegativeNumber('baseLr', options.baseLr),
    tInitial: positiveInteger('tInitial', options.tInitial),
    lrMin: nonNegativeNumber('lrMin', options.lrMin ?? 0),
    cycleMul: positiveNumber('cycleMul', options.cycleMul ?? 1),
    cycleDecay: positiveNumber('cycleDecay', options.cycleDecay ?? 1),
    cycleLimit: nonNegativeInteger('cycleLimit', options.cycleLimit ?? 1),
    warmupT: nonNegativeInteger('warmupT', options.warmupT ?? 0),
    warmupLrInit: nonNegativeNumber('warmupLrInit', options.warmupLrInit ?? 0),
    warmupPrefix: boolean('warmupPrefix', options.warmupPrefix ?? false),
    noiseRangeT: noiseRangeOf(options.noiseRangeT),
    noisePct: numberInRange('noisePct', options.noisePct ?? 0.67, {
      min: 0,
      max: 1,
      minOpen: true,
    }),
    noiseStd: positiveNumber('noiseStd', options.noiseStd ?? 1),
    noiseSeed: seed,
    noiseType: oneOf('noiseType', options.noiseType ?? 'normal', ['normal', 'uniform']),
  };
}

/** A cycle's lr from its peak, the floor and (tCurr, tI). */
type CycleFormula = (lrMax: number, lrMin: number, tCurr: number, tI: number) => number;

/** timm's `_get_lr` without the warmup (and without noise), its cycle arithmetic kept as timm writes it. */
function cycleLr(c: Common, formula: CycleFormula, t: number): number {
  if (c.warmupPrefix) t -= c.warmupT;
  const { tInitial, cycleMul: mul } = c;
  let i: number;
  let tI = tInitial;
  let tCurr: number;
  if (mul === 1) {
    i = Math.floor(t / tInitial);
    tCurr = t - tInitial * i;
  } else {
    // timm floors log(x, mul) in CPython: at an exact cycle boundary the rounding of the two
    // logs picks the cycle, so they are rounded as CPython's libm rounds them.
    i = floorLogRatio(1 - (t / tInitial) * (1 - mul), mul);
    tI = mul ** i * tInitial;
    tCurr = t - ((1 - mul ** i) / (1 - mul)) * tInitial;
  }
  // Shrinking cycles (cycleMul < 1) end after a finite time; timm fails there, lrkit holds lrMin.
  if (!Number.isFinite(i) || i >= c.cycleLimit) return c.lrMin;
  return formula(c.cycleDecay === 1 ? c.baseLr : c.baseLr * c.cycleDecay ** i, c.lrMin, tCurr, tI);
}

function timmSchedule(
  type: string,
  c: Common,
  extra: Record<string, number>,
  formula: CycleFormula,
  warmupTarget: number,
): Schedule {
  const step = c.warmupT ? (warmupTarget - c.warmupLrInit) / c.warmupT : 1;
  const range = c.noiseRangeT;
  const noisy = (t: number) =>
    range !== undefined && (typeof range === 'number' ? t >= range : range[0] <= t && t < range[1]);
  const spec = { type, ...c, ...extra, noiseRangeT: range };
  const sample = noiseSampler(c.noiseType, c.noisePct, c.noiseStd);
  return makeSchedule(spec, (t) => {
    const lr = t < c.warmupT ? c.warmupLrInit + t * step : cycleLr(c, formula, t);
    if (!noisy(t)) return lr;
    return lr + lr * sample(c.noiseSeed, t);
  });
}

/** Options of {@link timmCosine}. */
export interface TimmCosineOptions extends TimmCommonOptions {
  /** k-decay (Zhang et al.): the cosine's phase is tCurr^k / tI^k. Default 1. */
  kDecay?: number;
}

/**
 * timm `CosineLRScheduler`: SGDR cosine cycles with warmup, cycle_mul, cycle_decay,
 * cycle_limit, k_decay and noise; timm's numbers (noise draws aside, see noiseSchedule).
 * Spec type `'timm-cosine'`.
 */
export function timmCosine(options: TimmCosineOptions): Schedule {
  checkOptions('timm-cosine', options, [...COMMON_KEYS, 'kDecay']);
  const c = commonOptions(options);
  const k = positiveNumber('kDecay', options.kDecay ?? 1);
  // x ** 1 is x exactly: skipping the pow keeps timm's numbers and saves two pow calls a step.
  const phase = k === 1 ? (tCurr: number, tI: number) => tCurr / tI : undefined;
  const formula: CycleFormula = (lrMax, lrMin, tCurr, tI) =>
    lrMin +
    0.5 *
      (lrMax - lrMin) *
      (1 + Math.cos(phase ? (Math.PI * tCurr) / tI : (Math.PI * tCurr ** k) / tI ** k));
  return timmSchedule('timm-cosine', c, { kDecay: k }, formula, c.baseLr);
}

/** Options of {@link timmPoly}. */
export interface TimmPolyOptions extends TimmCommonOptions {
  /** Exponent of the decay. Default 0.5. */
  power?: number;
  /** k-decay: progress is tCurr^k / tI^k. Default 1. */
  kDecay?: number;
}

/**
 * timm `PolyLRScheduler`: lrMin + (lrMax − lrMin) · (1 − tCurr^k / tI^k)^power per cycle, with
 * timm's warmup, cycles and noise. Spec type `'timm-poly'`.
 */
export function timmPoly(options: TimmPolyOptions): Schedule {
  checkOptions('timm-poly', options, [...COMMON_KEYS, 'power', 'kDecay']);
  const c = commonOptions(options);
  const power = positiveNumber('power', options.power ?? 0.5);
  const k = positiveNumber('kDecay', options.kDecay ?? 1);
  const formula: CycleFormula = (lrMax, lrMin, tCurr, tI) =>
    lrMin + (lrMax - lrMin) * (1 - (k === 1 ? tCurr / tI : tCurr ** k / tI ** k)) ** power;
  return timmSchedule('timm-poly', c, { power, kDecay: k }, formula, c.baseLr);
}

/** Options of {@link timmTanh}. */
export interface TimmTanhOptions extends TimmCommonOptions {
  /** Lower bound of the tanh argument. Default -7. */
  lb?: number;
  /** Upper bound of the tanh argument. Default 3. */
  ub?: number;
}

/**
 * timm `TanhLRScheduler` (Hsueh et al.): lrMin + ½ (lrMax − lrMin)(1 − tanh(lb (1 − r) + ub r))
 * per cycle, r = tCurr / tI. Without warmupPrefix its warmup climbs to the curve's value at
 * warmupT, as timm's. Spec type `'timm-tanh'`.
 */
export function timmTanh(options: TimmTanhOptions): Schedule {
  checkOptions('timm-tanh', options, [...COMMON_KEYS, 'lb', 'ub']);
  const c = commonOptions(options);
  const lb = finiteNumber('lb', options.lb ?? -7);
  const ub = finiteNumber('ub', options.ub ?? 3);
  if (!(lb < ub)) invalid('lb', lb, `must be less than ub (${ub})`);
  const formula: CycleFormula = (lrMax, lrMin, tCurr, tI) => {
    const tr = tCurr / tI;
    return lrMin + 0.5 * (lrMax - lrMin) * (1 - Math.tanh(lb * (1 - tr) + ub * tr));
  };
  const target = c.warmupPrefix ? c.baseLr : cycleLr(c, formula, c.warmupT);
  return timmSchedule('timm-tanh', c, { lb, ub }, formula, target);
}
