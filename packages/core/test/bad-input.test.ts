import { describe, expect, it } from 'vitest';
import {
  ChainedScheduler,
  ConstantLR,
  CosineAnnealingLR,
  CosineAnnealingWarmRestarts,
  CosineAnnealingWarmupRestarts,
  CyclicLR,
  ExponentialLR,
  fromTorch,
  InvalidArgumentError,
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
  SequentialLR,
  StepLR,
  torchKwargsOf,
  torchSchedulerNames,
} from '../src/index';
import { adam, expectInvalid, plain, sgd, thrown } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: bad input is the point of these tests
type Any = any;

interface BadCase {
  name: string;
  /** The optimizer the case runs on; default: one SGD group. */
  optimizer?: () => Optimizer;
  /** Builds what the case needs first (children, a scheduler to step); not under test. */
  prepare?: (optimizer: Optimizer) => Any;
  run: (optimizer: Optimizer, prepared: Any) => unknown;
  parameter: string;
  value?: unknown;
  /** The expected value when it is an object built by the case (compared by identity). */
  valueFrom?: (optimizer: Optimizer, prepared: Any) => unknown;
}

function cases(title: string, list: BadCase[]): void {
  describe(title, () => {
    for (const c of list) {
      it(`${c.name} → ${c.parameter}`, () => {
        const optimizer = (c.optimizer ?? (() => sgd(1)))();
        const prepared = c.prepare?.(optimizer);
        const value = c.valueFrom ? c.valueFrom(optimizer, prepared) : c.value;
        expectInvalid(optimizer, () => c.run(optimizer, prepared), c.parameter, value);
      });
    }
  });
}

const two = () => sgd(2);
const resumed = () => ({ paramGroups: [{ lr: 0.1, momentum: 0.9 }] });
const notFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const f = (e: number) => 0.9 ** e;

/** The checks every LRScheduler shares, run through one constructor. */
function baseCases(name: string, build: (o: Optimizer, extra: object) => unknown): BadCase[] {
  return [
    {
      name: 'lastEpoch -2',
      run: (o) => build(o, { lastEpoch: -2 }),
      parameter: 'lastEpoch',
      value: -2,
    },
    {
      name: 'lastEpoch 1.5',
      run: (o) => build(o, { lastEpoch: 1.5 }),
      parameter: 'lastEpoch',
      value: 1.5,
    },
    {
      name: 'lastEpoch NaN',
      run: (o) => build(o, { lastEpoch: Number.NaN }),
      parameter: 'lastEpoch',
      value: Number.NaN,
    },
    {
      name: 'resuming with lastEpoch but no initialLr',
      optimizer: resumed,
      run: (o) => build(o, { lastEpoch: 3 }),
      parameter: 'optimizer.paramGroups[0].initialLr',
      value: undefined,
    },
    {
      name: 'verbose not a boolean',
      run: (o) => build(o, { verbose: 'yes' }),
      parameter: 'verbose',
      value: 'yes',
    },
    {
      name: 'an unknown option',
      run: (o) => build(o, { warmup: 5 }),
      parameter: `${name}.warmup`,
      value: 5,
    },
    {
      name: 'an optimizer with no groups',
      optimizer: () => ({ paramGroups: [] }),
      run: (o) => build(o, {}),
      parameter: 'optimizer.paramGroups',
      valueFrom: (o) => o.paramGroups,
    },
    {
      name: 'a group lr of NaN',
      optimizer: () => ({ paramGroups: [{ lr: Number.NaN }] }),
      run: (o) => build(o, {}),
      parameter: 'optimizer.paramGroups[0].lr',
      value: Number.NaN,
    },
  ];
}

describe('the optimizer', () => {
  it('must have paramGroups', () => {
    const optimizer = { groups: [{ lr: 0.1 }] } as unknown as Optimizer;
    const error = thrown(() => new StepLR(optimizer, { stepSize: 1 })) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.parameter).toBe('optimizer.paramGroups');
    expect(error.value).toBeUndefined();
    expect(optimizer).toStrictEqual({ groups: [{ lr: 0.1 }] });
  });
  it('must be an object', () => {
    const error = expectInvalid(
      sgd(),
      () => new ExponentialLR(null as Any, { gamma: 0.9 }),
      'optimizer',
      null,
    );
    expect(error.message).toContain('paramGroups');
  });
  it('options must be an object', () => {
    const o = sgd();
    expectInvalid(o, () => new StepLR(o, undefined as Any), 'options', undefined);
    expectInvalid(o, () => new CosineAnnealingLR(o, 100 as Any), 'options', 100);
  });
});

cases('LambdaLR', [
  ...baseCases('LambdaLR', (o, x) => new LambdaLR(o, { lrLambda: f, ...x })),
  {
    name: 'no lrLambda',
    run: (o) => new LambdaLR(o, {} as Any),
    parameter: 'lrLambda',
    value: undefined,
  },
  {
    name: 'lrLambda a number',
    run: (o) => new LambdaLR(o, { lrLambda: 0.5 as Any }),
    parameter: 'lrLambda',
    value: 0.5,
  },
  {
    name: 'a lambda list of the wrong length',
    optimizer: two,
    prepare: () => [f],
    run: (o, list) => new LambdaLR(o, { lrLambda: list }),
    parameter: 'lrLambda',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a list holding a non-function',
    optimizer: two,
    run: (o) => new LambdaLR(o, { lrLambda: [f, 3 as Any] }),
    parameter: 'lrLambda[1]',
    value: 3,
  },
  ...notFinite.map((bad) => ({
    name: `a lambda returning ${bad} at construction`,
    optimizer: two,
    run: (o: Optimizer) => new LambdaLR(o, { lrLambda: [f, () => bad] }),
    parameter: 'lrLambda[1]',
    value: bad,
  })),
]);

cases('MultiplicativeLR', [
  ...baseCases(
    'MultiplicativeLR',
    (o, x) => new MultiplicativeLR(o, { lrLambda: () => 0.9, ...x }),
  ),
  {
    name: 'a lambda list of the wrong length',
    optimizer: () => sgd(3),
    prepare: () => [f, f],
    run: (o, list) => new MultiplicativeLR(o, { lrLambda: list }),
    parameter: 'lrLambda',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a lambda returning NaN at a step',
    optimizer: two,
    prepare: (o) =>
      new MultiplicativeLR(o, { lrLambda: [() => 0.9, (e) => (e === 1 ? Number.NaN : 1)] }),
    run: (_o, s) => s.step(),
    parameter: 'lrLambda[1]',
    value: Number.NaN,
  },
  {
    name: 'a lambda returning a string at a step',
    prepare: (o) => new MultiplicativeLR(o, { lrLambda: () => '0.9' as Any }),
    run: (_o, s) => s.step(),
    parameter: 'lrLambda[0]',
    value: '0.9',
  },
]);

cases('StepLR', [
  ...baseCases('StepLR', (o, x) => new StepLR(o, { stepSize: 3, ...x })),
  ...[0, -1, 2.5, '3', undefined, ...notFinite].map((bad) => ({
    name: `stepSize ${String(bad)}`,
    run: (o: Optimizer) => new StepLR(o, { stepSize: bad as Any }),
    parameter: 'stepSize',
    value: bad,
  })),
  ...[0, -0.5, ...notFinite].map((bad) => ({
    name: `gamma ${bad}`,
    run: (o: Optimizer) => new StepLR(o, { stepSize: 3, gamma: bad }),
    parameter: 'gamma',
    value: bad,
  })),
]);

cases('MultiStepLR', [
  ...baseCases('MultiStepLR', (o, x) => new MultiStepLR(o, { milestones: [2], ...x })),
  {
    name: 'unsorted milestones',
    prepare: () => [10, 5],
    run: (o, list) => new MultiStepLR(o, { milestones: list }),
    parameter: 'milestones',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'fractional milestone',
    run: (o) => new MultiStepLR(o, { milestones: [2, 4.5] }),
    parameter: 'milestones[1]',
    value: 4.5,
  },
  {
    name: 'negative milestone',
    run: (o) => new MultiStepLR(o, { milestones: [-1] }),
    parameter: 'milestones[0]',
    value: -1,
  },
  {
    name: 'NaN milestone',
    run: (o) => new MultiStepLR(o, { milestones: [Number.NaN] }),
    parameter: 'milestones[0]',
    value: Number.NaN,
  },
  {
    name: 'milestones not a list',
    run: (o) => new MultiStepLR(o, { milestones: 30 as Any }),
    parameter: 'milestones',
    value: 30,
  },
  ...[0, -0.1, ...notFinite].map((bad) => ({
    name: `gamma ${bad}`,
    run: (o: Optimizer) => new MultiStepLR(o, { milestones: [1], gamma: bad }),
    parameter: 'gamma',
    value: bad,
  })),
]);

cases('ConstantLR', [
  ...baseCases('ConstantLR', (o, x) => new ConstantLR(o, x)),
  // PyTorch accepts 0 and divides by it when the constant phase ends.
  ...[0, -0.1, 1.5, ...notFinite].map((bad) => ({
    name: `factor ${bad}`,
    run: (o: Optimizer) => new ConstantLR(o, { factor: bad }),
    parameter: 'factor',
    value: bad,
  })),
  ...[0, -3, 2.5, ...notFinite].map((bad) => ({
    name: `totalIters ${bad}`,
    run: (o: Optimizer) => new ConstantLR(o, { totalIters: bad }),
    parameter: 'totalIters',
    value: bad,
  })),
]);

cases('LinearLR', [
  ...baseCases('LinearLR', (o, x) => new LinearLR(o, x)),
  ...[0, 1.01, -1, ...notFinite].map((bad) => ({
    name: `startFactor ${bad}`,
    run: (o: Optimizer) => new LinearLR(o, { startFactor: bad }),
    parameter: 'startFactor',
    value: bad,
  })),
  ...[-0.01, 1.01, ...notFinite].map((bad) => ({
    name: `endFactor ${bad}`,
    run: (o: Optimizer) => new LinearLR(o, { endFactor: bad }),
    parameter: 'endFactor',
    value: bad,
  })),
  ...[0, 1.5, ...notFinite].map((bad) => ({
    name: `totalIters ${bad}`,
    run: (o: Optimizer) => new LinearLR(o, { totalIters: bad }),
    parameter: 'totalIters',
    value: bad,
  })),
]);

cases('ExponentialLR', [
  ...baseCases('ExponentialLR', (o, x) => new ExponentialLR(o, { gamma: 0.9, ...x })),
  ...[undefined, 0, -0.9, ...notFinite].map((bad) => ({
    name: `gamma ${bad}`,
    run: (o: Optimizer) => new ExponentialLR(o, { gamma: bad as Any }),
    parameter: 'gamma',
    value: bad,
  })),
  {
    name: 'step(epoch) overflowing to Infinity',
    prepare: (o) => new ExponentialLR(o, { gamma: 2 }),
    run: (_o, s) => s.step(5000),
    parameter: 'closedFormLr()[0]',
    value: Number.POSITIVE_INFINITY,
  },
]);

cases('PolynomialLR', [
  ...baseCases('PolynomialLR', (o, x) => new PolynomialLR(o, x)),
  ...[0, 2.5, ...notFinite].map((bad) => ({
    name: `totalIters ${bad}`,
    run: (o: Optimizer) => new PolynomialLR(o, { totalIters: bad }),
    parameter: 'totalIters',
    value: bad,
  })),
  ...[-1, ...notFinite].map((bad) => ({
    name: `power ${bad}`,
    run: (o: Optimizer) => new PolynomialLR(o, { power: bad }),
    parameter: 'power',
    value: bad,
  })),
]);

cases('CosineAnnealingLR', [
  ...baseCases('CosineAnnealingLR', (o, x) => new CosineAnnealingLR(o, { tMax: 10, ...x })),
  // PyTorch accepts T_max 0 and fails later with a ZeroDivisionError.
  ...[0, -5, 2.5, undefined, ...notFinite].map((bad) => ({
    name: `tMax ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingLR(o, { tMax: bad as Any }),
    parameter: 'tMax',
    value: bad,
  })),
  ...[-0.001, ...notFinite].map((bad) => ({
    name: `etaMin ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingLR(o, { tMax: 10, etaMin: bad }),
    parameter: 'etaMin',
    value: bad,
  })),
  {
    name: 'step(-1)',
    prepare: (o) => new CosineAnnealingLR(o, { tMax: 10 }),
    run: (_o, s) => s.step(-1),
    parameter: 'epoch',
    value: -1,
  },
  {
    name: 'step(NaN)',
    prepare: (o) => new CosineAnnealingLR(o, { tMax: 10 }),
    run: (_o, s) => s.step(Number.NaN),
    parameter: 'epoch',
    value: Number.NaN,
  },
]);

/** Two valid children on `o` plus the list for the case, built before the composite under test. */
function withChildren(extra: (o: Optimizer) => Any = () => undefined) {
  return (o: Optimizer) => ({
    children: [new LinearLR(o, { totalIters: 3 }), new ExponentialLR(o, { gamma: 0.9 })],
    extra: extra(o),
  });
}

cases('SequentialLR', [
  {
    name: 'one milestone too many',
    prepare: withChildren(() => [2, 4]),
    run: (o, p) => new SequentialLR(o, { schedulers: p.children, milestones: p.extra }),
    parameter: 'milestones',
    valueFrom: (_o, p) => p.extra,
  },
  {
    name: 'no milestone for two schedulers',
    prepare: withChildren(() => []),
    run: (o, p) => new SequentialLR(o, { schedulers: p.children, milestones: p.extra }),
    parameter: 'milestones',
    valueFrom: (_o, p) => p.extra,
  },
  {
    name: 'unsorted milestones',
    prepare: withChildren((o) => ({ third: new StepLR(o, { stepSize: 2 }), milestones: [5, 3] })),
    run: (o, p) =>
      new SequentialLR(o, {
        schedulers: [...p.children, p.extra.third],
        milestones: p.extra.milestones,
      }),
    parameter: 'milestones',
    valueFrom: (_o, p) => p.extra.milestones,
  },
  {
    name: 'fractional milestone',
    prepare: withChildren(),
    run: (o, p) => new SequentialLR(o, { schedulers: p.children, milestones: [2.5] }),
    parameter: 'milestones[0]',
    value: 2.5,
  },
  {
    name: 'milestone 0',
    prepare: withChildren(),
    run: (o, p) => new SequentialLR(o, { schedulers: p.children, milestones: [0] }),
    parameter: 'milestones[0]',
    value: 0,
  },
  {
    name: 'milestones not a list',
    prepare: withChildren(),
    run: (o, p) => new SequentialLR(o, { schedulers: p.children, milestones: 3 as Any }),
    parameter: 'milestones',
    value: 3,
  },
  {
    name: 'no schedulers',
    prepare: () => [],
    run: (o, list) => new SequentialLR(o, { schedulers: list, milestones: [] }),
    parameter: 'schedulers',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a child on another optimizer',
    prepare: (o) => [new LinearLR(o, { totalIters: 3 }), new ExponentialLR(sgd(), { gamma: 0.9 })],
    run: (o, c) => new SequentialLR(o, { schedulers: c, milestones: [3] }),
    parameter: 'schedulers[1]',
    value: 'ExponentialLR',
  },
  {
    name: 'a ReduceLROnPlateau child',
    prepare: (o) => [new LinearLR(o, { totalIters: 3 }), new ReduceLROnPlateau(o)],
    run: (o, c) => new SequentialLR(o, { schedulers: c, milestones: [3] }),
    parameter: 'schedulers[1]',
    valueFrom: (_o, c) => c[1],
  },
  {
    name: 'lastEpoch -2',
    prepare: withChildren(),
    run: (o, p) => new SequentialLR(o, { schedulers: p.children, milestones: [3], lastEpoch: -2 }),
    parameter: 'lastEpoch',
    value: -2,
  },
  {
    name: 'an unknown option',
    prepare: withChildren(),
    run: (o, p) =>
      new SequentialLR(o, { schedulers: p.children, milestones: [3], verbose: true } as Any),
    parameter: 'SequentialLR.verbose',
    value: true,
  },
  {
    name: 'step(epoch), which SequentialLR does not take',
    prepare: (o) =>
      new SequentialLR(o, { schedulers: withChildren()(o).children, milestones: [3] }),
    run: (_o, s) => s.step(4),
    parameter: 'epoch',
    value: 4,
  },
  {
    name: 'a first child whose lambda fails when SequentialLR restarts it',
    prepare: (o) => {
      let calls = 0;
      return [
        new LambdaLR(o, { lrLambda: (e) => (e === 0 && calls++ > 0 ? Number.NaN : 1) }),
        new ExponentialLR(o, { gamma: 0.9 }),
      ];
    },
    run: (o, c) => new SequentialLR(o, { schedulers: c, milestones: [3] }),
    parameter: 'lrLambda[0]',
    value: Number.NaN,
  },
]);

cases('ChainedScheduler', [
  {
    name: 'no schedulers',
    prepare: () => [],
    run: (o, list) => new ChainedScheduler(o, { schedulers: list }),
    parameter: 'schedulers',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a child on another optimizer',
    prepare: (o) => [new ConstantLR(o), new ExponentialLR(sgd(), { gamma: 0.9 })],
    run: (o, c) => new ChainedScheduler(o, { schedulers: c }),
    parameter: 'schedulers[1]',
    value: 'ExponentialLR',
  },
  {
    name: 'a child that is not a scheduler',
    prepare: () => ({ step() {} }),
    run: (o, fake) => new ChainedScheduler(o, { schedulers: [fake] }),
    parameter: 'schedulers[0]',
    valueFrom: (_o, fake) => fake,
  },
  {
    name: 'step(epoch), which ChainedScheduler does not take',
    prepare: (o) => new ChainedScheduler(o, { schedulers: [new ConstantLR(o)] }),
    run: (_o, s) => s.step(2),
    parameter: 'epoch',
    value: 2,
  },
  {
    name: 'an unknown option',
    prepare: (o) => ({ children: [new ConstantLR(o)], milestones: [4] }),
    run: (o, p) =>
      new ChainedScheduler(o, { schedulers: p.children, milestones: p.milestones } as Any),
    parameter: 'ChainedScheduler.milestones',
    valueFrom: (_o, p) => p.milestones,
  },
]);

cases('ReduceLROnPlateau', [
  {
    name: 'mode median',
    run: (o) => new ReduceLROnPlateau(o, { mode: 'median' as Any }),
    parameter: 'mode',
    value: 'median',
  },
  // PyTorch rejects only factor >= 1: 0 would zero the lr at the first plateau, < 0 flip its sign.
  ...[0, 1, 1.5, -0.5, ...notFinite].map((bad) => ({
    name: `factor ${bad}`,
    run: (o: Optimizer) => new ReduceLROnPlateau(o, { factor: bad }),
    parameter: 'factor',
    value: bad,
  })),
  ...[-1, 1.5, ...notFinite].map((bad) => ({
    name: `patience ${bad}`,
    run: (o: Optimizer) => new ReduceLROnPlateau(o, { patience: bad }),
    parameter: 'patience',
    value: bad,
  })),
  ...[-1e-4, ...notFinite].map((bad) => ({
    name: `threshold ${bad}`,
    run: (o: Optimizer) => new ReduceLROnPlateau(o, { threshold: bad }),
    parameter: 'threshold',
    value: bad,
  })),
  {
    name: 'thresholdMode relative',
    run: (o) => new ReduceLROnPlateau(o, { thresholdMode: 'relative' as Any }),
    parameter: 'thresholdMode',
    value: 'relative',
  },
  ...[-1, 0.5, Number.NaN].map((bad) => ({
    name: `cooldown ${bad}`,
    run: (o: Optimizer) => new ReduceLROnPlateau(o, { cooldown: bad }),
    parameter: 'cooldown',
    value: bad,
  })),
  ...[-1, ...notFinite].map((bad) => ({
    name: `minLr ${bad}`,
    run: (o: Optimizer) => new ReduceLROnPlateau(o, { minLr: bad }),
    parameter: 'minLr',
    value: bad,
  })),
  {
    name: 'a minLr list of the wrong length',
    optimizer: two,
    prepare: () => [0.001],
    run: (o, list) => new ReduceLROnPlateau(o, { minLr: list }),
    parameter: 'minLr',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a minLr list holding NaN',
    optimizer: two,
    run: (o) => new ReduceLROnPlateau(o, { minLr: [0, Number.NaN] }),
    parameter: 'minLr[1]',
    value: Number.NaN,
  },
  ...[-1e-8, ...notFinite].map((bad) => ({
    name: `eps ${bad}`,
    run: (o: Optimizer) => new ReduceLROnPlateau(o, { eps: bad }),
    parameter: 'eps',
    value: bad,
  })),
  {
    name: 'verbose 1',
    run: (o) => new ReduceLROnPlateau(o, { verbose: 1 as Any }),
    parameter: 'verbose',
    value: 1,
  },
  {
    name: 'an unknown option',
    run: (o) => new ReduceLROnPlateau(o, { lastEpoch: 3 } as Any),
    parameter: 'ReduceLROnPlateau.lastEpoch',
    value: 3,
  },
  ...[undefined, ...notFinite].map((bad) => ({
    name: `step(${bad})`,
    prepare: (o: Optimizer) => new ReduceLROnPlateau(o, { patience: 0 }),
    run: (_o: Optimizer, s: Any) => {
      s.step(1);
      s.step(bad);
    },
    parameter: 'metric',
    value: bad,
  })),
]);

const cyclic = { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 4 };
cases('CyclicLR', [
  ...baseCases('CyclicLR', (o, x) => new CyclicLR(o, { ...cyclic, ...x })),
  ...[undefined, -0.1, ...notFinite].map((bad) => ({
    name: `baseLr ${bad}`,
    run: (o: Optimizer) => new CyclicLR(o, { ...cyclic, baseLr: bad as Any }),
    parameter: 'baseLr',
    value: bad,
  })),
  {
    name: 'a maxLr list of the wrong length',
    optimizer: two,
    prepare: () => [0.1, 0.2, 0.3],
    run: (o, list) => new CyclicLR(o, { ...cyclic, maxLr: list }),
    parameter: 'maxLr',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'maxLr [NaN]',
    run: (o) => new CyclicLR(o, { ...cyclic, maxLr: [Number.NaN] }),
    parameter: 'maxLr[0]',
    value: Number.NaN,
  },
  ...[0, -2, ...notFinite].map((bad) => ({
    name: `stepSizeUp ${bad}`,
    run: (o: Optimizer) => new CyclicLR(o, { ...cyclic, stepSizeUp: bad }),
    parameter: 'stepSizeUp',
    value: bad,
  })),
  {
    name: 'stepSizeDown 0',
    run: (o) => new CyclicLR(o, { ...cyclic, stepSizeDown: 0 }),
    parameter: 'stepSizeDown',
    value: 0,
  },
  {
    name: 'mode sine',
    run: (o) => new CyclicLR(o, { ...cyclic, mode: 'sine' as Any }),
    parameter: 'mode',
    value: 'sine',
  },
  ...[0, -1, ...notFinite].map((bad) => ({
    name: `gamma ${bad}`,
    run: (o: Optimizer) => new CyclicLR(o, { ...cyclic, mode: 'exp_range', gamma: bad }),
    parameter: 'gamma',
    value: bad,
  })),
  {
    name: 'scaleFn not a function',
    run: (o) => new CyclicLR(o, { ...cyclic, scaleFn: 'half' as Any }),
    parameter: 'scaleFn',
    value: 'half',
  },
  {
    name: 'scaleMode epochs (even without scaleFn)',
    run: (o) => new CyclicLR(o, { ...cyclic, scaleMode: 'epochs' as Any }),
    parameter: 'scaleMode',
    value: 'epochs',
  },
  {
    name: 'cycleMomentum yes',
    run: (o) => new CyclicLR(o, { ...cyclic, cycleMomentum: 'yes' as Any }),
    parameter: 'cycleMomentum',
    value: 'yes',
  },
  {
    name: 'cycleMomentum on groups without momentum or betas',
    optimizer: () => plain(2),
    run: (o) => new CyclicLR(o, cyclic),
    parameter: 'cycleMomentum',
    value: true,
  },
  ...[1.5, -0.1, ...notFinite].map((bad) => ({
    name: `baseMomentum ${bad}`,
    optimizer: () => adam(1),
    run: (o: Optimizer) => new CyclicLR(o, { ...cyclic, baseMomentum: bad }),
    parameter: 'baseMomentum',
    value: bad,
  })),
  {
    name: 'a maxMomentum list of the wrong length',
    optimizer: two,
    prepare: () => [0.9],
    run: (o, list) => new CyclicLR(o, { ...cyclic, maxMomentum: list }),
    parameter: 'maxMomentum',
    valueFrom: (_o, list) => list,
  },
  ...[sgd, adam].map((make) => ({
    name: `a scaleFn returning NaN at construction (${make.name}: lr and momentum written first)`,
    optimizer: () => make(2),
    run: (o: Optimizer) => new CyclicLR(o, { ...cyclic, scaleFn: () => Number.NaN }),
    parameter: 'scaleFn',
    value: Number.NaN,
  })),
  {
    name: 'a scaleFn returning NaN at a later step',
    optimizer: () => adam(2),
    prepare: (o) => {
      const s = new CyclicLR(o, {
        ...cyclic,
        scaleFn: (x) => (x > 1 ? Number.NaN : 1),
        scaleMode: 'iterations',
      });
      s.step();
      return s;
    },
    run: (_o, s) => s.step(),
    parameter: 'scaleFn',
    value: Number.NaN,
  },
]);

const oneCycle = { maxLr: 0.1, totalSteps: 20 };
cases('OneCycleLR', [
  ...baseCases('OneCycleLR', (o, x) => new OneCycleLR(o, { ...oneCycle, ...x })),
  ...[undefined, -1, ...notFinite].map((bad) => ({
    name: `maxLr ${bad}`,
    run: (o: Optimizer) => new OneCycleLR(o, { ...oneCycle, maxLr: bad as Any }),
    parameter: 'maxLr',
    value: bad,
  })),
  ...[0, 2.5, -10, ...notFinite].map((bad) => ({
    name: `totalSteps ${bad}`,
    run: (o: Optimizer) => new OneCycleLR(o, { maxLr: 0.1, totalSteps: bad }),
    parameter: 'totalSteps',
    value: bad,
  })),
  {
    name: 'no length at all',
    run: (o) => new OneCycleLR(o, { maxLr: 0.1 }),
    parameter: 'totalSteps',
    value: undefined,
  },
  {
    name: 'epochs without stepsPerEpoch',
    run: (o) => new OneCycleLR(o, { maxLr: 0.1, epochs: 3 }),
    parameter: 'totalSteps',
    value: undefined,
  },
  {
    name: 'epochs 0',
    run: (o) => new OneCycleLR(o, { maxLr: 0.1, epochs: 0, stepsPerEpoch: 10 }),
    parameter: 'epochs',
    value: 0,
  },
  {
    name: 'stepsPerEpoch 1.5',
    run: (o) => new OneCycleLR(o, { maxLr: 0.1, epochs: 2, stepsPerEpoch: 1.5 }),
    parameter: 'stepsPerEpoch',
    value: 1.5,
  },
  ...[-0.1, 1.5, ...notFinite].map((bad) => ({
    name: `pctStart ${bad}`,
    run: (o: Optimizer) => new OneCycleLR(o, { ...oneCycle, pctStart: bad }),
    parameter: 'pctStart',
    value: bad,
  })),
  // PyTorch divides by zero when a step lands in a zero-length phase.
  {
    name: 'a zero-length warm-up phase',
    run: (o) => new OneCycleLR(o, { maxLr: 0.1, totalSteps: 10, pctStart: 0.1 }),
    parameter: 'pctStart',
    value: 0.1,
  },
  {
    name: 'a zero-length last phase (three phases)',
    run: (o) => new OneCycleLR(o, { maxLr: 0.1, totalSteps: 2, pctStart: 0.75, threePhase: true }),
    parameter: 'pctStart',
    value: 0.75,
  },
  {
    name: 'annealStrategy cosine',
    run: (o) => new OneCycleLR(o, { ...oneCycle, annealStrategy: 'cosine' as Any }),
    parameter: 'annealStrategy',
    value: 'cosine',
  },
  ...[0, -25, ...notFinite].map((bad) => ({
    name: `divFactor ${bad}`,
    run: (o: Optimizer) => new OneCycleLR(o, { ...oneCycle, divFactor: bad }),
    parameter: 'divFactor',
    value: bad,
  })),
  {
    name: 'finalDivFactor 0',
    run: (o) => new OneCycleLR(o, { ...oneCycle, finalDivFactor: 0 }),
    parameter: 'finalDivFactor',
    value: 0,
  },
  {
    name: 'threePhase 1',
    run: (o) => new OneCycleLR(o, { ...oneCycle, threePhase: 1 as Any }),
    parameter: 'threePhase',
    value: 1,
  },
  {
    name: 'cycleMomentum on plain groups',
    optimizer: () => plain(1),
    run: (o) => new OneCycleLR(o, oneCycle),
    parameter: 'cycleMomentum',
    value: true,
  },
  {
    name: 'baseMomentum 2',
    optimizer: () => adam(1),
    run: (o) => new OneCycleLR(o, { ...oneCycle, baseMomentum: 2 }),
    parameter: 'baseMomentum',
    value: 2,
  },
  {
    name: 'resuming at or past the end',
    optimizer: () => ({ paramGroups: [{ lr: 0.1, momentum: 0.9, initialLr: 0.004 }] }),
    run: (o) => new OneCycleLR(o, { ...oneCycle, lastEpoch: 20 }),
    parameter: 'lastEpoch',
    value: 20,
  },
]);

cases('CosineAnnealingWarmRestarts', [
  ...baseCases(
    'CosineAnnealingWarmRestarts',
    (o, x) => new CosineAnnealingWarmRestarts(o, { t0: 5, ...x }),
  ),
  ...[0, 2.5, undefined, ...notFinite].map((bad) => ({
    name: `t0 ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingWarmRestarts(o, { t0: bad as Any }),
    parameter: 't0',
    value: bad,
  })),
  ...[0, 1.5, ...notFinite].map((bad) => ({
    name: `tMult ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingWarmRestarts(o, { t0: 5, tMult: bad }),
    parameter: 'tMult',
    value: bad,
  })),
  ...[-1, ...notFinite].map((bad) => ({
    name: `etaMin ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingWarmRestarts(o, { t0: 5, etaMin: bad }),
    parameter: 'etaMin',
    value: bad,
  })),
  ...[-1, ...notFinite].map((bad) => ({
    name: `step(${bad})`,
    prepare: (o: Optimizer) => new CosineAnnealingWarmRestarts(o, { t0: 5 }),
    run: (_o: Optimizer, s: Any) => s.step(bad),
    parameter: 'epoch',
    value: bad,
  })),
]);

const warmup = { firstCycleSteps: 10, maxLr: 0.1, minLr: 0.001, warmupSteps: 2 };
cases('CosineAnnealingWarmupRestarts', [
  ...baseCases(
    'CosineAnnealingWarmupRestarts',
    (o, x) => new CosineAnnealingWarmupRestarts(o, { ...warmup, ...x }),
  ),
  ...[0, 1.5, ...notFinite].map((bad) => ({
    name: `firstCycleSteps ${bad}`,
    run: (o: Optimizer) =>
      new CosineAnnealingWarmupRestarts(o, { ...warmup, firstCycleSteps: bad }),
    parameter: 'firstCycleSteps',
    value: bad,
  })),
  // Below 1 the cycles shrink to the warmup alone and the cosine divides by zero.
  ...[0.5, 0, ...notFinite].map((bad) => ({
    name: `cycleMult ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingWarmupRestarts(o, { ...warmup, cycleMult: bad }),
    parameter: 'cycleMult',
    value: bad,
  })),
  {
    name: 'maxLr NaN',
    run: (o) => new CosineAnnealingWarmupRestarts(o, { ...warmup, maxLr: Number.NaN }),
    parameter: 'maxLr',
    value: Number.NaN,
  },
  {
    name: 'a minLr list of the wrong length',
    optimizer: two,
    prepare: () => [0.001],
    run: (o, list) => new CosineAnnealingWarmupRestarts(o, { ...warmup, minLr: list }),
    parameter: 'minLr',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'warmupSteps as long as the first cycle',
    run: (o) => new CosineAnnealingWarmupRestarts(o, { ...warmup, warmupSteps: 10 }),
    parameter: 'warmupSteps',
    value: 10,
  },
  {
    name: 'warmupSteps -1',
    run: (o) => new CosineAnnealingWarmupRestarts(o, { ...warmup, warmupSteps: -1 }),
    parameter: 'warmupSteps',
    value: -1,
  },
  ...[0, -0.5, ...notFinite].map((bad) => ({
    name: `gamma ${bad}`,
    run: (o: Optimizer) => new CosineAnnealingWarmupRestarts(o, { ...warmup, gamma: bad }),
    parameter: 'gamma',
    value: bad,
  })),
  {
    name: 'warmupFirstCycleOnly no',
    run: (o) =>
      new CosineAnnealingWarmupRestarts(o, { ...warmup, warmupFirstCycleOnly: 'no' as Any }),
    parameter: 'warmupFirstCycleOnly',
    value: 'no',
  },
  {
    name: 'step(-1)',
    prepare: (o) => new CosineAnnealingWarmupRestarts(o, warmup),
    run: (_o, s) => s.step(-1),
    parameter: 'epoch',
    value: -1,
  },
]);

cases('LinearAnnealingLR', [
  ...baseCases(
    'LinearAnnealingLR',
    (o, x) => new LinearAnnealingLR(o, { annealingSteps: 2, totalSteps: 10, ...x }),
  ),
  ...[0, 1.5, ...notFinite].map((bad) => ({
    name: `annealingSteps ${bad}`,
    run: (o: Optimizer) => new LinearAnnealingLR(o, { annealingSteps: bad, totalSteps: 10 }),
    parameter: 'annealingSteps',
    value: bad,
  })),
  {
    name: 'totalSteps not above annealingSteps',
    run: (o) => new LinearAnnealingLR(o, { annealingSteps: 5, totalSteps: 5 }),
    parameter: 'totalSteps',
    value: 5,
  },
  {
    name: 'totalSteps NaN',
    run: (o) => new LinearAnnealingLR(o, { annealingSteps: 5, totalSteps: Number.NaN }),
    parameter: 'totalSteps',
    value: Number.NaN,
  },
]);

cases('ParamwiseScheduler', [
  {
    name: 'no schedulers',
    run: (o) => new ParamwiseScheduler(o, {} as Any),
    parameter: 'schedulers',
    value: undefined,
  },
  {
    name: 'a factory list of the wrong length',
    optimizer: () => sgd(3),
    prepare: () => [(v: Optimizer) => new StepLR(v, { stepSize: 2 })],
    run: (o, list) => new ParamwiseScheduler(o, { schedulers: list }),
    parameter: 'schedulers',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a factory list holding a scheduler instead of a factory',
    optimizer: two,
    run: (o) =>
      new ParamwiseScheduler(o, { schedulers: [(v) => new ConstantLR(v), 'StepLR' as Any] }),
    parameter: 'schedulers[1]',
    value: 'StepLR',
  },
  {
    name: 'a factory returning a scheduler of the whole optimizer (group 0 is restored)',
    optimizer: two,
    prepare: (o) => new ConstantLR(o),
    run: (o, whole) =>
      new ParamwiseScheduler(o, { schedulers: [(v) => new ConstantLR(v), () => whole] }),
    parameter: 'schedulers[1]',
    valueFrom: (_o, whole) => whole,
  },
  {
    name: 'the second group’s child rejecting its options (the first group is restored)',
    optimizer: two,
    run: (o) =>
      new ParamwiseScheduler(o, {
        schedulers: [(v) => new CyclicLR(v, cyclic), (v) => new StepLR(v, { stepSize: 0 })],
      }),
    parameter: 'stepSize',
    value: 0,
  },
  {
    name: 'an unknown option',
    run: (o) =>
      new ParamwiseScheduler(o, {
        schedulers: (v: Optimizer) => new ConstantLR(v),
        groups: 1,
      } as Any),
    parameter: 'ParamwiseScheduler.groups',
    value: 1,
  },
]);

describe('fromTorch', () => {
  it('an unknown scheduler name lists the valid ones', () => {
    const o = sgd();
    const error = expectInvalid(
      o,
      () => fromTorch(o, { scheduler: 'CosineLR' }),
      'scheduler',
      'CosineLR',
    );
    for (const name of torchSchedulerNames) expect(error.expected).toContain(name);
  });

  it('an unknown keyword lists the valid ones for that scheduler', () => {
    const o = sgd();
    const error = expectInvalid(
      o,
      () => fromTorch(o, { scheduler: 'CosineAnnealingLR', kwargs: { Tmax: 10 } }),
      'kwargs.Tmax',
      10,
    );
    for (const kwarg of Object.keys(torchKwargsOf('CosineAnnealingLR'))) {
      expect(error.expected).toContain(kwarg);
    }
  });

  it('torchKwargsOf rejects an unknown name', () => {
    expectInvalid(sgd(), () => torchKwargsOf('Cosine'), 'scheduler', 'Cosine');
  });
});

cases('fromTorch names the PyTorch keyword', [
  {
    name: 'T_max 0',
    run: (o) => fromTorch(o, { scheduler: 'CosineAnnealingLR', kwargs: { T_max: 0 } }),
    parameter: 'kwargs.T_max',
    value: 0,
  },
  {
    name: 'missing step_size',
    run: (o) => fromTorch(o, { scheduler: 'StepLR', kwargs: { gamma: 0.5 } }),
    parameter: 'kwargs.step_size',
    value: undefined,
  },
  {
    name: 'factor 0',
    run: (o) => fromTorch(o, { scheduler: 'ConstantLR', kwargs: { factor: 0 } }),
    parameter: 'kwargs.factor',
    value: 0,
  },
  {
    name: 'total_iters 0',
    run: (o) => fromTorch(o, { scheduler: 'LinearLR', kwargs: { total_iters: 0 } }),
    parameter: 'kwargs.total_iters',
    value: 0,
  },
  {
    name: 'plateau factor 0',
    run: (o) => fromTorch(o, { scheduler: 'ReduceLROnPlateau', kwargs: { factor: 0 } }),
    parameter: 'kwargs.factor',
    value: 0,
  },
  {
    name: 'fractional milestone',
    run: (o) => fromTorch(o, { scheduler: 'MultiStepLR', kwargs: { milestones: [3, 7.5] } }),
    parameter: 'kwargs.milestones[1]',
    value: 7.5,
  },
  {
    name: 'a min_lr list of the wrong length',
    optimizer: two,
    prepare: () => [0.1, 0.2, 0.3],
    run: (o, list) => fromTorch(o, { scheduler: 'ReduceLROnPlateau', kwargs: { min_lr: list } }),
    parameter: 'kwargs.min_lr',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'a lambda list of the wrong length',
    optimizer: two,
    prepare: () => [f, f, f],
    run: (o, list) => fromTorch(o, { scheduler: 'LambdaLR', kwargs: { lr_lambda: list } }),
    parameter: 'kwargs.lr_lambda',
    valueFrom: (_o, list) => list,
  },
  {
    name: 'OneCycleLR without a length',
    run: (o) => fromTorch(o, { scheduler: 'OneCycleLR', kwargs: { max_lr: 0.1 } }),
    parameter: 'kwargs.total_steps',
    value: undefined,
  },
  {
    name: 'T_mult 1.5',
    run: (o) =>
      fromTorch(o, { scheduler: 'CosineAnnealingWarmRestarts', kwargs: { T_0: 5, T_mult: 1.5 } }),
    parameter: 'kwargs.T_mult',
    value: 1.5,
  },
  {
    name: 'resuming with last_epoch but no initialLr',
    optimizer: resumed,
    run: (o) => fromTorch(o, { scheduler: 'ExponentialLR', kwargs: { gamma: 0.9, last_epoch: 4 } }),
    parameter: 'optimizer.paramGroups[0].initialLr',
    value: undefined,
  },
  {
    name: 'mismatched SequentialLR milestones',
    run: (o) =>
      fromTorch(o, {
        scheduler: 'SequentialLR',
        kwargs: {
          schedulers: [
            { scheduler: 'LinearLR', kwargs: { total_iters: 2 } },
            { scheduler: 'ExponentialLR', kwargs: { gamma: 0.9 } },
          ],
          milestones: [2, 5],
        },
      }),
    parameter: 'kwargs.milestones',
    valueFrom: () => expect.anything(),
  },
  {
    name: 'a nested child with a bad keyword value',
    run: (o) =>
      fromTorch(o, {
        scheduler: 'SequentialLR',
        kwargs: {
          schedulers: [
            { scheduler: 'LinearLR', kwargs: { total_iters: 2 } },
            { scheduler: 'CosineAnnealingLR', kwargs: { T_max: Number.NaN } },
          ],
          milestones: [2],
        },
      }),
    parameter: 'kwargs.schedulers[1].kwargs.T_max',
    value: Number.NaN,
  },
  {
    name: 'a nested unknown scheduler',
    run: (o) =>
      fromTorch(o, {
        scheduler: 'ChainedScheduler',
        kwargs: { schedulers: [{ scheduler: 'Warmup', kwargs: {} }] },
      }),
    parameter: 'kwargs.schedulers[0].scheduler',
    value: 'Warmup',
  },
  {
    name: 'a nested unknown keyword',
    run: (o) =>
      fromTorch(o, {
        scheduler: 'ChainedScheduler',
        kwargs: { schedulers: [{ scheduler: 'ExponentialLR', kwargs: { gama: 0.9 } }] },
      }),
    parameter: 'kwargs.schedulers[0].kwargs.gama',
    value: 0.9,
  },
  {
    name: 'ReduceLROnPlateau nested in SequentialLR',
    run: (o) =>
      fromTorch(o, {
        scheduler: 'SequentialLR',
        kwargs: {
          schedulers: [
            { scheduler: 'ReduceLROnPlateau' },
            { scheduler: 'ExponentialLR', kwargs: { gamma: 0.9 } },
          ],
          milestones: [2],
        },
      }),
    parameter: 'kwargs.schedulers[0].scheduler',
    value: 'ReduceLROnPlateau',
  },
  {
    name: 'a ParamwiseScheduler child with a bad keyword (group 0 is restored)',
    optimizer: two,
    run: (o) =>
      fromTorch(o, {
        scheduler: 'ParamwiseScheduler',
        kwargs: {
          schedulers: [
            { scheduler: 'OneCycleLR', kwargs: { max_lr: 0.1, total_steps: 10 } },
            { scheduler: 'StepLR', kwargs: { step_size: -1 } },
          ],
        },
      }),
    parameter: 'kwargs.schedulers[1].kwargs.step_size',
    value: -1,
  },
  {
    name: 'a config that is not an object',
    run: (o) => fromTorch(o, 'StepLR' as Any),
    parameter: 'config',
    value: 'StepLR',
  },
  {
    name: 'an extra top-level key',
    run: (o) => fromTorch(o, { scheduler: 'StepLR', kwargs: { step_size: 1 }, args: [1] } as Any),
    parameter: 'args',
    valueFrom: () => expect.anything(),
  },
  {
    name: 'kwargs not an object',
    run: (o) => fromTorch(o, { scheduler: 'StepLR', kwargs: 3 as Any }),
    parameter: 'kwargs',
    value: 3,
  },
]);
