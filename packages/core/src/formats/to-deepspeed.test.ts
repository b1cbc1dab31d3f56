import { beforeAll, describe, expect, it } from 'vitest';
import {
  ensureTorch,
  maxRelativeError,
  runTorch,
  type TorchCase,
} from '../../test/support/torch-runner';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer } from '../optimizer';
import { preview } from '../preview/preview';
import { fromDeepSpeed } from './deepspeed';
import { type DeepSpeedSection, toDeepSpeed } from './to-deepspeed';

// toDeepSpeed's sections are checked three ways against preview(spec), relative error ≤ 1e-12:
// 1. a float64 reference of DeepSpeed's own schedulers written here from the rules of
//    microsoft/DeepSpeed deepspeed/runtime/lr_schedules.py at commit
//    38327e07f6cd39b63418f60cedd1651b0be3e7c3 (file last changed in 05eaf3d1): construction sets
//    the lr of iteration -1 (WarmupLR: min_lrs; OneCycle: cycle_min_lr), each step advances
//    last_batch_iteration by one; WarmupLR: min + delta * gamma, gamma = i / n (linear) while
//    i < n, else 1; WarmupDecayLR: after the warmup gamma = max(0, (T - i) / max(1, T - n));
//    OneCycle: x = 1 + (i + 1) / S - floor(1 + (i + 1) / S), scale = x / r or (x - 1) / (r - 1),
//    then min / (1 + rate * (i - S + 1) / d) (or min when there is no decay);
// 2. fromDeepSpeed, lrkit's import of the same section;
// 3. for PyTorch classes, the section built by real PyTorch as DeepSpeed's engine does
//    (getattr(torch.optim.lr_scheduler, type)(optimizer, **params)).

const TOLERANCE = 1e-12;
type Spec = Record<string, unknown> & { type: string };

/** lr at steps 0 … steps − 1 of DeepSpeed's WarmupLR / WarmupDecayLR / OneCycle (one group). */
function deepSpeedReference(section: DeepSpeedSection, steps: number): number[] {
  const p = section.params as Record<string, number | string | boolean | undefined>;
  const at = (i: number): number => {
    if (section.type === 'OneCycle') {
      const min = p.cycle_min_lr as number;
      const max = p.cycle_max_lr as number;
      const first = p.cycle_first_step_size as number;
      const total = first + ((p.cycle_second_step_size as number | undefined) ?? first);
      if (i === -1) return min;
      if (i < total) {
        const cycle = Math.floor(1 + (i + 1) / total);
        const x = 1 + (i + 1) / total - cycle;
        const ratio = first / total;
        const scale = x <= ratio ? x / ratio : (x - 1) / (ratio - 1);
        return min + (max - min) * scale;
      }
      const rate = (p.decay_lr_rate as number | undefined) ?? 0;
      const size = (p.decay_step_size as number | undefined) ?? 0;
      if (rate === 0 || size === 0) return min;
      return min / (1 + rate * ((i - total + 1) / size));
    }
    const min = (p.warmup_min_lr as number | undefined) ?? 0;
    const max = (p.warmup_max_lr as number | undefined) ?? 0.001;
    const n = Math.max(2, (p.warmup_num_steps as number | undefined) ?? 1000);
    if (i < 0) return min;
    let gamma: number;
    if (i < n) {
      gamma = p.warmup_type === 'linear' ? i / n : (1 / Math.log(n)) * Math.log(i + 1);
    } else if (section.type === 'WarmupDecayLR') {
      const total = p.total_num_steps as number;
      gamma = Math.max(0, (total - i) / Math.max(1, total - n));
    } else {
      gamma = 1;
    }
    return min + (max - min) * gamma;
  };
  return Array.from({ length: steps }, (_, k) => at(k - 1));
}

/** Every group's lr after construction and each step of fromDeepSpeed's scheduler. */
function viaFromDeepSpeed(section: DeepSpeedSection, lrs: readonly number[], steps: number) {
  const optimizer: Optimizer = { paramGroups: lrs.map((lr) => ({ lr, momentum: 0.9 })) };
  const scheduler = fromDeepSpeed(optimizer, section, { onWarning: () => {} });
  const out = lrs.map(() => [] as number[]);
  for (let k = 0; k < steps; k++) {
    if (k > 0) scheduler.step();
    optimizer.paramGroups.forEach((g, i) => {
      out[i]!.push(g.lr);
    });
  }
  return out;
}

const knots = (boundaries: number[], values: number[]): Spec => ({
  type: 'piecewise-interpolated',
  boundaries,
  values,
});

const NATIVE: { name: string; spec: Spec; type: string; steps: number }[] = [
  { name: 'WarmupLR', spec: knots([1, 21], [0.001, 0.1]), type: 'WarmupLR', steps: 40 },
  { name: 'WarmupLR from 0', spec: knots([1, 3], [0, 3e-4]), type: 'WarmupLR', steps: 10 },
  {
    name: 'WarmupDecayLR',
    spec: knots([1, 11, 61], [0.0001, 0.01, 0.0001]),
    type: 'WarmupDecayLR',
    steps: 80,
  },
  {
    name: 'WarmupDecayLR to 0',
    spec: knots([1, 6, 36], [0, 0.02, 0]),
    type: 'WarmupDecayLR',
    steps: 50,
  },
  { name: 'OneCycle', spec: knots([0, 15, 40], [0.001, 0.1, 0.001]), type: 'OneCycle', steps: 60 },
  {
    name: 'OneCycle asymmetric from 0',
    spec: knots([0, 7, 30], [0, 0.05, 0]),
    type: 'OneCycle',
    steps: 40,
  },
  {
    name: 'OneCycle with decay',
    spec: {
      type: 'join',
      boundaries: [30],
      schedules: [
        knots([0, 10, 30], [0.002, 0.2, 0.002]),
        { type: 'inverse-time', startLr: 0.002, decayRate: 0.5, decaySteps: 4 },
      ],
    },
    type: 'OneCycle',
    steps: 70,
  },
  {
    name: 'ScheduleLR absolute WarmupLR',
    spec: { type: 'ScheduleLR', scale: 'absolute', schedule: knots([1, 9], [0.01, 0.3]) },
    type: 'WarmupLR',
    steps: 20,
  },
];

describe("toDeepSpeed: DeepSpeed's own schedulers", () => {
  for (const c of NATIVE) {
    it(`${c.name} equals preview() by DeepSpeed's rules and through fromDeepSpeed`, () => {
      const spec = { version: 1, ...c.spec };
      const section = toDeepSpeed(spec);
      expect(section.type).toBe(c.type);
      expect(JSON.parse(JSON.stringify(section))).toEqual(section);
      const lrs = [0.1, 0.05];
      const expected = preview(spec, { steps: c.steps, baseLrs: lrs }).lr;
      const reference = deepSpeedReference(section, c.steps);
      expect(maxRelativeError([reference, reference], expected)).toBeLessThanOrEqual(TOLERANCE);
      const imported = viaFromDeepSpeed(section, lrs, c.steps);
      expect(maxRelativeError(imported, expected)).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('the reference tells DeepSpeed’s one-step delay from a plain lrkit warmup', () => {
    const section = toDeepSpeed({ version: 1, ...knots([1, 11], [0, 0.1]) });
    const warmup = preview(
      {
        version: 1,
        type: 'warmup',
        warmupSteps: 10,
        schedule: { type: 'constant', lr: 0.1 },
      },
      { steps: 20 },
    ).lr[0]!;
    expect(maxRelativeError([deepSpeedReference(section, 20)], [warmup])).toBeGreaterThan(0.01);
  });
});

const TORCH: { name: string; spec: Spec; steps?: number }[] = [
  { name: 'StepLR', spec: { type: 'StepLR', stepSize: 5, gamma: 0.5 } },
  { name: 'MultiStepLR', spec: { type: 'MultiStepLR', milestones: [4, 9, 9, 20], gamma: 0.2 } },
  { name: 'ConstantLR', spec: { type: 'ConstantLR', factor: 0.3, totalIters: 6 } },
  { name: 'LinearLR', spec: { type: 'LinearLR', startFactor: 0.01, totalIters: 10 } },
  { name: 'ExponentialLR', spec: { type: 'ExponentialLR', gamma: 0.9 } },
  { name: 'PolynomialLR', spec: { type: 'PolynomialLR', totalIters: 12, power: 2 } },
  { name: 'CosineAnnealingLR', spec: { type: 'CosineAnnealingLR', tMax: 15, etaMin: 1e-4 } },
  {
    name: 'CosineAnnealingWarmRestarts',
    spec: { type: 'CosineAnnealingWarmRestarts', t0: 3, tMult: 2, etaMin: 1e-4 },
  },
  {
    name: 'CyclicLR',
    spec: {
      type: 'CyclicLR',
      baseLr: [0.001, 0.002],
      maxLr: 0.1,
      stepSizeUp: 4,
      mode: 'triangular2',
    },
  },
  {
    name: 'OneCycleLR',
    spec: { type: 'OneCycleLR', maxLr: [0.3, 0.1], totalSteps: 40, threePhase: true },
    steps: 40,
  },
];

describe('toDeepSpeed: PyTorch classes, as DeepSpeed builds them', () => {
  let torchVersion = '';
  beforeAll(() => {
    torchVersion = ensureTorch();
  }, 900_000);

  it('every PyTorch-class spec gives preview() on real PyTorch and through fromDeepSpeed', () => {
    expect(torchVersion).toMatch(/^\d+\.\d+/);
    const lrs = [0.1, 0.05];
    const sections = TORCH.map((c) => toDeepSpeed({ version: 1, ...c.spec }));
    const cases: TorchCase[] = sections.map((section, i) => ({
      // What DeepSpeed's engine does with a type it does not have itself.
      code: [
        'import json',
        'import torch',
        'def build_scheduler(optimizer):',
        `    params = json.loads(${JSON.stringify(JSON.stringify(section.params))})`,
        `    return getattr(torch.optim.lr_scheduler, ${JSON.stringify(section.type)})(optimizer, **params)`,
      ].join('\n'),
      lrs,
      steps: TORCH[i]!.steps ?? 40,
    }));
    const results = runTorch(cases);
    const errors = TORCH.map((c, i) => {
      const result = results[i]!;
      if ('error' in result) return `${c.name}: ${result.error}`;
      const steps = c.steps ?? 40;
      const expected = preview({ version: 1, ...c.spec }, { steps, baseLrs: lrs });
      const imported = viaFromDeepSpeed(sections[i]!, lrs, steps);
      const error = Math.max(
        maxRelativeError(result.lr, expected.lr),
        maxRelativeError(imported, expected.lr),
        expected.momentum ? maxRelativeError(result.momentum, expected.momentum) : 0,
      );
      return error <= TOLERANCE ? null : `${c.name}: ${error}`;
    });
    expect(errors.filter((e) => e !== null)).toEqual([]);
  }, 300_000);

  it('passes PyTorch keyword names and leaves verbose out', () => {
    expect(
      toDeepSpeed({ version: 1, type: 'CosineAnnealingLR', tMax: 100, etaMin: 0, verbose: true }),
    ).toEqual({ type: 'CosineAnnealingLR', params: { T_max: 100, eta_min: 0 } });
  });
});

function refusal(spec: unknown): InvalidArgumentError {
  try {
    toDeepSpeed(spec);
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) return error;
    throw error;
  }
  return expect.fail('toDeepSpeed did not refuse');
}

describe('toDeepSpeed refuses, saying why', () => {
  it('metric-driven and composite schedulers', () => {
    const plateau = refusal({ version: 1, type: 'ReduceLROnPlateau' });
    expect(plateau.parameter).toBe('type');
    expect(plateau.message).toMatch(/metric/);
    const sequential = refusal({
      version: 1,
      type: 'SequentialLR',
      schedulers: [{ type: 'ConstantLR' }, { type: 'ExponentialLR', gamma: 0.9 }],
      milestones: [3],
    });
    expect(sequential.message).toMatch(/scheduler objects/);
    expect(sequential.message).toMatch(/toTorchCode/);
    expect(refusal({ version: 1, type: 'SWALR', swaLr: 0.01 }).message).toMatch(/swa_utils/);
  });

  it('closed forms DeepSpeed has no scheduler for, and multipliers', () => {
    const warmup = refusal({
      version: 1,
      type: 'warmup',
      warmupSteps: 10,
      schedule: { type: 'cosine', peakLr: 0.1, decaySteps: 90 },
    });
    expect(warmup.parameter).toBe('spec');
    expect(warmup.message).toMatch(/one step later/);
    expect(
      refusal({ version: 1, type: 'hf-linear', numWarmupSteps: 3, numTrainingSteps: 9 }).value,
    ).toBe('hf-linear');
    const scaled = refusal({
      version: 1,
      type: 'ScheduleLR',
      scale: 'multiplier',
      schedule: knots([1, 11], [0, 1]),
    });
    expect(scaled.parameter).toBe('schedule');
  });

  it('hostile names are unknown types or fields (typed errors)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(refusal({ version: 1, type: name }).parameter).toBe('type');
      expect(refusal({ version: 1, type: 'StepLR', stepSize: 3, [name]: 1 })).toBeInstanceOf(
        InvalidArgumentError,
      );
    }
  });

  it('a warmup DeepSpeed would lengthen, a resume, a function, an invalid spec', () => {
    expect(refusal({ version: 1, ...knots([1, 2], [0, 0.1]) }).parameter).toBe('boundaries[1]');
    expect(refusal({ version: 1, type: 'StepLR', stepSize: 3, lastEpoch: 3 }).parameter).toBe(
      'lastEpoch',
    );
    expect(refusal({ version: 1, type: 'LambdaLR' }).parameter).toBe('lrLambda');
    expect(refusal({ version: 1, type: 'StepLR', stepSize: 0 }).parameter).toBe('stepSize');
    expect(refusal({ type: 'StepLR', stepSize: 3 }).parameter).toBe('version');
  });
});
