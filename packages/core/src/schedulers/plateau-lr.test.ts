import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { SchedulerRunner } from '../runner/scheduler-runner';
import { cosineSchedule } from '../schedules/cosine';
import { ChainedScheduler } from './chained-scheduler';
import { CosineAnnealingLR } from './cosine-annealing-lr';
import { LinearLR } from './linear-lr';
import { isMetricDriven } from './metric-driven';
import { ParamwiseScheduler } from './paramwise-scheduler';
import { PlateauLR } from './plateau-lr';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau';
import { SequentialLR } from './sequential-lr';
import { StepLR } from './step-lr';

const ruleArbitrary = fc.record({
  mode: fc.constantFrom('min' as const, 'max' as const),
  factor: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  patience: fc.integer({ min: 0, max: 4 }),
  threshold: fc.double({ min: 0, max: 0.2, noNaN: true }),
  thresholdMode: fc.constantFrom('rel' as const, 'abs' as const),
  cooldown: fc.integer({ min: 0, max: 3 }),
  minLr: fc.double({ min: 0, max: 0.05, noNaN: true }),
});
const metricsArbitrary = fc.array(
  fc.integer({ min: 0, max: 20 }).map((m) => m / 10),
  {
    minLength: 1,
    maxLength: 60,
  },
);

describe('PlateauLR', () => {
  it('alone, it is ReduceLROnPlateau step for step (any rule, any metrics)', () => {
    fc.assert(
      fc.property(ruleArbitrary, metricsArbitrary, (rule, metrics) => {
        const a = { paramGroups: [{ lr: 0.3 }, { lr: 0.1 }] };
        const b = { paramGroups: [{ lr: 0.3 }, { lr: 0.1 }] };
        const reference = new ReduceLROnPlateau(a, rule);
        const plateau = new PlateauLR(b, rule);
        for (const m of metrics) {
          reference.step(m);
          plateau.step(m);
          expect(plateau.getLastLr()).toStrictEqual(reference.getLastLr());
          expect(b.paramGroups.map((g) => g.lr)).toStrictEqual(a.paramGroups.map((g) => g.lr));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after a warmup in SequentialLR: warms up, then reduces from where warmup ended', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const warmup = new LinearLR(optimizer, { startFactor: 0.2, totalIters: 4 });
    const plateau = new PlateauLR(optimizer, { patience: 1, factor: 0.5 });
    const s = new SequentialLR(optimizer, { schedulers: [warmup, plateau], milestones: [4] });
    expect(s.metricDriven).toBe(true);
    expect(isMetricDriven(s)).toBe(true);
    const lrs = [optimizer.paramGroups[0]!.lr];
    // Epochs 1-4 warm up (metric ignored); from 5 on the plateau rule reads it.
    for (const loss of [9, 9, 9, 9, 1, 1, 1, 0.5, 0.5, 0.5, 0.5]) {
      s.step(loss);
      lrs.push(optimizer.paramGroups[0]!.lr);
    }
    // LinearLR 0.2 → 1 over 4 steps; then best 1 at step 5, bad at 6 and 7 → × 0.5 at 7;
    // 0.5 improves at 8, bad 9, 10 → × 0.5 at 10; bad 11 (cooldown 0, patience 1) → not yet.
    expect(lrs.map((x) => Number(x.toFixed(12)))).toStrictEqual([
      0.2, 0.4, 0.6, 0.8, 1, 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25,
    ]);
  });

  it('in ChainedScheduler it multiplies on top of a cosine: lr = cosine(t) × factor^k', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const cosine = new CosineAnnealingLR(optimizer, { tMax: 20 });
    const plateau = new PlateauLR(optimizer, { patience: 0, factor: 0.5 });
    const s = new ChainedScheduler(optimizer, { schedulers: [cosine, plateau] });
    const metrics = [1, 0.9, 0.9, 0.8, 0.8, 0.8, 0.7, 0.6, 0.6, 0.5];
    let k = 0;
    let best = Number.POSITIVE_INFINITY;
    metrics.forEach((m, i) => {
      s.step(m);
      if (m < best * (1 - 1e-4)) best = m;
      else k++;
      const t = i + 1;
      const expected = 0.5 * (1 + Math.cos((Math.PI * t) / 20)) * 0.5 ** k;
      expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(expected, 12);
    });
    expect(k).toBe(4);
  });

  it('with a schedule: the schedule × factor^k, the floor bounding reductions only', () => {
    const optimizer = { paramGroups: [{ lr: 0 }] };
    const schedule = cosineSchedule({ peakLr: 1, decaySteps: 10 });
    const s = new PlateauLR(optimizer, { schedule, patience: 0, factor: 0.1, minLr: 0.05 });
    expect(s.reduces).toBe('absolute');
    expect(optimizer.paramGroups[0]!.lr).toBe(1);
    s.step(1); // first metric: best
    expect(optimizer.paramGroups[0]!.lr).toBe(schedule.lrAt(1));
    s.step(2); // plateau: × 0.1
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(schedule.lrAt(2) * 0.1, 15);
    s.step(3); // plateau again: would be below minLr, so the floor holds
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
    s.step(0.1); // improves: the floor still holds the reduced cosine up
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
    for (let i = 0; i < 6; i++) s.step(0.01 / (i + 1));
    // At the end the schedule itself (0) is below the floor: it is not raised.
    expect(optimizer.paramGroups[0]!.lr).toBe(0);
  });

  it('multiplier scale reads the schedule as a factor of each base lr', () => {
    const optimizer = { paramGroups: [{ lr: 2 }, { lr: 4 }] };
    const schedule = cosineSchedule({ peakLr: 1, decaySteps: 4 });
    const s = new PlateauLR(optimizer, { schedule, scale: 'multiplier', patience: 0, factor: 0.5 });
    s.step(1);
    s.step(1);
    expect(s.getLastLr()).toStrictEqual([2 * schedule.lrAt(2) * 0.5, 4 * schedule.lrAt(2) * 0.5]);
  });

  it('in ParamwiseScheduler one group follows a plateau, another a step decay', () => {
    const optimizer = { paramGroups: [{ lr: 1 }, { lr: 1 }] };
    const s = new ParamwiseScheduler(optimizer, {
      schedulers: [
        (v) => new PlateauLR(v, { patience: 0, factor: 0.5 }),
        (v) => new StepLR(v, { stepSize: 2, gamma: 0.1 }),
      ],
    });
    expect(isMetricDriven(s)).toBe(true);
    for (const m of [1, 1, 1]) s.step(m);
    expect(s.getLastLr()).toStrictEqual([0.25, 0.1]);
  });

  it('the runner steps it with the monitored metric and applies its monitor rules', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const warmup = new LinearLR(optimizer, { startFactor: 0.5, totalIters: 2 });
    const plateau = new PlateauLR(optimizer, { patience: 0, factor: 0.1 });
    const s = new SequentialLR(optimizer, { schedulers: [warmup, plateau], milestones: [2] });
    expect(() => new SchedulerRunner({ scheduler: s })).toThrow(/monitor/);
    const runner = new SchedulerRunner({ scheduler: s, monitor: 'val_loss' });
    expect(() => runner.onEpochEnd({ loss: 1 })).toThrow(/val_loss/);
    expect(optimizer.paramGroups[0]!.lr).toBe(0.5);
    for (const v of [3, 2, 1, 1]) runner.onEpochEnd({ val_loss: v });
    expect(optimizer.paramGroups[0]!.lr).toBeCloseTo(0.1, 15);
    const plain = new PlateauLR({ paramGroups: [{ lr: 1 }] });
    expect(runner.entries[0]!.metricDriven).toBe(true);
    expect(() => new SchedulerRunner({ scheduler: plain })).toThrow(InvalidArgumentError);
  });

  it('state round-trips mid-run, in a composite too', () => {
    const build = () => {
      const optimizer = { paramGroups: [{ lr: 1 }] };
      const warmup = new LinearLR(optimizer, { startFactor: 0.5, totalIters: 2 });
      const plateau = new PlateauLR(optimizer, {
        patience: 1,
        factor: 0.5,
        cooldown: 1,
        schedule: cosineSchedule({ peakLr: 1, decaySteps: 30 }),
      });
      return new SequentialLR(optimizer, { schedulers: [warmup, plateau], milestones: [2] });
    };
    const metrics = [5, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1];
    const a = build();
    for (const m of metrics.slice(0, 8)) a.step(m);
    const saved = JSON.parse(JSON.stringify(a.stateDict()));
    const b = build();
    b.loadStateDict(saved);
    expect(b.getLastLr()).toStrictEqual(a.getLastLr());
    for (const m of metrics.slice(8)) {
      a.step(m);
      b.step(m);
      expect(b.getLastLr()).toStrictEqual(a.getLastLr());
    }
    expect(JSON.stringify(b.stateDict())).toBe(JSON.stringify(a.stateDict()));
  });

  it('hostile input throws a typed error before anything changes', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const s = new PlateauLR(optimizer, { patience: 0 });
    s.step(1);
    const before = JSON.stringify(s.stateDict());
    for (const bad of [undefined, Number.NaN, Number.POSITIVE_INFINITY, '1' as unknown as number]) {
      expect(() => s.step(bad)).toThrow(InvalidArgumentError);
    }
    expect(JSON.stringify(s.stateDict())).toBe(before);
    expect(optimizer.paramGroups[0]!.lr).toBe(1);
    const options: unknown[] = [
      { factor: 1 },
      { factor: 0 },
      { patience: -1 },
      { mode: 'up' },
      { scale: 'multiplier' },
      { schedule: { lrAt: () => 1 } },
      { minLr: [0, 0] },
      { warmup: 3 },
    ];
    for (const o of options) {
      const opt = { paramGroups: [{ lr: 1 }] };
      expect(() => new PlateauLR(opt, o as never)).toThrow(InvalidArgumentError);
      expect(opt.paramGroups[0]).toStrictEqual({ lr: 1 });
    }
    const states: unknown[] = [
      { ...s.stateDict(), best: 'NaN' },
      { ...s.stateDict(), numBadEpochs: -1 },
      { ...s.stateDict(), multipliers: [2] },
      { ...s.stateDict(), source: 'absolute' },
      { ...s.stateDict(), factor: 1.5 },
    ];
    for (const state of states) {
      expect(() => s.loadStateDict(state as never)).toThrow(InvalidArgumentError);
      expect(JSON.stringify(s.stateDict())).toBe(before);
    }
  });

  it('composites without a metric-driven child still refuse a step argument (PyTorch)', () => {
    const optimizer = { paramGroups: [{ lr: 1 }] };
    const a = new StepLR(optimizer, { stepSize: 2 });
    const b = new CosineAnnealingLR(optimizer, { tMax: 4 });
    const chained = new ChainedScheduler(optimizer, { schedulers: [a, b] });
    expect(chained.metricDriven).toBe(false);
    expect(() => chained.step(3)).toThrow(/must be omitted/);
    const o2 = { paramGroups: [{ lr: 1 }] };
    const c = new StepLR(o2, { stepSize: 2 });
    const d = new PlateauLR(o2);
    const seq = new SequentialLR(o2, { schedulers: [c, d], milestones: [2] });
    expect(() => seq.step(Number.NaN)).toThrow(InvalidArgumentError);
    seq.step(); // the active child is not metric-driven: no metric needed
    expect(() => seq.step()).toThrow(/metric/); // milestone: PlateauLR needs one
    seq.step(0.5);
    expect(o2.paramGroups[0]!.lr).toBe(1);
  });
});
