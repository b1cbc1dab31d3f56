import {
  ChainedScheduler,
  ConstantLR,
  CosineAnnealingLR,
  CosineAnnealingWarmRestarts,
  CosineAnnealingWarmupRestarts,
  CyclicLR,
  cosineSchedule,
  ExponentialLR,
  LambdaLR,
  LinearAnnealingLR,
  LinearLR,
  MultiplicativeLR,
  MultiStepLR,
  OneCycleLR,
  type Optimizer,
  ParamwiseScheduler,
  PolynomialLR,
  ReduceLROnPlateau,
  ScheduleLR,
  type Scheduler,
  SequentialLR,
  StepLR,
  warmupSchedule,
} from '../src/index';
import { adam, plain, sgd } from './helpers';

/** How a scheduler is stepped: plainly, with a metric, or also to fractional epochs (SGDR). */
export type StepKind = 'plain' | 'metric' | 'fractional';

export interface StateCase {
  name: string;
  optimizer: () => Optimizer;
  build: (o: Optimizer) => Scheduler;
  kind: StepKind;
  /** Steps after which the scheduler cannot step any more (OneCycleLR's end). */
  maxSteps?: number;
}

/** Every built-in scheduler (and every composite), on the optimizers they are used with. */
export const stateCases: StateCase[] = [
  {
    name: 'LambdaLR',
    optimizer: () => sgd(2),
    build: (o) => new LambdaLR(o, { lrLambda: (e) => 0.9 ** e }),
    kind: 'plain',
  },
  {
    name: 'MultiplicativeLR',
    optimizer: () => sgd(2),
    build: (o) => new MultiplicativeLR(o, { lrLambda: () => 0.95 }),
    kind: 'plain',
  },
  {
    name: 'StepLR',
    optimizer: () => sgd(2),
    build: (o) => new StepLR(o, { stepSize: 2, gamma: 0.5 }),
    kind: 'plain',
  },
  {
    name: 'MultiStepLR',
    optimizer: () => sgd(2),
    build: (o) => new MultiStepLR(o, { milestones: [2, 2, 5], gamma: 0.5 }),
    kind: 'plain',
  },
  {
    name: 'ConstantLR',
    optimizer: () => sgd(2),
    build: (o) => new ConstantLR(o, { factor: 0.5, totalIters: 3 }),
    kind: 'plain',
  },
  {
    name: 'LinearLR',
    optimizer: () => sgd(2),
    build: (o) => new LinearLR(o, { startFactor: 0.25, endFactor: 0.75, totalIters: 4 }),
    kind: 'plain',
  },
  {
    name: 'ExponentialLR',
    optimizer: () => sgd(2),
    build: (o) => new ExponentialLR(o, { gamma: 0.9 }),
    kind: 'plain',
  },
  {
    name: 'PolynomialLR',
    optimizer: () => sgd(2),
    build: (o) => new PolynomialLR(o, { totalIters: 6, power: 2 }),
    kind: 'plain',
  },
  {
    name: 'CosineAnnealingLR',
    optimizer: () => sgd(2),
    build: (o) => new CosineAnnealingLR(o, { tMax: 4, etaMin: 0.001 }),
    kind: 'plain',
  },
  {
    name: 'CosineAnnealingWarmRestarts',
    optimizer: () => sgd(2),
    build: (o) => new CosineAnnealingWarmRestarts(o, { t0: 2, tMult: 2, etaMin: 0.001 }),
    kind: 'fractional',
  },
  {
    name: 'CosineAnnealingWarmupRestarts',
    optimizer: () => sgd(2),
    build: (o) =>
      new CosineAnnealingWarmupRestarts(o, {
        firstCycleSteps: 5,
        cycleMult: 1.5,
        maxLr: [0.1, 0.05],
        minLr: 0.001,
        warmupSteps: 2,
        gamma: 0.9,
      }),
    kind: 'fractional',
  },
  {
    name: 'CyclicLR (momentum)',
    optimizer: () => sgd(2),
    build: (o) =>
      new CyclicLR(o, { baseLr: 0.01, maxLr: [0.1, 0.2], stepSizeUp: 3, mode: 'triangular2' }),
    kind: 'plain',
  },
  {
    name: 'CyclicLR (betas, exp_range)',
    optimizer: () => adam(2),
    build: (o) =>
      new CyclicLR(o, { baseLr: 1e-4, maxLr: 1e-3, stepSizeUp: 2, mode: 'exp_range', gamma: 0.9 }),
    kind: 'plain',
  },
  {
    name: 'CyclicLR (no momentum)',
    optimizer: () => plain(2),
    build: (o) =>
      new CyclicLR(o, { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 2, cycleMomentum: false }),
    kind: 'plain',
  },
  {
    name: 'OneCycleLR (momentum)',
    optimizer: () => sgd(2),
    build: (o) => new OneCycleLR(o, { maxLr: 0.1, totalSteps: 12 }),
    kind: 'plain',
    maxSteps: 12,
  },
  {
    name: 'OneCycleLR (betas, linear, three phases)',
    optimizer: () => adam(2),
    build: (o) =>
      new OneCycleLR(o, {
        maxLr: 1e-3,
        totalSteps: 10,
        annealStrategy: 'linear',
        threePhase: true,
      }),
    kind: 'plain',
    maxSteps: 10,
  },
  {
    name: 'LinearAnnealingLR',
    optimizer: () => sgd(2),
    build: (o) => new LinearAnnealingLR(o, { annealingSteps: 2, totalSteps: 6 }),
    kind: 'plain',
  },
  {
    name: 'ReduceLROnPlateau',
    optimizer: () => sgd(2),
    build: (o) => new ReduceLROnPlateau(o, { patience: 1, cooldown: 2, minLr: [0, 0.001] }),
    kind: 'metric',
  },
  {
    name: 'ReduceLROnPlateau (max, abs)',
    optimizer: () => sgd(1),
    build: (o) => new ReduceLROnPlateau(o, { mode: 'max', thresholdMode: 'abs', patience: 0 }),
    kind: 'metric',
  },
  {
    name: 'SequentialLR',
    optimizer: () => sgd(2),
    build: (o) =>
      new SequentialLR(o, {
        schedulers: [
          new LinearLR(o, { startFactor: 0.1, totalIters: 2 }),
          new MultiStepLR(o, { milestones: [1, 3] }),
          new CosineAnnealingLR(o, { tMax: 3 }),
        ],
        milestones: [2, 5],
      }),
    kind: 'plain',
  },
  {
    name: 'ChainedScheduler',
    optimizer: () => sgd(2),
    build: (o) =>
      new ChainedScheduler(o, {
        schedulers: [
          new ConstantLR(o, { factor: 0.5, totalIters: 2 }),
          new ExponentialLR(o, { gamma: 0.9 }),
        ],
      }),
    kind: 'plain',
  },
  {
    name: 'ParamwiseScheduler',
    optimizer: () => sgd(2),
    build: (o) =>
      new ParamwiseScheduler(o, {
        schedulers: [
          (v) => new StepLR(v, { stepSize: 2 }),
          (v) => new ReduceLROnPlateau(v, { patience: 0 }),
        ],
      }),
    kind: 'metric',
  },
  {
    name: 'ScheduleLR',
    optimizer: () => sgd(2),
    build: (o) =>
      new ScheduleLR(o, {
        schedule: warmupSchedule({
          warmupSteps: 2,
          schedule: cosineSchedule({ peakLr: 1, decaySteps: 6 }),
        }),
        scale: 'multiplier',
      }),
    kind: 'plain',
  },
];

/** Steps a case once: with a metric where it takes one. */
export function stepOnce(c: StateCase, s: Scheduler, metric: number): void {
  if (c.kind === 'metric') s.step(metric);
  else s.step();
}
