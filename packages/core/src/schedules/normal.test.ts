import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal';

// Expected: Python's statistics.NormalDist().inv_cdf and .cdf (float64).
describe('normal quantile and CDF', () => {
  it('Φ⁻¹ within 1.2e-9 relative of the exact quantile', () => {
    const ps = [1e-6, 0.01, 0.02425, 0.1, 0.3, 0.7, 0.9, 0.99, 0.999999];
    const exact = [
      -4.753424308822899, -2.3263478740408408, -1.9729610513118845, -1.2815515655446008,
      -0.5244005127080407, 0.5244005127080407, 1.2815515655446008, 2.3263478740408408,
      4.753424308817089,
    ];
    ps.forEach((p, i) => {
      expect(Math.abs(normalQuantile(p) - exact[i]!)).toBeLessThan(1.2e-9 * Math.abs(exact[i]!));
    });
    expect(Math.abs(normalQuantile(0.5))).toBeLessThan(1e-15);
  });

  it('Φ to 1e-12', () => {
    const xs = [0, 0.1, 0.67, 1, 2, 3.5, -1];
    const exact = [
      0.5,
      0.539827837277029,
      0.7485711049046899,
      0.8413447460685429,
      0.9772498680518208,
      0.9997673709209645,
      1 - 0.8413447460685429,
    ];
    xs.forEach((x, i) => {
      expect(Math.abs(normalCdf(x) - exact[i]!)).toBeLessThan(1e-12);
    });
  });
});
