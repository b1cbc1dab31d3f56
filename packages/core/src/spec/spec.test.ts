import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyStatefulSpec,
  compositeSpecs,
  leafSpecs,
  scheduleSpecs,
} from '../../test/support/spec-arbitraries';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import { isMetricDriven } from '../runner/scheduler-runner';
import type { Scheduler } from '../scheduler';
import { CosineAnnealingLR } from '../schedulers/cosine-annealing-lr';
import { CyclicLR } from '../schedulers/cyclic-lr';
import { LambdaLR } from '../schedulers/lambda-lr';
import { LinearLR } from '../schedulers/linear-lr';
import { MultiStepLR } from '../schedulers/multi-step-lr';
import { ParamwiseScheduler } from '../schedulers/paramwise-scheduler';
import { ReduceLROnPlateau } from '../schedulers/reduce-lr-on-plateau';
import { ScheduleLR } from '../schedulers/schedule-lr';
import { SequentialLR } from '../schedulers/sequential-lr';
import { StepLR } from '../schedulers/step-lr';
import { scheduleFromSpec } from '../schedules/registry';
import { fromSpec, specTypes } from './from-spec';
import { toSpec } from './to-spec';

const twoGroups = (): Optimizer<ParamGroup> => ({
  paramGroups: [
    { lr: 0.1, momentum: 0.9 },
    { lr: 0.05, momentum: 0.9 },
  ],
});

/** lr and momentum of every group after construction and after each of `steps` steps. */
function trace(scheduler: Scheduler, steps: number, metrics: readonly number[]): number[][] {
  const groups = scheduler.optimizer.paramGroups;
  const rows: number[][] = [];
  const metricDriven = isMetricDriven(scheduler);
  for (let i = 0; i <= steps; i++) {
    rows.push(groups.flatMap((g) => [g.lr, g.momentum ?? Number.NaN]));
    if (i < steps) {
      if (metricDriven) scheduler.step(metrics[i % metrics.length]);
      else scheduler.step();
    }
  }
  return rows;
}

const metricsArb = fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
  minLength: 1,
  maxLength: 12,
});

function stepsFor(spec: Record<string, unknown>): number {
  return spec.type === 'OneCycleLR' ? (spec.totalSteps as number) : 40;
}

describe('spec round trip (property)', () => {
  const types = { ...leafSpecs, ...compositeSpecs, ...scheduleSpecs };
  for (const [type, arb] of Object.entries(types)) {
    it(`${type}: fromSpec(toSpec(x)) has the identical trace and spec`, () => {
      fc.assert(
        fc.property(arb, metricsArb, (body, metrics) => {
          const spec = JSON.parse(JSON.stringify({ version: 1, ...body }));
          const x = fromSpec(twoGroups(), spec);
          const written = toSpec(x);
          const json = JSON.parse(JSON.stringify(written));
          expect(json).toEqual(written);
          const y = fromSpec(twoGroups(), json);
          expect(toSpec(y)).toEqual(written);
          const steps = stepsFor(body);
          expect(trace(y, steps, metrics)).toEqual(trace(x, steps, metrics));
        }),
        { numRuns: 25 },
      );
    });
  }

  it('stateful specs written by toSpec are the options given (ReduceLROnPlateau lists all of its own)', () => {
    fc.assert(
      fc.property(anyStatefulSpec, (body) => {
        const spec = { version: 1, ...body };
        const written = toSpec(fromSpec(twoGroups(), spec));
        if (body.type === 'ReduceLROnPlateau' || body.type === 'ParamwiseScheduler') {
          expect(written.type).toBe(body.type);
        } else {
          expect(written).toEqual(spec);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('toSpec of schedulers built in code', () => {
  it('describes nested children and per-group children', () => {
    const opt = twoGroups();
    const warm = new LinearLR(opt, { startFactor: 0.1, totalIters: 5 });
    const cos = new CosineAnnealingLR(opt, { tMax: 95, etaMin: 0.001 });
    const seq = new SequentialLR(opt, { schedulers: [warm, cos], milestones: [5] });
    expect(toSpec(seq)).toEqual({
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 5 },
        { type: 'CosineAnnealingLR', tMax: 95, etaMin: 0.001 },
      ],
      milestones: [5],
    });
    const paramwise = new ParamwiseScheduler(twoGroups(), {
      schedulers: [
        (o) => new StepLR(o, { stepSize: 3 }),
        (o) => new ReduceLROnPlateau(o, { patience: 2, minLr: 1e-4 }),
      ],
    });
    const spec = toSpec(paramwise);
    expect(spec.schedulers).toEqual([
      { type: 'StepLR', stepSize: 3 },
      {
        type: 'ReduceLROnPlateau',
        mode: 'min',
        factor: 0.1,
        patience: 2,
        threshold: 1e-4,
        thresholdMode: 'rel',
        cooldown: 0,
        minLr: 1e-4,
        eps: 1e-8,
      },
    ]);
  });

  it('is not affected by later mutation of the options object', () => {
    const options = { milestones: [2, 4], gamma: 0.5 };
    const opt = twoGroups();
    const s = new MultiStepLR(opt, options);
    options.milestones.push(9);
    expect(toSpec(s)).toEqual({ version: 1, type: 'MultiStepLR', milestones: [2, 4], gamma: 0.5 });
  });

  it('rejects functions, naming the path', () => {
    const opt = twoGroups();
    expect(() => toSpec(new LambdaLR(opt, { lrLambda: (e) => 0.9 ** e }))).toThrow(
      /lrLambda.*functions are not serializable/,
    );
    const cyclic = new CyclicLR(twoGroups(), { baseLr: 0.01, maxLr: 0.1, scaleFn: () => 1 });
    expect(() => toSpec(cyclic)).toThrow(/parameter scaleFn/);
    const o = twoGroups();
    const seq = new SequentialLR(o, {
      schedulers: [new StepLR(o, { stepSize: 2 }), new LambdaLR(o, { lrLambda: () => 1 })],
      milestones: [3],
    });
    expect(() => toSpec(seq)).toThrow(/parameter schedulers\[1\]\.lrLambda/);
  });

  it('rejects a user subclass, which may compute other numbers', () => {
    class MyStep extends StepLR {}
    expect(() => toSpec(new MyStep(twoGroups(), { stepSize: 2 }))).toThrow(/has no spec/);
  });
});

describe('fromSpec errors name the path into the spec', () => {
  const cases: [string, unknown, string, RegExp?][] = [
    ['unknown type', { version: 1, type: 'CosineLR' }, 'type', /one of .*StepLR.*cosine/],
    ['missing version', { type: 'StepLR', stepSize: 1 }, 'version'],
    ['missing field', { version: 1, type: 'StepLR' }, 'stepSize', /required by StepLR/],
    ['wrong type', { version: 1, type: 'StepLR', stepSize: '3' }, 'stepSize'],
    [
      'unknown field',
      { version: 1, type: 'StepLR', stepSize: 3, gama: 0.1 },
      'gama',
      /valid fields are stepSize, gamma/,
    ],
    [
      'nested wrong type',
      {
        version: 1,
        type: 'SequentialLR',
        schedulers: [
          { type: 'LinearLR', totalIters: 2 },
          { type: 'CosineAnnealingLR', tMax: -1 },
        ],
        milestones: [2],
      },
      'schedulers[1].tMax',
    ],
    [
      'nested unknown type',
      {
        version: 1,
        type: 'ChainedScheduler',
        schedulers: [{ type: 'StepLR', stepSize: 2 }, { type: 'Nope' }],
      },
      'schedulers[1].type',
    ],
    [
      'paramwise child',
      {
        version: 1,
        type: 'ParamwiseScheduler',
        schedulers: [
          { type: 'StepLR', stepSize: 2 },
          { type: 'ReduceLROnPlateau', patience: -2 },
        ],
      },
      'schedulers[1].patience',
    ],
    [
      'plateau nested in SequentialLR',
      {
        version: 1,
        type: 'SequentialLR',
        schedulers: [{ type: 'StepLR', stepSize: 2 }, { type: 'ReduceLROnPlateau' }],
        milestones: [2],
      },
      'schedulers[1]',
    ],
    [
      'function',
      { version: 1, type: 'LambdaLR', lrLambda: () => 1 },
      'lrLambda',
      /functions are not serializable/,
    ],
    [
      'function given as a string',
      { version: 1, type: 'LambdaLR', lrLambda: 'lambda e: 0.9 ** e' },
      'lrLambda',
      /functions are not serializable/,
    ],
    [
      'missing function field',
      { version: 1, type: 'MultiplicativeLR' },
      'lrLambda',
      /functions are not serializable/,
    ],
    [
      'nested function',
      {
        version: 1,
        type: 'ChainedScheduler',
        schedulers: [{ type: 'StepLR', stepSize: 2, gamma: () => 0.5 }],
      },
      'schedulers[0].gamma',
      /functions are not serializable/,
    ],
    [
      'class instance',
      { version: 1, type: 'MultiStepLR', milestones: new Set([1]) },
      'milestones',
      /plain JSON/,
    ],
    ['non-finite', { version: 1, type: 'ExponentialLR', gamma: Number.NaN }, 'gamma'],
    ['not an object', [1, 2], 'spec'],
  ];
  for (const [what, spec, parameter, message] of cases) {
    it(`${what} → ${parameter}`, () => {
      const opt = twoGroups();
      const before = JSON.stringify(opt);
      let error: unknown;
      try {
        fromSpec(opt, spec);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
      if (message) expect((error as Error).message).toMatch(message);
      expect(JSON.stringify(opt)).toBe(before);
    });
  }

  it('lists every type, stateful and closed-form', () => {
    expect(specTypes()).toContain('OneCycleLR');
    expect(specTypes()).toContain('cosine');
  });
});

/** A closed-form spec with its defaults filled in, as the schedule reports it. */
const full = (spec: Record<string, unknown>) => scheduleFromSpec(spec).spec;

describe('closed-form specs', () => {
  const warmupCosine = {
    type: 'warmup',
    warmupSteps: 5,
    schedule: { type: 'cosine', peakLr: 0.3, minLr: 0.01, decaySteps: 30 },
  };

  it('a bare closed form drives every group with absolute lrs and round-trips to the same spec', () => {
    const x = fromSpec(twoGroups(), { version: 1, ...warmupCosine });
    expect(x).toBeInstanceOf(ScheduleLR);
    const schedule = scheduleFromSpec(warmupCosine);
    const rows = trace(x, 40, []);
    rows.forEach((row, i) => {
      expect(row[0]).toBe(schedule.lrAt(i));
      expect(row[2]).toBe(schedule.lrAt(i));
    });
    const written = toSpec(x);
    expect(written).toEqual({ version: 1, ...toSpec(schedule) });
    expect(trace(fromSpec(twoGroups(), written), 40, [])).toEqual(rows);
  });

  it("transformers' presets are multipliers of each group's base lr", () => {
    const spec = { version: 1, type: 'hf-linear', numWarmupSteps: 3, numTrainingSteps: 10 };
    const x = fromSpec(twoGroups(), spec);
    for (let i = 0; i < 4; i++) x.step();
    expect(x.getLastLr()).toEqual([0.1 * (6 / 7), 0.05 * (6 / 7)]);
    expect(toSpec(x)).toEqual(spec);
  });

  it('ScheduleLR specs choose the scale and give one schedule per group', () => {
    const spec = {
      version: 1,
      type: 'ScheduleLR',
      scale: 'multiplier',
      schedule: [warmupCosine, { type: 'constant', lr: 0.5 }],
    };
    const x = fromSpec(twoGroups(), spec);
    const written = toSpec(x);
    // Closed-form specs come back with their defaults filled in.
    expect(written).toEqual({ ...spec, schedule: [full(warmupCosine), spec.schedule[1]] });
    expect(x.getLastLr()).toEqual([0.1 * 0, 0.05 * 0.5]);
    expect(trace(fromSpec(twoGroups(), written), 30, [])).toEqual(trace(x, 30, []));
    // A multiplier over one shared schedule is not the bare spec's (absolute) meaning.
    const shared = { version: 1, type: 'ScheduleLR', scale: 'multiplier', schedule: warmupCosine };
    expect(toSpec(fromSpec(twoGroups(), shared))).toEqual({
      ...shared,
      schedule: full(warmupCosine),
    });
  });

  it('closed forms nest in SequentialLR and ParamwiseScheduler', () => {
    const spec = {
      version: 1,
      type: 'SequentialLR',
      schedulers: [{ type: 'LinearLR', startFactor: 0.5, totalIters: 4 }, warmupCosine],
      milestones: [4],
    };
    const x = fromSpec(twoGroups(), spec);
    expect(toSpec(x)).toEqual({
      ...spec,
      schedulers: [spec.schedulers[0], full(warmupCosine)],
    });
    const paramwise = {
      version: 1,
      type: 'ParamwiseScheduler',
      schedulers: [warmupCosine, { type: 'ReduceLROnPlateau', patience: 1 }],
    };
    const p = fromSpec(twoGroups(), paramwise);
    const again = fromSpec(twoGroups(), toSpec(p));
    expect(trace(again, 20, [3, 2, 2, 2, 1])).toEqual(trace(p, 20, [3, 2, 2, 2, 1]));
  });

  it('errors inside closed forms name the full path', () => {
    const bad = {
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'StepLR', stepSize: 2 },
        { type: 'warmup', warmupSteps: 'five', schedule: { type: 'constant', lr: 0.1 } },
      ],
      milestones: [3],
    };
    expect(() => fromSpec(twoGroups(), bad)).toThrow(
      expect.objectContaining({ parameter: 'schedulers[1].warmupSteps' }),
    );
    const badNested = {
      version: 1,
      type: 'ScheduleLR',
      scale: 'absolute',
      schedule: [warmupCosine, { type: 'cosine', peakLr: 0.1, decaySteps: 10, bogus: 1 }],
    };
    expect(() => fromSpec(twoGroups(), badNested)).toThrow(
      expect.objectContaining({ parameter: 'schedule[1].bogus' }),
    );
    const badScale = { version: 1, type: 'ScheduleLR', scale: 'relative', schedule: warmupCosine };
    expect(() => fromSpec(twoGroups(), badScale)).toThrow(
      expect.objectContaining({ parameter: 'scale' }),
    );
  });
});
