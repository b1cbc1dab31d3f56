import { describe, expect, it } from 'vitest';
import { ScheduleExhaustedError } from '../errors/schedule-exhausted-error';
import { OneCycleLR } from './one-cycle-lr';

describe('OneCycleLR', () => {
  it('peaks at maxLr, ends at maxLr / divFactor / finalDivFactor', () => {
    const optimizer = { paramGroups: [{ lr: 1, momentum: 0.9 }] };
    const s = new OneCycleLR(optimizer, {
      maxLr: 0.1,
      totalSteps: 22,
      pctStart: 0.5,
      annealStrategy: 'linear',
    });
    expect(s.getLastLr()).toStrictEqual([0.1 / 25]);
    expect(optimizer.paramGroups[0]!.momentum).toBe(0.95);
    const trace = [s.getLastLr()[0]!];
    for (let i = 1; i < 22; i++) {
      s.step();
      trace.push(s.getLastLr()[0]!);
    }
    // the peak is at the end of the warm phase: step 0.5 × 22 − 1 = 10
    expect(trace[10]).toBe(0.1);
    expect(Math.max(...trace)).toBe(0.1);
    expect(trace[21]).toBeCloseTo(0.1 / 25 / 1e4, 15);
    expect(optimizer.paramGroups[0]!.momentum).toBeCloseTo(0.95, 15);
  });

  it('epochs × stepsPerEpoch is the same cycle as totalSteps', () => {
    const a = { paramGroups: [{ lr: 1, betas: [0.9, 0.99] as const }] };
    const b = { paramGroups: [{ lr: 1, betas: [0.9, 0.99] as const }] };
    const byTotal = new OneCycleLR(a, { maxLr: 0.01, totalSteps: 12 });
    const byEpochs = new OneCycleLR(b, { maxLr: 0.01, epochs: 3, stepsPerEpoch: 4 });
    for (let i = 0; i < 11; i++) {
      byTotal.step();
      byEpochs.step();
      expect(b.paramGroups).toStrictEqual(a.paramGroups);
    }
  });

  it('past the end throws ScheduleExhaustedError and leaves scheduler and groups untouched', () => {
    const optimizer = { paramGroups: [{ lr: 1, betas: [0.9, 0.999] as const }] };
    const s = new OneCycleLR(optimizer, { maxLr: 0.1, totalSteps: 5 });
    // PyTorch allows stepping to totalSteps itself (one step more than the cycle's last index).
    for (let i = 0; i < 5; i++) s.step();
    const groups = structuredClone(optimizer.paramGroups);
    const state = JSON.stringify(s.stateDict());
    const last = s.getLastLr();
    for (let attempt = 0; attempt < 2; attempt++) {
      let error: unknown;
      try {
        s.step();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScheduleExhaustedError);
      expect(ScheduleExhaustedError.isInstance(error)).toBe(true);
      expect((error as ScheduleExhaustedError).step).toBe(6);
      expect((error as ScheduleExhaustedError).totalSteps).toBe(5);
      expect((error as Error).message).toContain('Tried to step 7 times');
      expect(optimizer.paramGroups).toStrictEqual(groups);
      expect(JSON.stringify(s.stateDict())).toBe(state);
      expect(s.getLastLr()).toStrictEqual(last);
    }
  });

  it('writes beta1 into a new betas array and leaves beta2 alone', () => {
    const betas = [0.9, 0.98] as const;
    const optimizer = { paramGroups: [{ lr: 1, betas }] };
    const s = new OneCycleLR(optimizer, {
      maxLr: 0.1,
      totalSteps: 10,
      baseMomentum: 0.8,
      maxMomentum: 0.9,
    });
    const seen = new Set<unknown>([betas]);
    for (let i = 0; i < 9; i++) {
      s.step();
      const now = optimizer.paramGroups[0]!.betas;
      expect(seen.has(now)).toBe(false);
      seen.add(now);
      expect(now[1]).toBe(0.98);
      expect(now[0]).toBeGreaterThanOrEqual(0.8 - 1e-15);
      expect(now[0]).toBeLessThanOrEqual(0.9 + 1e-15);
    }
    expect(betas).toStrictEqual([0.9, 0.98]);
  });
});
