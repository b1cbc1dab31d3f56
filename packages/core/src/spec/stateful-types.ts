import type { Optimizer } from '../optimizer';
import { ResizedLR } from '../resize/resized-lr';
import type { Scheduler } from '../scheduler';
import { ChainedScheduler } from '../schedulers/chained-scheduler';
import { ConstantLR } from '../schedulers/constant-lr';
import { CosineAnnealingLR } from '../schedulers/cosine-annealing-lr';
import { CosineAnnealingWarmRestarts } from '../schedulers/cosine-annealing-warm-restarts';
import { CosineAnnealingWarmupRestarts } from '../schedulers/cosine-annealing-warmup-restarts';
import { CyclicLR } from '../schedulers/cyclic-lr';
import { ExponentialLR } from '../schedulers/exponential-lr';
import { HyperparameterScheduler } from '../schedulers/hyperparameter-scheduler';
import { LambdaLR } from '../schedulers/lambda-lr';
import { LinearAnnealingLR } from '../schedulers/linear-annealing-lr';
import { LinearLR } from '../schedulers/linear-lr';
import { MultiStepLR } from '../schedulers/multi-step-lr';
import { MultiplicativeLR } from '../schedulers/multiplicative-lr';
import { OneCycleLR } from '../schedulers/one-cycle-lr';
import { ParamwiseScheduler } from '../schedulers/paramwise-scheduler';
import { PlateauLR } from '../schedulers/plateau-lr';
import { PolynomialLR } from '../schedulers/polynomial-lr';
import { ReduceLROnPlateau } from '../schedulers/reduce-lr-on-plateau';
import { ScheduleLR } from '../schedulers/schedule-lr';
import { SequentialLR } from '../schedulers/sequential-lr';
import { StepLR } from '../schedulers/step-lr';
import { SWALR } from '../schedulers/swalr';

// biome-ignore lint/suspicious/noExplicitAny: each constructor validates its own options at run time.
type AnyOptions = any;
type Options = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: matched by identity only.
type AnyClass = abstract new (...args: any[]) => Scheduler;

/**
 * How a spec field is given: data, nested scheduler specs, closed-form schedule specs (one, or
 * one per group), or a function (which a spec cannot hold).
 */
export type FieldKind = 'data' | 'specs' | 'schedules' | 'function';

/** A stateful (PyTorch-named) scheduler as a spec type. */
export interface StatefulType {
  readonly ctor: AnyClass;
  /** Every option, in constructor order. */
  readonly fields: Readonly<Record<string, FieldKind>>;
  readonly required: readonly string[];
  /** Builds it from options whose nested specs are already schedulers (or factories). */
  build(optimizer: Optimizer, options: Options): Scheduler;
  /**
   * The options of a built scheduler, for types that do not record them at construction (the
   * composites and ReduceLROnPlateau); nested children are returned as schedulers.
   */
  describe?(scheduler: Scheduler): Options;
}

const COMMON = { lastEpoch: 'data', verbose: 'data' } as const;

/** Reads a private field of a built scheduler (they are plain own fields). */
function field<T>(scheduler: Scheduler, name: string): T {
  return (scheduler as unknown as Record<string, T>)[name] as T;
}

function collapse(values: readonly number[]): number | number[] {
  return values.every((v) => v === values[0]) ? values[0]! : values.slice();
}

// Built on first use, not at module load, so that importing one scheduler does not bundle them
// all (tree-shaking); see torch/from-torch.ts.
let table: Readonly<Record<string, StatefulType>> | undefined;

/** Every stateful spec type by name, in registry order. */
export function statefulTypes(): Readonly<Record<string, StatefulType>> {
  table ??= buildTable();
  return table;
}

function buildTable(): Readonly<Record<string, StatefulType>> {
  return {
    LambdaLR: {
      ctor: LambdaLR,
      fields: { lrLambda: 'function', ...COMMON },
      required: ['lrLambda'],
      build: (o, x) => new LambdaLR(o, x as AnyOptions),
    },
    MultiplicativeLR: {
      ctor: MultiplicativeLR,
      fields: { lrLambda: 'function', ...COMMON },
      required: ['lrLambda'],
      build: (o, x) => new MultiplicativeLR(o, x as AnyOptions),
    },
    StepLR: {
      ctor: StepLR,
      fields: { stepSize: 'data', gamma: 'data', ...COMMON },
      required: ['stepSize'],
      build: (o, x) => new StepLR(o, x as AnyOptions),
    },
    MultiStepLR: {
      ctor: MultiStepLR,
      fields: { milestones: 'data', gamma: 'data', ...COMMON },
      required: ['milestones'],
      build: (o, x) => new MultiStepLR(o, x as AnyOptions),
    },
    ConstantLR: {
      ctor: ConstantLR,
      fields: { factor: 'data', totalIters: 'data', ...COMMON },
      required: [],
      build: (o, x) => new ConstantLR(o, x as AnyOptions),
    },
    LinearLR: {
      ctor: LinearLR,
      fields: { startFactor: 'data', endFactor: 'data', totalIters: 'data', ...COMMON },
      required: [],
      build: (o, x) => new LinearLR(o, x as AnyOptions),
    },
    ExponentialLR: {
      ctor: ExponentialLR,
      fields: { gamma: 'data', ...COMMON },
      required: ['gamma'],
      build: (o, x) => new ExponentialLR(o, x as AnyOptions),
    },
    PolynomialLR: {
      ctor: PolynomialLR,
      fields: { totalIters: 'data', power: 'data', ...COMMON },
      required: [],
      build: (o, x) => new PolynomialLR(o, x as AnyOptions),
    },
    CosineAnnealingLR: {
      ctor: CosineAnnealingLR,
      fields: { tMax: 'data', etaMin: 'data', ...COMMON },
      required: ['tMax'],
      build: (o, x) => new CosineAnnealingLR(o, x as AnyOptions),
    },
    SequentialLR: {
      ctor: SequentialLR,
      fields: { schedulers: 'specs', milestones: 'data', lastEpoch: 'data' },
      required: ['schedulers', 'milestones'],
      build: (o, x) => new SequentialLR(o, x as AnyOptions),
      describe: (s) => ({
        schedulers: field(s, 'schedulers'),
        milestones: field<number[]>(s, 'milestones').slice(),
      }),
    },
    ChainedScheduler: {
      ctor: ChainedScheduler,
      fields: { schedulers: 'specs' },
      required: ['schedulers'],
      build: (o, x) => new ChainedScheduler(o, x as AnyOptions),
      describe: (s) => ({ schedulers: field(s, 'schedulers') }),
    },
    ReduceLROnPlateau: {
      ctor: ReduceLROnPlateau,
      fields: {
        mode: 'data',
        factor: 'data',
        patience: 'data',
        threshold: 'data',
        thresholdMode: 'data',
        cooldown: 'data',
        minLr: 'data',
        eps: 'data',
        verbose: 'data',
      },
      required: [],
      build: (o, x) => new ReduceLROnPlateau(o, x as AnyOptions),
      describe: (s) => {
        const options: Options = {
          mode: field(s, 'mode'),
          factor: field(s, 'factor'),
          patience: field(s, 'patience'),
          threshold: field(s, 'threshold'),
          thresholdMode: field(s, 'thresholdMode'),
          cooldown: field(s, 'cooldown'),
          minLr: collapse(field<number[]>(s, 'minLrs')),
          eps: field(s, 'eps'),
        };
        if (field<boolean>(s, 'verbose')) options.verbose = true;
        return options;
      },
    },
    CyclicLR: {
      ctor: CyclicLR,
      fields: {
        baseLr: 'data',
        maxLr: 'data',
        stepSizeUp: 'data',
        stepSizeDown: 'data',
        mode: 'data',
        gamma: 'data',
        scaleFn: 'function',
        scaleMode: 'data',
        cycleMomentum: 'data',
        baseMomentum: 'data',
        maxMomentum: 'data',
        ...COMMON,
      },
      required: ['baseLr', 'maxLr'],
      build: (o, x) => new CyclicLR(o, x as AnyOptions),
    },
    OneCycleLR: {
      ctor: OneCycleLR,
      fields: {
        maxLr: 'data',
        totalSteps: 'data',
        epochs: 'data',
        stepsPerEpoch: 'data',
        pctStart: 'data',
        annealStrategy: 'data',
        cycleMomentum: 'data',
        baseMomentum: 'data',
        maxMomentum: 'data',
        divFactor: 'data',
        finalDivFactor: 'data',
        threePhase: 'data',
        ...COMMON,
      },
      required: ['maxLr'],
      build: (o, x) => new OneCycleLR(o, x as AnyOptions),
    },
    CosineAnnealingWarmRestarts: {
      ctor: CosineAnnealingWarmRestarts,
      fields: { t0: 'data', tMult: 'data', etaMin: 'data', ...COMMON },
      required: ['t0'],
      build: (o, x) => new CosineAnnealingWarmRestarts(o, x as AnyOptions),
    },
    ParamwiseScheduler: {
      ctor: ParamwiseScheduler,
      fields: { schedulers: 'specs' },
      required: ['schedulers'],
      build: (o, x) => new ParamwiseScheduler(o, x as AnyOptions),
      describe: (s) => ({
        schedulers: s.optimizer.paramGroups.map((_, i) => (s as ParamwiseScheduler).schedulerOf(i)),
      }),
    },
    CosineAnnealingWarmupRestarts: {
      ctor: CosineAnnealingWarmupRestarts,
      fields: {
        firstCycleSteps: 'data',
        cycleMult: 'data',
        maxLr: 'data',
        minLr: 'data',
        warmupSteps: 'data',
        gamma: 'data',
        warmupFirstCycleOnly: 'data',
        ...COMMON,
      },
      required: ['firstCycleSteps'],
      build: (o, x) => new CosineAnnealingWarmupRestarts(o, x as AnyOptions),
    },
    ScheduleLR: {
      ctor: ScheduleLR,
      fields: { schedule: 'schedules', scale: 'data', ...COMMON },
      required: ['schedule', 'scale'],
      build: (o, x) => new ScheduleLR(o, x as AnyOptions),
    },
    LinearAnnealingLR: {
      ctor: LinearAnnealingLR,
      fields: { annealingSteps: 'data', totalSteps: 'data', ...COMMON },
      required: ['annealingSteps', 'totalSteps'],
      build: (o, x) => new LinearAnnealingLR(o, x as AnyOptions),
    },
    SWALR: {
      ctor: SWALR,
      fields: { swaLr: 'data', annealEpochs: 'data', annealStrategy: 'data', ...COMMON },
      required: ['swaLr'],
      build: (o, x) => new SWALR(o, x as AnyOptions),
    },
    PlateauLR: {
      ctor: PlateauLR,
      fields: {
        mode: 'data',
        factor: 'data',
        patience: 'data',
        threshold: 'data',
        thresholdMode: 'data',
        cooldown: 'data',
        minLr: 'data',
        eps: 'data',
        schedule: 'schedules',
        scale: 'data',
        ...COMMON,
      },
      required: [],
      build: (o, x) => new PlateauLR(o, x as AnyOptions),
    },
    HyperparameterScheduler: {
      ctor: HyperparameterScheduler,
      fields: { field: 'data', schedule: 'schedules', scale: 'data', ...COMMON },
      required: ['field', 'schedule'],
      build: (o, x) => new HyperparameterScheduler(o, x as AnyOptions),
      describe: (s) => {
        const h = s as HyperparameterScheduler;
        const schedules = h.schedules;
        const one = schedules.every((x) => x === schedules[0]);
        return {
          field: h.scheduledField,
          schedule: one ? schedules[0] : schedules.slice(),
          scale: field(s, 'scale'),
        };
      },
    },
    ResizedLR: {
      ctor: ResizedLR,
      fields: { plan: 'data', resize: 'data', verbose: 'data' },
      required: ['plan', 'resize'],
      build: (o, x) => new ResizedLR(o, x as AnyOptions),
      describe: (s) => ({ plan: field(s, 'plan'), resize: field(s, 'resize') }),
    },
  };
}

/** The stateful scheduler names a spec may use, in registry order. */
export function statefulSpecTypes(): string[] {
  return Object.keys(statefulTypes());
}
