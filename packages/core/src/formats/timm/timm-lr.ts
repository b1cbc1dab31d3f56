import { floorLogRatio } from '../../internal/exact-log';
import { invalid } from '../../internal/validate';
import { bisectRight, pyFloorDiv } from './python-math';
import type { TimmConfig, TimmDecayFn } from './timm-config';

// timm's `_get_lr(t)` of each scheduler, with its float arithmetic in timm's order, so the
// numbers are CPython's (the restart index included, see floorLogRatio).

/** Where t falls in the restart cycles: cycle index i, step in it and its length. */
function cycleAt(c: TimmConfig, t: number): { i: number; tCurr: number; tI: number } {
  const mul = c.cycle_mul;
  if (mul === 1) {
    const i = pyFloorDiv(t, c.t_initial);
    return { i, tCurr: t - c.t_initial * i, tI: c.t_initial };
  }
  const x = 1 - (t / c.t_initial) * (1 - mul);
  // Shrinking cycles (cycle_mul < 1) end after a finite time: Python's log fails there.
  if (!(x > 0)) {
    invalid(
      't',
      t,
      `is past the end of timm's shrinking cycles (cycle_mul ${mul} < 1; timm raises "math domain error")`,
    );
  }
  const i = floorLogRatio(x, mul);
  return { i, tI: mul ** i * c.t_initial, tCurr: t - ((1 - mul ** i) / (1 - mul)) * c.t_initial };
}

function cycleValue(c: TimmConfig, lrMax: number, tCurr: number, tI: number): number {
  const k = c.k_decay;
  switch (c.scheduler) {
    case 'CosineLRScheduler':
      return c.lr_min + 0.5 * (lrMax - c.lr_min) * (1 + Math.cos((Math.PI * tCurr ** k) / tI ** k));
    case 'PolyLRScheduler':
      return c.lr_min + (lrMax - c.lr_min) * (1 - tCurr ** k / tI ** k) ** c.power;
    default: {
      const tr = tCurr / tI;
      return c.lr_min + 0.5 * (lrMax - c.lr_min) * (1 - Math.tanh(c.lb * (1 - tr) + c.ub * tr));
    }
  }
}

function cycleLrs(c: TimmConfig, t: number, baseValues: readonly number[], out: number[]): void {
  const { i, tCurr, tI } = cycleAt(c, t);
  const gamma = c.cycle_decay ** i;
  for (let g = 0; g < baseValues.length; g++) {
    out[g] = i < c.cycle_limit ? cycleValue(c, baseValues[g]! * gamma, tCurr, tI) : c.lr_min;
  }
}

function wsdStable(c: TimmConfig, tS: number): number {
  if (c.stable_fn === 'constant') return 1;
  const power = c.stable_fn === 'rsqrt' ? 0.5 : c.stable_power;
  return (1 + tS / (c.stable_timescale as number)) ** -power;
}

function wsdDecay(c: TimmConfig, frac: number, decayFn: TimmDecayFn | undefined): number {
  switch (c.decay_fn) {
    case 'callable': {
      const value = decayFn!(frac);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        invalid('decay_fn', value, `must return a finite number (at frac ${frac})`);
      }
      return value;
    }
    case 'linear':
      return 1 - frac;
    case '1-sqrt':
      return 1 - Math.sqrt(frac);
    case 'cosine':
      return 0.5 * (1 + Math.cos(Math.PI * frac));
    case 'power':
      return 1 - frac ** c.decay_power;
    default: {
      const r = c.decay_ratio;
      return (r ** frac - r) / (1 - r);
    }
  }
}

function wsdLrs(
  c: TimmConfig,
  t: number,
  baseValues: readonly number[],
  decayFn: TimmDecayFn | undefined,
  out: number[],
): void {
  const tS = t - c.warmup_t;
  const stable = wsdStable(c, tS);
  const tDecay = tS - (c.t_initial - (c.decay_t as number));
  const decay = tDecay <= 0 ? 1 : wsdDecay(c, Math.min(tDecay / (c.decay_t as number), 1), decayFn);
  for (let g = 0; g < baseValues.length; g++) {
    const lr = Math.max(baseValues[g]! * stable, c.lr_min);
    out[g] = tDecay <= 0 ? lr : c.lr_min + (lr - c.lr_min) * decay;
  }
}

/**
 * timm's `_get_lr(t)`: the lr of every group at t (before `lr_scale` and noise), written to
 * `out`. `warmupSteps` are the per-group warmup increments timm computes at construction.
 */
export function timmLrs(
  c: TimmConfig,
  t: number,
  baseValues: readonly number[],
  warmupSteps: readonly number[],
  decayFn: TimmDecayFn | undefined,
  out: number[],
): void {
  if (t < c.warmup_t) {
    for (let g = 0; g < baseValues.length; g++) out[g] = c.warmup_lr_init + t * warmupSteps[g]!;
    return;
  }
  if (c.scheduler === 'WSDLRScheduler') {
    wsdLrs(c, t, baseValues, decayFn, out);
    return;
  }
  const tt = c.warmup_prefix ? t - c.warmup_t : t;
  if (c.scheduler === 'StepLRScheduler' || c.scheduler === 'MultiStepLRScheduler') {
    const n =
      c.scheduler === 'StepLRScheduler'
        ? pyFloorDiv(tt, c.decay_t as number)
        : bisectRight(c.decay_t as number[], tt + 1);
    const factor = c.decay_rate ** n;
    for (let g = 0; g < baseValues.length; g++) out[g] = baseValues[g]! * factor;
    return;
  }
  cycleLrs(c, tt, baseValues, out);
}

/**
 * timm's `get_cycle_length()` (cosine, tanh, poly, WSD): the steps the schedule spans with its
 * cycle_limit cycles, the warmup added where it is a prefix.
 */
export function timmCycleLength(c: TimmConfig): number {
  if (c.scheduler === 'WSDLRScheduler') return c.warmup_t + c.t_initial;
  const cycles = Math.max(1, c.cycle_limit);
  const t =
    c.cycle_mul === 1
      ? c.t_initial * cycles
      : Math.floor((-c.t_initial * (c.cycle_mul ** cycles - 1)) / (1 - c.cycle_mul));
  return c.warmup_prefix ? t + c.warmup_t : t;
}
