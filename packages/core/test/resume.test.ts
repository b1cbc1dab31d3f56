import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChainedScheduler,
  ConstantLR,
  CosineAnnealingLR,
  CosineAnnealingWarmRestarts,
  CosineAnnealingWarmupRestarts,
  CyclicLR,
  ExponentialLR,
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
  type Scheduler,
  type SchedulerState,
  SequentialLR,
  StepLR,
} from '../src/index';
import { adam, sgd, snapshot, thrown } from './helpers';

/**
 * A random scenario: how to build the scheduler on a fresh optimizer (the same functions are
 * supplied again, as a user rebuilding from a checkpoint would) and the argument of every step.
 */
interface Scenario {
  optimizer: () => Optimizer;
  build: (optimizer: Optimizer) => Scheduler;
  /** undefined → step(); a number → step(n) (a metric or an epoch, as the scheduler takes it). */
  args: (number | undefined)[];
}

/** lr of every group, then momentum or beta1 where the groups carry one (and beta2, untouched). */
function observe(optimizer: Optimizer, scheduler: Scheduler): number[] {
  const out: number[] = [];
  for (const g of optimizer.paramGroups) {
    out.push(g.lr);
    if (g.momentum !== undefined) out.push(g.momentum);
    if (g.betas) out.push(g.betas[0], g.betas[1]);
  }
  out.push(...scheduler.getLastLr());
  return out;
}

function run(scheduler: Scheduler, optimizer: Optimizer, args: Scenario['args']): number[][] {
  return args.map((arg) => {
    if (arg === undefined) scheduler.step();
    else scheduler.step(arg);
    return observe(optimizer, scheduler);
  });
}

/** Uninterrupted vs. k steps → stateDict → JSON → fresh optimizer and scheduler → load → rest. */
function checkResume(scenario: Scenario, split: number): void {
  const k = Math.min(split, scenario.args.length);
  const whole = scenario.optimizer();
  const expected = run(scenario.build(whole), whole, scenario.args);

  const first = scenario.optimizer();
  const before = scenario.build(first);
  const head = run(before, first, scenario.args.slice(0, k));
  expect(head).toStrictEqual(expected.slice(0, k));
  const saved = JSON.parse(JSON.stringify(before.stateDict())) as SchedulerState;

  const resumed = scenario.optimizer();
  const after = scenario.build(resumed);
  after.loadStateDict(saved);
  // The groups are back where the checkpoint left them (lr and cycled momentum), before any step.
  expect(observe(resumed, after)).toStrictEqual(observe(first, before));
  const tail = run(after, resumed, scenario.args.slice(k));
  expect(tail).toStrictEqual(expected.slice(k));
}

const groups = fc.integer({ min: 1, max: 3 });
const steps = (n: number) => fc.constant(Array.from({ length: n }, () => undefined));
const length = fc.integer({ min: 1, max: 60 });
const split = fc.integer({ min: 0, max: 60 });
const lrScale = fc.constantFrom(1, 0.5, 0.01);
const rate = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const optimizerOf =
  (n: number, kind: 'sgd' | 'adam' = 'sgd', scale = 1) =>
  () =>
    kind === 'adam' ? adam(n, 1e-3 * scale) : sgd(n, 0.1 * scale);

/** Property over scenarios and split points; 30 runs each keeps the suite in seconds. */
function property(name: string, scenarios: fc.Arbitrary<Scenario>): void {
  it(name, () => {
    fc.assert(
      fc.property(scenarios, split, (scenario, k) => checkResume(scenario, k)),
      { numRuns: 30 },
    );
  });
}

/** A plain-step scenario from a config arbitrary. */
function stepped<C>(
  config: fc.Arbitrary<C>,
  build: (o: Optimizer, c: C) => Scheduler,
  kind: 'sgd' | 'adam' | 'either' = 'sgd',
): fc.Arbitrary<Scenario> {
  const kinds =
    kind === 'either' ? fc.constantFrom('sgd' as const, 'adam' as const) : fc.constant(kind);
  return fc
    .record({ c: config, n: groups, len: length, kind: kinds, scale: lrScale })
    .chain(({ c, n, len, kind, scale }) =>
      steps(len).map((args) => ({
        optimizer: optimizerOf(n, kind, scale),
        build: (o: Optimizer) => build(o, c),
        args,
      })),
    );
}

describe('resume: stateDict → JSON → loadStateDict continues the uninterrupted trace exactly', () => {
  property(
    'LambdaLR (the functions supplied again)',
    stepped(
      fc.record({ a: rate, b: fc.integer({ min: 1, max: 10 }) }),
      (o, c) =>
        new LambdaLR(o, {
          lrLambda: o.paramGroups.map(
            (_, i) => (e: number) => (i % 2 ? c.a ** e : Math.floor(e / c.b) + 1 / (1 + e)),
          ),
        }),
    ),
  );
  property(
    'MultiplicativeLR (the function supplied again)',
    stepped(rate, (o, a) => new MultiplicativeLR(o, { lrLambda: (e) => (e % 3 ? a : 1) })),
  );
  property(
    'StepLR',
    stepped(
      fc.record({ stepSize: fc.integer({ min: 1, max: 10 }), gamma: rate }),
      (o, c) => new StepLR(o, c),
    ),
  );
  property(
    'MultiStepLR (repeated milestones included)',
    stepped(
      fc.record({
        milestones: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
        gamma: rate,
      }),
      (o, c) =>
        new MultiStepLR(o, { milestones: [...c.milestones].sort((x, y) => x - y), gamma: c.gamma }),
    ),
  );
  property(
    'ConstantLR',
    stepped(
      fc.record({
        factor: fc.double({ min: 0.01, max: 1, noNaN: true }),
        totalIters: fc.integer({ min: 1, max: 20 }),
      }),
      (o, c) => new ConstantLR(o, c),
    ),
  );
  property(
    'LinearLR',
    stepped(
      fc.record({
        startFactor: fc.double({ min: 0.01, max: 1, noNaN: true }),
        endFactor: fc.double({ min: 0, max: 1, noNaN: true }),
        totalIters: fc.integer({ min: 1, max: 30 }),
      }),
      (o, c) => new LinearLR(o, c),
    ),
  );
  property(
    'ExponentialLR',
    stepped(rate, (o, gamma) => new ExponentialLR(o, { gamma })),
  );
  property(
    'PolynomialLR',
    stepped(
      fc.record({
        totalIters: fc.integer({ min: 1, max: 40 }),
        power: fc.double({ min: 0, max: 3, noNaN: true }),
      }),
      (o, c) => new PolynomialLR(o, c),
    ),
  );
  property(
    'CosineAnnealingLR (past tMax included)',
    stepped(
      fc.record({ tMax: fc.integer({ min: 1, max: 20 }), etaMin: fc.constantFrom(0, 1e-4) }),
      (o, c) => new CosineAnnealingLR(o, c),
    ),
  );
  property(
    'SequentialLR',
    stepped(
      fc.record({
        m1: fc.integer({ min: 1, max: 15 }),
        gap: fc.integer({ min: 1, max: 15 }),
        gamma: rate,
      }),
      (o, c) =>
        new SequentialLR(o, {
          schedulers: [
            new LinearLR(o, { startFactor: 0.1, totalIters: c.m1 }),
            new CosineAnnealingLR(o, { tMax: c.gap }),
            new ExponentialLR(o, { gamma: c.gamma }),
          ],
          milestones: [c.m1, c.m1 + c.gap],
        }),
    ),
  );
  property(
    'ChainedScheduler',
    stepped(
      fc.record({
        factor: fc.double({ min: 0.1, max: 1, noNaN: true }),
        iters: fc.integer({ min: 1, max: 10 }),
        gamma: rate,
      }),
      (o, c) =>
        new ChainedScheduler(o, {
          schedulers: [
            new ConstantLR(o, { factor: c.factor, totalIters: c.iters }),
            new ExponentialLR(o, { gamma: c.gamma }),
            new StepLR(o, { stepSize: c.iters, gamma: 0.5 }),
          ],
        }),
    ),
  );
  property(
    'ReduceLROnPlateau (random metric sequences, modes, thresholds, cooldown, per-group minLr)',
    fc
      .record({
        n: groups,
        mode: fc.constantFrom('min' as const, 'max' as const),
        thresholdMode: fc.constantFrom('rel' as const, 'abs' as const),
        threshold: fc.constantFrom(0, 1e-4, 0.05),
        patience: fc.integer({ min: 0, max: 3 }),
        cooldown: fc.integer({ min: 0, max: 2 }),
        factor: fc.constantFrom(0.1, 0.5, 0.9),
        minLr: fc.constantFrom(0, 1e-3),
        metrics: fc.array(
          fc.integer({ min: 0, max: 8 }).map((x) => 1 + x / 16),
          { minLength: 1, maxLength: 60 },
        ),
      })
      .map(({ n, metrics, minLr, ...options }) => ({
        optimizer: optimizerOf(n),
        build: (o: Optimizer) =>
          new ReduceLROnPlateau(o, {
            ...options,
            minLr: o.paramGroups.map((_, i) => minLr * (i + 1)),
          }),
        args: metrics,
      })),
  );
  property(
    'CyclicLR with momentum or betas, every mode, custom scaleFn in both scale modes',
    stepped(
      fc.record({
        up: fc.integer({ min: 1, max: 8 }),
        down: fc.integer({ min: 1, max: 8 }),
        mode: fc.constantFrom(
          'triangular' as const,
          'triangular2' as const,
          'exp_range' as const,
          'custom' as const,
        ),
        scaleMode: fc.constantFrom('cycle' as const, 'iterations' as const),
        gamma: rate,
      }),
      (o, c) =>
        new CyclicLR(o, {
          baseLr: 0.001,
          maxLr: o.paramGroups.map((_, i) => 0.1 / (i + 1)),
          stepSizeUp: c.up,
          stepSizeDown: c.down,
          ...(c.mode === 'custom'
            ? { scaleFn: (x: number) => 1 / (1 + 0.1 * x), scaleMode: c.scaleMode }
            : { mode: c.mode, gamma: c.gamma }),
        }),
      'either',
    ),
  );
  property(
    'OneCycleLR with momentum or betas (cos/linear, two or three phases)',
    fc
      .record({
        total: fc.integer({ min: 10, max: 60 }),
        pctStart: fc.constantFrom(0.25, 0.3, 0.4),
        annealStrategy: fc.constantFrom('cos' as const, 'linear' as const),
        threePhase: fc.boolean(),
        n: groups,
        kind: fc.constantFrom('sgd' as const, 'adam' as const),
      })
      .map(({ total, n, kind, ...options }) => ({
        optimizer: optimizerOf(n, kind),
        build: (o: Optimizer) => new OneCycleLR(o, { maxLr: 0.1, totalSteps: total, ...options }),
        args: Array.from({ length: total }, () => undefined),
      })),
  );
  property(
    'CosineAnnealingWarmRestarts with step() and fractional step(epoch)',
    fc
      .record({
        t0: fc.integer({ min: 1, max: 8 }),
        tMult: fc.integer({ min: 1, max: 3 }),
        batches: fc.integer({ min: 1, max: 5 }),
        plain: fc.boolean(),
        n: groups,
        len: length,
      })
      .map(({ t0, tMult, batches, plain, n, len }) => ({
        optimizer: optimizerOf(n),
        build: (o: Optimizer) => new CosineAnnealingWarmRestarts(o, { t0, tMult, etaMin: 1e-4 }),
        // Per batch, as PyTorch's docs show: step(epoch + batch / batches).
        args: Array.from({ length: len }, (_, i) =>
          plain && i % 3 === 2 ? undefined : (i + 1) / batches,
        ),
      })),
  );
  property(
    'CosineAnnealingWarmupRestarts',
    stepped(
      fc.record({
        first: fc.integer({ min: 2, max: 15 }),
        cycleMult: fc.constantFrom(1, 1.5, 2),
        warmup: fc.integer({ min: 0, max: 1 }),
        gamma: rate,
        warmupFirstCycleOnly: fc.boolean(),
      }),
      (o, c) =>
        new CosineAnnealingWarmupRestarts(o, {
          firstCycleSteps: c.first,
          cycleMult: c.cycleMult,
          maxLr: 0.1,
          minLr: 0.001,
          warmupSteps: c.warmup,
          gamma: c.gamma,
          warmupFirstCycleOnly: c.warmupFirstCycleOnly,
        }),
    ),
  );
  property(
    'LinearAnnealingLR',
    stepped(
      fc.record({ a: fc.integer({ min: 1, max: 20 }), extra: fc.integer({ min: 1, max: 40 }) }),
      (o, c) => new LinearAnnealingLR(o, { annealingSteps: c.a, totalSteps: c.a + c.extra }),
    ),
  );
  property(
    'ParamwiseScheduler with a plateau child (stepped with a metric)',
    fc
      .record({
        metrics: fc.array(
          fc.integer({ min: 0, max: 4 }).map((x) => 1 + x / 8),
          { minLength: 1, maxLength: 50 },
        ),
        tMax: fc.integer({ min: 1, max: 10 }),
        kind: fc.constantFrom('sgd' as const, 'adam' as const),
      })
      .map(({ metrics, tMax, kind }) => ({
        optimizer: optimizerOf(3, kind),
        build: (o: Optimizer) =>
          new ParamwiseScheduler(o, {
            schedulers: [
              (v) => new CosineAnnealingLR(v, { tMax }),
              (v) => new ReduceLROnPlateau(v, { patience: 1, factor: 0.5 }),
              (v) => new OneCycleLR(v, { maxLr: 0.05, totalSteps: 60 }),
            ],
          }),
        args: metrics,
      })),
  );
});

/** Asserts that loading `state` is rejected naming `parameter`, and that nothing changed. */
function expectRejected(scheduler: Scheduler, state: unknown, parameter: string | RegExp): void {
  const optimizer = scheduler.optimizer;
  const groups = snapshot(optimizer);
  const own = JSON.stringify(scheduler.stateDict());
  const error = thrown(() =>
    scheduler.loadStateDict(state as SchedulerState),
  ) as InvalidArgumentError;
  expect(error).toBeInstanceOf(InvalidArgumentError);
  if (typeof parameter === 'string') expect(error.parameter).toBe(parameter);
  else expect(error.parameter).toMatch(parameter);
  expect(snapshot(optimizer)).toStrictEqual(groups);
  expect(JSON.stringify(scheduler.stateDict())).toBe(own);
}

/** A scheduler a few steps in, and a state saved from an identical one further along. */
function pair<S extends Scheduler>(
  build: (o: Optimizer) => S,
  optimizer = () => sgd(2),
  arg?: number,
) {
  const live = build(optimizer());
  live.step(arg);
  const other = build(optimizer());
  for (let i = 0; i < 5; i++) other.step(arg);
  return { live, state: JSON.parse(JSON.stringify(other.stateDict())) as SchedulerState };
}

describe('loadStateDict rejects a corrupted or foreign state and changes nothing', () => {
  const step = (o: Optimizer) => new StepLR(o, { stepSize: 2 });

  it('not an object', () => {
    expectRejected(step(sgd()), 'state', 'state');
    expectRejected(step(sgd()), null, 'state');
  });
  it('another version', () => {
    const { live, state } = pair(step);
    expectRejected(live, { ...state, version: 2 }, 'state.version');
  });
  it('the state of another scheduler', () => {
    const { state } = pair(step);
    expectRejected(new ExponentialLR(sgd(2), { gamma: 0.9 }), state, 'state.scheduler');
  });
  it('a field of the wrong type', () => {
    const { live, state } = pair(step);
    expectRejected(live, { ...state, lastEpoch: 'five' }, 'state.lastEpoch');
    expectRejected(live, { ...state, baseLrs: [0.1, '0.05'] }, 'state.baseLrs[1]');
  });
  it('a missing field', () => {
    const { live, state } = pair(step);
    const { lastEpoch: _dropped, ...partial } = state;
    expectRejected(live, partial, 'state.lastEpoch');
  });
  it('an unknown field', () => {
    const { live, state } = pair(step);
    expectRejected(live, { ...state, warmupSteps: 3 }, 'state.warmupSteps');
  });
  it('the state of an optimizer with another number of groups', () => {
    const { state } = pair(step, () => sgd(3));
    expectRejected(step(sgd(2)), state, /^state\.(baseLrs|lastLrs)$/);
  });
  it('values no scheduler could have saved', () => {
    const { live, state } = pair(step);
    expectRejected(live, { ...state, lastEpoch: 2.5 }, 'state.lastEpoch');
    expectRejected(live, { ...state, lastEpoch: -3 }, 'state.lastEpoch');
    expectRejected(live, { ...state, stepCount: -1 }, 'state.stepCount');
    expectRejected(live, { ...state, lastLrs: [0.1, 'NaN'] }, 'state.lastLrs[1]');
    expectRejected(live, { ...state, baseLrs: ['Infinity', 0.1] }, 'state.baseLrs[0]');
  });
  it('a ReduceLROnPlateau state with impossible values', () => {
    const { live, state } = pair(
      (o) => new ReduceLROnPlateau(o),
      () => sgd(2),
      1,
    );
    expectRejected(live, { ...state, mode: 'median' }, 'state.mode');
    expectRejected(live, { ...state, thresholdMode: 'relative' }, 'state.thresholdMode');
    expectRejected(live, { ...state, factor: 1.5 }, 'state.factor');
    expectRejected(live, { ...state, numBadEpochs: -1 }, 'state.numBadEpochs');
    expectRejected(live, { ...state, cooldownCounter: 0.5 }, 'state.cooldownCounter');
    expectRejected(live, { ...state, minLrs: [0, -1] }, 'state.minLrs[1]');
    expectRejected(live, { ...state, best: 'NaN' }, 'state.best');
  });
  it('a CyclicLR state with a NaN momentum', () => {
    const build = (o: Optimizer) => new CyclicLR(o, { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 3 });
    const { live, state } = pair(build, () => adam(2));
    expectRejected(live, { ...state, lastMomentums: [0.9, 'NaN'] }, 'state.lastMomentums[1]');
  });
  it('a composite whose second child state is corrupted (the first child is not left loaded)', () => {
    const build = (o: Optimizer) =>
      new SequentialLR(o, {
        schedulers: [new LinearLR(o, { totalIters: 3 }), new CosineAnnealingLR(o, { tMax: 4 })],
        milestones: [3],
      });
    const { live, state } = pair(build);
    const children = state.schedulers as SchedulerState[];
    const bad = { ...state, schedulers: [children[0], { ...children[1], lastEpoch: null }] };
    expectRejected(live, bad, 'state.schedulers[1].lastEpoch');
    expectRejected(live, { ...state, schedulers: [children[0]] }, 'state.schedulers');
    expectRejected(live, { ...state, lastEpoch: 'x' }, 'state.lastEpoch');
  });
  it('a ParamwiseScheduler state for other children', () => {
    const build = (o: Optimizer) =>
      new ParamwiseScheduler(o, {
        schedulers: [(v) => new StepLR(v, { stepSize: 2 }), (v) => new ReduceLROnPlateau(v)],
      });
    const { live } = pair(build, () => sgd(2), 1);
    const swapped = new ParamwiseScheduler(sgd(2), {
      schedulers: [(v) => new ReduceLROnPlateau(v), (v) => new StepLR(v, { stepSize: 2 })],
    });
    expectRejected(
      live,
      JSON.parse(JSON.stringify(swapped.stateDict())),
      'state.schedulers[0].scheduler',
    );
  });
});

describe('functions are not serialized', () => {
  const lambda = (e: number) => 0.9 ** e;

  it('LambdaLR and MultiplicativeLR list their lambdas in notSerialized', () => {
    const a = new LambdaLR(sgd(2), { lrLambda: lambda });
    const b = new MultiplicativeLR(sgd(1), { lrLambda: () => 0.9 });
    for (const state of [a.stateDict(), b.stateDict()]) {
      expect(state.notSerialized).toStrictEqual(['lrLambdas']);
      expect(state).not.toHaveProperty('lrLambdas');
      expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
    }
  });

  it('CyclicLR lists a custom scaleFn, and only when there is one', () => {
    const options = { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 3 };
    expect(
      new CyclicLR(sgd(), { ...options, scaleFn: () => 1 }).stateDict().notSerialized,
    ).toStrictEqual(['scaleFn']);
    expect(new CyclicLR(sgd(), options).stateDict()).not.toHaveProperty('notSerialized');
  });

  it('a state saved with a scaleFn is rejected by a CyclicLR built without one', () => {
    const options = { baseLr: 0.01, maxLr: 0.1, stepSizeUp: 3 };
    const state = new CyclicLR(sgd(), { ...options, scaleFn: (x) => 1 / x }).stateDict();
    const error = thrown(() =>
      new CyclicLR(sgd(), options).loadStateDict(state),
    ) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.parameter).toBe('state.notSerialized');
    expect(error.message).toContain('functions are not part of stateDict()');
  });

  it('rebuilding without the lambda says functions are not saved', () => {
    const error = thrown(() => new LambdaLR(sgd(), {} as never)) as InvalidArgumentError;
    expect(error.message).toMatch(
      /functions are not part of stateDict\(\).*pass the same one again/,
    );
  });

  it('a composite lists its children’s functions in their own states', () => {
    const o = sgd();
    const chained = new ChainedScheduler(o, {
      schedulers: [new LambdaLR(o, { lrLambda: lambda }), new ExponentialLR(o, { gamma: 0.9 })],
    });
    const state = chained.stateDict();
    expect(state.schedulers?.[0]?.notSerialized).toStrictEqual(['lrLambdas']);
    expect(state.schedulers?.[1]).not.toHaveProperty('notSerialized');
  });
});
