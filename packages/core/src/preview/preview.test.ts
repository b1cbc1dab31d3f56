import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyStatefulSpec } from '../../test/support/spec-arbitraries';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import { isMetricDriven } from '../runner/scheduler-runner';
import type { Scheduler } from '../scheduler';
import { CosineAnnealingLR } from '../schedulers/cosine-annealing-lr';
import { OneCycleLR } from '../schedulers/one-cycle-lr';
import { ReduceLROnPlateau } from '../schedulers/reduce-lr-on-plateau';
import { ScheduleLR } from '../schedulers/schedule-lr';
import { scheduleFromSpec } from '../schedules/registry';
import { fromSpec } from '../spec/from-spec';
import { preview } from './preview';

/** lr of every group, [group][i], stepping a real scheduler by hand. */
function stepped(s: Scheduler, steps: number, metrics: readonly number[] = []): number[][] {
  const groups = s.optimizer.paramGroups;
  const lr = groups.map(() => [] as number[]);
  for (let i = 0; i < steps; i++) {
    if (i > 0) {
      if (isMetricDriven(s)) s.step(metrics[i - 1]);
      else s.step();
    }
    groups.forEach((g, j) => {
      lr[j]!.push(g.lr);
    });
  }
  return lr;
}

const sgd = (...lrs: number[]): Optimizer<ParamGroup> => ({
  paramGroups: lrs.map((lr) => ({ lr, momentum: 0.9 })),
});

describe('preview', () => {
  it('equals stepping the real scheduler built in code', () => {
    const curve = preview(
      { version: 1, type: 'CosineAnnealingLR', tMax: 20, etaMin: 0.01 },
      {
        steps: 50,
        baseLrs: [0.3, 0.1],
      },
    );
    const real = new CosineAnnealingLR(sgd(0.3, 0.1), { tMax: 20, etaMin: 0.01 });
    expect(curve.lr).toEqual(stepped(real, 50));
    expect(curve.steps).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(curve.steps).toBe(curve.steps);
    expect(curve.momentum).toBeUndefined();
    // steps is built on first read but behaves as a plain field.
    const copy = JSON.parse(JSON.stringify(curve));
    expect(copy.steps).toEqual(curve.steps);
    expect(structuredClone(curve).steps).toEqual(curve.steps);
    expect({ ...preview({ version: 1, type: 'StepLR', stepSize: 2 }, { steps: 3 }) }.steps).toEqual(
      [0, 1, 2],
    );
  });

  it('equals stepping fromSpec for random specs of every stateful type (property)', () => {
    fc.assert(
      fc.property(
        anyStatefulSpec,
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 39, maxLength: 39 }),
        (body, metrics) => {
          const spec = { version: 1, ...body };
          const steps = body.type === 'OneCycleLR' ? (body.totalSteps as number) : 40;
          const curve = preview(spec, { steps, baseLrs: [0.1, 0.05], metrics });
          expect(curve.lr).toEqual(stepped(fromSpec(sgd(0.1, 0.05), spec), steps, metrics));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('evaluates closed forms directly, equal to a ScheduleLR stepping them', () => {
    const spec = {
      type: 'warmup',
      warmupSteps: 10,
      schedule: { type: 'cosine', peakLr: 0.5, minLr: 0.001, decaySteps: 90 },
    };
    const curve = preview({ version: 1, ...spec }, { steps: 120, baseLrs: [1, 2] });
    const schedule = scheduleFromSpec(spec);
    const real = new ScheduleLR(sgd(1, 2), { schedule, scale: 'absolute' });
    expect(curve.lr).toEqual(stepped(real, 120));
    expect(curve.lr[0]![10]).toBe(0.5);
    // A Schedule object previews the same way.
    expect(preview(schedule, { steps: 120 }).lr[0]).toEqual(curve.lr[0]);
  });

  it("scales transformers' multiplier presets by each base lr (default 0.1)", () => {
    const spec = { version: 1, type: 'hf-cosine', numWarmupSteps: 5, numTrainingSteps: 50 };
    const curve = preview(spec, { steps: 60 });
    const schedule = scheduleFromSpec(spec);
    expect(curve.lr).toHaveLength(1);
    expect(curve.lr[0]).toEqual(Array.from({ length: 60 }, (_, i) => 0.1 * schedule.lrAt(i)));
  });

  it('feeds metrics to plateau specs and requires enough of them', () => {
    const spec = { version: 1, type: 'ReduceLROnPlateau', patience: 1, factor: 0.5 };
    const metrics = [5, 4, 4, 4, 4, 3, 3, 3];
    const curve = preview(spec, { steps: 9, metrics });
    const real = new ReduceLROnPlateau(sgd(0.1), { patience: 1, factor: 0.5 });
    expect(curve.lr).toEqual(stepped(real, 9, metrics));
    expect(curve.lr[0]![8]).toBeLessThan(0.1);
    expect(() => preview(spec, { steps: 9, metrics: [1, 2] })).toThrow(/parameter metrics/);
  });

  it('reports momentum for schedules that cycle it', () => {
    const spec = { version: 1, type: 'OneCycleLR', maxLr: 1, totalSteps: 30 };
    const curve = preview(spec, { steps: 30 });
    const opt = sgd(0.1);
    const real = new OneCycleLR(opt, { maxLr: 1, totalSteps: 30 });
    const momentum: number[] = [];
    for (let i = 0; i < 30; i++) {
      if (i > 0) real.step();
      momentum.push(opt.paramGroups[0]!.momentum!);
    }
    expect(curve.momentum).toEqual([momentum]);
  });

  it('infers the group count from per-group lists and ParamwiseScheduler', () => {
    const cyclic = { version: 1, type: 'CyclicLR', baseLr: [0.01, 0.02, 0.03], maxLr: 0.1 };
    expect(preview(cyclic, { steps: 5 }).lr).toHaveLength(3);
    const paramwise = {
      version: 1,
      type: 'ParamwiseScheduler',
      schedulers: [
        { type: 'StepLR', stepSize: 2 },
        { type: 'constant', lr: 0.2 },
      ],
    };
    const curve = preview(paramwise, { steps: 5 });
    expect(curve.lr).toEqual([
      [0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002],
      [0.2, 0.2, 0.2, 0.2, 0.2],
    ]);
  });

  it('previews a scheduler factory, reporting momentum only when it moved', () => {
    const curve = preview((o) => new CosineAnnealingLR(o, { tMax: 10 }), { steps: 11 });
    expect(curve.lr[0]![10]).toBe(0);
    expect(curve.momentum).toBeUndefined();
  });

  it('typed: true gives the same curve in Float64Arrays', () => {
    const specs = [
      { version: 1, type: 'hf-cosine', numWarmupSteps: 5, numTrainingSteps: 50 },
      { version: 1, type: 'OneCycleLR', maxLr: [1, 0.5], totalSteps: 60 },
    ];
    for (const spec of specs) {
      const plain = preview(spec, { steps: 60, baseLrs: [0.1, 0.2] });
      const typed = preview(spec, { steps: 60, baseLrs: [0.1, 0.2], typed: true });
      expect(typed.steps).toBeInstanceOf(Float64Array);
      expect(typed.lr[1]).toBeInstanceOf(Float64Array);
      expect(Array.from(typed.steps)).toEqual(plain.steps);
      expect(typed.lr.map((s) => Array.from(s))).toEqual(plain.lr);
      expect(typed.momentum?.map((s) => Array.from(s))).toEqual(plain.momentum);
    }
  });

  it('rejects bad options and bad specs by name', () => {
    const ok = { version: 1, type: 'StepLR', stepSize: 2 };
    const cases: [unknown, unknown, string][] = [
      [ok, { steps: 0 }, 'steps'],
      [ok, { steps: 2.5 }, 'steps'],
      [ok, { steps: 3, baseLrs: [] }, 'baseLrs'],
      [ok, { steps: 3, baseLrs: [0.1, -1] }, 'baseLrs[1]'],
      [ok, { steps: 3, metrics: [Number.NaN] }, 'metrics[0]'],
      [ok, { steps: 3, step: 1 }, 'options.step'],
      [ok, { steps: 3, typed: 1 }, 'typed'],
      [{ type: 'StepLR', stepSize: 2 }, { steps: 3 }, 'version'],
      [{ version: 1, type: 'cosine', peakLr: 'x', decaySteps: 3 }, { steps: 3 }, 'peakLr'],
      [{ version: 1, type: 'LambdaLR', lrLambda: () => 1 }, { steps: 3 }, 'lrLambda'],
    ];
    for (const [spec, options, parameter] of cases) {
      let error: unknown;
      try {
        preview(spec as never, options as never);
      } catch (e) {
        error = e;
      }
      expect(error, parameter).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
    }
  });
});
