import { invalid } from '../../internal/validate';
import { noiseSampler } from '../../schedules/noise';
import type { TimmNoiseConfig } from './timm-config';

/** timm's `_is_apply_noise(t)`: from noise_range_t on, or inside [start, end). */
export function timmNoiseApplies(c: TimmNoiseConfig, t: number): boolean {
  const range = c.noise_range_t;
  if (range === null) return false;
  return Array.isArray(range) ? range[0] <= t && t < range[1] : t >= range;
}

/**
 * The relative noise timm draws at t, seeded by noise_seed + t. timm draws it from torch's
 * generator; lrkit draws from its own seeded stream with the same distribution (a normal truncated
 * to |n| < noise_pct, or a uniform in ±noise_pct), so the curve is reproducible but the individual
 * draws differ from timm's. timm never uses noise_std, and neither does this.
 */
export function timmNoise(c: TimmNoiseConfig, t: number): number {
  if (!Number.isSafeInteger(t) || t < 0) {
    invalid(
      't',
      t,
      'must be a non-negative integer where noise applies (timm seeds torch with noise_seed + t)',
    );
  }
  return noiseSampler(c.noise_type, c.noise_pct, 1)(c.noise_seed, t);
}

/** timm's `_add_noise`: every value times (1 + noise) where noise applies. */
export function addTimmNoise(c: TimmNoiseConfig, values: number[], t: number): void {
  if (!timmNoiseApplies(c, t)) return;
  const noise = timmNoise(c, t);
  for (let i = 0; i < values.length; i++) values[i] = values[i]! + values[i]! * noise;
}
