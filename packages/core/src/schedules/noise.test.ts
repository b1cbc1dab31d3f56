import { describe, expect, it } from 'vitest';
import { constantSchedule } from './constant';
import { noiseSchedule } from './noise';
import { scheduleFromSpec } from './registry';

const flat = constantSchedule({ lr: 1 });

describe('noiseSchedule', () => {
  it('is a pure function of (seed, step): any order, any rebuild, the same values', () => {
    const noisy = noiseSchedule({ schedule: flat, seed: 7 });
    const forward = Array.from({ length: 200 }, (_, t) => noisy.lrAt(t));
    const backward = Array.from({ length: 200 }, (_, i) => noisy.lrAt(199 - i)).reverse();
    expect(backward).toEqual(forward);
    const rebuilt = scheduleFromSpec(JSON.parse(JSON.stringify(noisy.spec)));
    expect(forward.map((_, t) => rebuilt.lrAt(t))).toEqual(forward);
    const other = noiseSchedule({ schedule: flat, seed: 8 });
    expect(forward.filter((v, t) => v === other.lrAt(t)).length).toBeLessThan(5);
  });

  it('stays within noisePct, and looks like the truncated normal it draws', () => {
    const noisy = noiseSchedule({ schedule: flat, noisePct: 1, noiseStd: 0.3 });
    const samples = Array.from({ length: 4000 }, (_, t) => noisy.lrAt(t) - 1);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const std = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(std).toBeGreaterThan(0.27);
    expect(std).toBeLessThan(0.32);
    const limited = noiseSchedule({ schedule: flat, noisePct: 0.1 });
    for (let t = 0; t < 500; t++) expect(Math.abs(limited.lrAt(t) - 1)).toBeLessThan(0.1);
  });

  it('uniform noise and a step range', () => {
    const noisy = noiseSchedule({
      schedule: flat,
      noiseType: 'uniform',
      noisePct: 0.5,
      startStep: 10,
      endStep: 20,
    });
    for (let t = 0; t < 30; t++) {
      const v = noisy.lrAt(t);
      if (t < 10 || t >= 20) expect(v).toBe(1);
      else expect(Math.abs(v - 1)).toBeLessThan(0.5);
    }
    expect(() => noiseSchedule({ schedule: flat, noisePct: 1.5 })).toThrow(/noisePct/);
    expect(() => noiseSchedule({ schedule: flat, seed: -1 })).toThrow(/seed/);
    expect(() => noiseSchedule({ schedule: flat, startStep: 5, endStep: 5 })).toThrow(/endStep/);
  });
});
