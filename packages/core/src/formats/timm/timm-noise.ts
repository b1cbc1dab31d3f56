import { invalid } from '../../internal/validate';
import type { TimmNoiseConfig } from './timm-config';
import { TorchCpuGenerator } from './torch-generator';

/** timm's `_is_apply_noise(t)`: from noise_range_t on, or inside [start, end). */
export function timmNoiseApplies(c: TimmNoiseConfig, t: number): boolean {
  const range = c.noise_range_t;
  if (range === null) return false;
  return Array.isArray(range) ? range[0] <= t && t < range[1] : t >= range;
}

/** Draws before giving up on a normal within ±noise_pct (timm would spin forever). */
const MAX_DRAWS = 10_000_000;

/**
 * timm's `_calculate_noise(t)`, draw for draw: torch's CPU generator seeded with noise_seed + t,
 * `torch.randn(1)` redrawn until |noise| < noise_pct ('normal'), or
 * 2 (`torch.rand(1)` − ½) · noise_pct ('uniform'). timm never uses noise_std, nor does this.
 */
export function timmNoise(c: TimmNoiseConfig, t: number): number {
  if (!Number.isSafeInteger(t) || t < 0) {
    invalid(
      't',
      t,
      'must be a non-negative integer where noise applies (timm seeds torch with noise_seed + t)',
    );
  }
  const generator = new TorchCpuGenerator(c.noise_seed + t);
  if (c.noise_type !== 'normal') return 2 * (generator.rand() - 0.5) * c.noise_pct;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const noise = generator.randn();
    if (Math.abs(noise) < c.noise_pct) return noise;
  }
  return invalid(
    'noise_pct',
    c.noise_pct,
    `is too small: no normal draw within it after ${MAX_DRAWS} tries`,
  );
}

/** timm's `_add_noise`: every value times (1 + noise) where noise applies. */
export function addTimmNoise(c: TimmNoiseConfig, values: number[], t: number): void {
  if (!timmNoiseApplies(c, t)) return;
  const noise = timmNoise(c, t);
  for (let i = 0; i < values.length; i++) values[i] = values[i]! + values[i]! * noise;
}
