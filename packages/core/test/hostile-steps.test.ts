import { describe, expect, it } from 'vitest';
import {
  ChainedScheduler,
  ConstantLR,
  CyclicLR,
  ExponentialLR,
  InvalidArgumentError,
  LambdaLR,
  LinearLR,
  NonFiniteLrError,
  OneCycleLR,
  type Optimizer,
  ParamwiseScheduler,
  ReduceLROnPlateau,
  ScheduleExhaustedError,
  type Scheduler,
  SchedulerRunner,
  StepLR,
} from '../src/index';
import { adam, plain, sgd, snapshot, thrown } from './helpers';

/** The scheduler's state and the groups, to compare before and after a refused step. */
function capture(o: Optimizer, s: Scheduler): string {
  return JSON.stringify({ groups: snapshot(o), state: s.stateDict(), last: s.getLastLr() });
}

function refusedStep(o: Optimizer, s: Scheduler, step: () => void): unknown {
  const before = capture(o, s);
  const error = thrown(step);
  expect(capture(o, s)).toBe(before);
  return error;
}

describe('no scheduler writes a non-finite lr or momentum', () => {
  it('ExponentialLR with gamma 1e308 throws NonFiniteLrError before writing any group', () => {
    const o = sgd(2, 1e-300);
    const s = new ExponentialLR(o, { gamma: 1e308 });
    s.step();
    const error = refusedStep(o, s, () => s.step()) as NonFiniteLrError;
    expect(error).toBeInstanceOf(NonFiniteLrError);
    expect(error.group).toBe(0);
    expect(error.field).toBe('lr');
    expect(error.value).toBe(Number.POSITIVE_INFINITY);
  });

  it('a LambdaLR lambda returning 1e308 on an lr of 10', () => {
    const o = sgd(1, 10);
    const s = new LambdaLR(o, { lrLambda: (e) => (e > 1 ? 1e308 : 1) });
    s.step();
    expect(refusedStep(o, s, () => s.step())).toBeInstanceOf(NonFiniteLrError);
  });

  // Children that cannot fail by themselves still overflow an lr set by hand near the top of the
  // float range: ConstantLR multiplies by 1/factor = 4 at its last step, after the first child
  // stepped. The composite must see it coming (its children's step bounds) and save them first.
  const hugeLrCases: [string, (o: Optimizer) => Scheduler][] = [
    [
      'ChainedScheduler',
      (o) =>
        new ChainedScheduler(o, {
          schedulers: [
            new ExponentialLR(o, { gamma: 1 }),
            new ConstantLR(o, { factor: 0.25, totalIters: 2 }),
          ],
        }),
    ],
    [
      'ParamwiseScheduler',
      (o) =>
        new ParamwiseScheduler(o, {
          schedulers: [
            (g) => new ExponentialLR(g, { gamma: 1 }),
            (g) => new ConstantLR(g, { factor: 0.25, totalIters: 2 }),
          ],
        }),
    ],
  ];
  for (const [name, build] of hugeLrCases) {
    it(`${name}: an lr set by hand to 1e308 overflows in the second child, the first is put back`, () => {
      const o = sgd(2);
      const s = build(o);
      s.step();
      for (const group of o.paramGroups) group.lr = 1e308;
      const error = refusedStep(o, s, () => s.step()) as NonFiniteLrError;
      expect(error).toBeInstanceOf(NonFiniteLrError);
      expect(error.scheduler).toBe('ConstantLR');
    });
  }

  it('CyclicLR exp_range with a growing gamma: neither lr nor momentum is written', () => {
    const o = adam(2);
    const s = new CyclicLR(o, {
      baseLr: 0,
      maxLr: 1e300,
      stepSizeUp: 1,
      mode: 'exp_range',
      gamma: 1e10,
    });
    let error: unknown;
    for (let i = 0; i < 100 && error === undefined; i++) {
      const before = capture(o, s);
      try {
        s.step();
      } catch (e) {
        error = e;
        expect(capture(o, s)).toBe(before);
      }
    }
    expect(error).toBeInstanceOf(NonFiniteLrError);
  });

  for (const kind of ['momentum', 'betas'] as const) {
    it(`CyclicLR (${kind}): a finite lr with a non-finite momentum in group 2 names the momentum`, () => {
      // The built-in cycles keep momentum within its finite bounds, so a subclass breaks it: the
      // check must hold for whatever a subclass computes.
      class BrokenMomentum extends CyclicLR {
        protected override computeLr(out: number[]): void {
          super.computeLr(out);
          if (this.lastEpoch >= 2) this.momentumWriter!.buffer[2] = Number.NaN;
        }
      }
      const o = kind === 'momentum' ? sgd(3) : adam(3);
      const s = new BrokenMomentum(o, { baseLr: 0.001, maxLr: 0.01, stepSizeUp: 4 });
      s.step();
      const error = refusedStep(o, s, () => s.step()) as NonFiniteLrError;
      expect(error).toBeInstanceOf(NonFiniteLrError);
      expect(error.group).toBe(2);
      expect(error.field).toBe('momentum');
      expect(error.value).toBeNaN();
    });
  }

  it('a ChainedScheduler whose second child overflows leaves the first unstepped', () => {
    const o = sgd(1, 1e300);
    const s = new ChainedScheduler(o, {
      schedulers: [
        new ConstantLR(o, { factor: 0.5, totalIters: 2 }),
        new ExponentialLR(o, { gamma: 1e10 }),
      ],
    });
    expect(refusedStep(o, s, () => s.step())).toBeInstanceOf(NonFiniteLrError);
  });
});

describe('param groups that cannot be written', () => {
  it('a group frozen after construction: nothing written, typed error, nothing stepped', () => {
    const o = {
      paramGroups: [
        { lr: 0.1, momentum: 0.9 },
        { lr: 0.2, momentum: 0.9 },
      ],
    };
    const s = new StepLR(o, { stepSize: 1, gamma: 0.5 });
    Object.freeze(o.paramGroups[1]);
    const error = refusedStep(o, s, () => s.step()) as InvalidArgumentError;
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.parameter).toBe('optimizer.paramGroups[1].lr');
    const o2 = {
      paramGroups: [
        { lr: 0.1, momentum: 0.9 },
        { lr: 0.2, momentum: 0.9 },
      ],
    };
    const plateau = new ReduceLROnPlateau(o2, { patience: 0 });
    plateau.step(1);
    Object.freeze(o2.paramGroups[1]);
    expect(refusedStep(o2, plateau, () => plateau.step(2))).toBeInstanceOf(InvalidArgumentError);
  });

  it('frozen or getter-only groups are refused at construction, before any group is written', () => {
    const frozen = { paramGroups: [{ lr: 0.1 }, Object.freeze({ lr: 0.1 })] };
    const getterOnly = {
      paramGroups: [
        { lr: 0.1, momentum: 0.9 },
        {
          get lr() {
            return 0.1;
          },
          momentum: 0.9,
        },
      ],
    };
    for (const o of [frozen, getterOnly] as Optimizer[]) {
      const before = snapshot(o);
      const error = thrown(() => new StepLR(o, { stepSize: 2 })) as InvalidArgumentError;
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.parameter).toBe('optimizer.paramGroups[1].lr');
      expect(snapshot(o)).toStrictEqual(before);
      expect(() => new OneCycleLR(o, { maxLr: 1, totalSteps: 5, cycleMomentum: false })).toThrow(
        InvalidArgumentError,
      );
      expect(snapshot(o)).toStrictEqual(before);
    }
  });
});

describe('construction and step arguments', () => {
  for (const initialLr of [Number.NaN, -5, Number.POSITIVE_INFINITY, '0.1']) {
    it(`an existing initialLr of ${String(initialLr)} is refused`, () => {
      const o = { paramGroups: [{ lr: 0.1, initialLr }] } as unknown as Optimizer;
      const before = snapshot(o);
      const error = thrown(() => new StepLR(o, { stepSize: 2 })) as InvalidArgumentError;
      expect(error.parameter).toBe('optimizer.paramGroups[0].initialLr');
      expect(snapshot(o)).toStrictEqual(before);
    });
  }

  it('step(2.5) is refused where PyTorch takes integer epochs (its state would not load)', () => {
    const o = sgd(1);
    const s = new StepLR(o, { stepSize: 2 });
    const error = refusedStep(o, s, () => s.step(2.5)) as InvalidArgumentError;
    expect(error.parameter).toBe('epoch');
    s.step(3);
    expect(s.lastEpoch).toBe(3);
  });
});

describe('SchedulerRunner steps all entries or none', () => {
  it('an exhausted OneCycleLR after a StepLR: no entry steps and globalStep stays', () => {
    const o1 = sgd(1);
    const o2 = sgd(1);
    const runner = new SchedulerRunner([
      { scheduler: new StepLR(o1, { stepSize: 1, gamma: 0.5 }), interval: 'step' },
      { scheduler: new OneCycleLR(o2, { maxLr: 0.1, totalSteps: 2 }), interval: 'step' },
    ]);
    runner.onStepEnd();
    runner.onStepEnd();
    const capture = () =>
      JSON.stringify([runner.stateDict(), runner.history.toJSON(), snapshot(o1), snapshot(o2)]);
    const before = capture();
    expect(() => runner.onStepEnd()).toThrow(ScheduleExhaustedError);
    expect(capture()).toBe(before);
    expect(runner.globalStep).toBe(2);
  });

  it('LinearLR decaying to 0 ends a rounding error below 0 (as PyTorch does): recorded, not refused', () => {
    const o = plain(1, 0.1);
    const runner = new SchedulerRunner([
      {
        scheduler: new LinearLR(o, { startFactor: 0.01, endFactor: 0, totalIters: 3 }),
        interval: 'step',
      },
    ]);
    for (let i = 0; i < 4; i++) runner.onStepEnd();
    const lrs = runner.history.series()[0]!.lr;
    // 0.03 - 0.02 is 0.009999999999999998 in doubles: PyTorch's last ratio is -2.2e-16.
    expect(lrs[3]).toBeLessThan(0);
    expect(lrs[3]).toBeGreaterThan(-1e-18);
    expect(runner.globalStep).toBe(4);
  });

  it('two entries on one optimizer: the second overflows an lr set by hand, the first is put back', () => {
    const o = sgd(1);
    const runner = new SchedulerRunner([
      { scheduler: new ExponentialLR(o, { gamma: 1 }), interval: 'step' },
      { scheduler: new ConstantLR(o, { factor: 0.25, totalIters: 2 }), interval: 'step' },
    ]);
    runner.onStepEnd();
    o.paramGroups[0]!.lr = 1e308;
    const capture = () =>
      JSON.stringify([runner.stateDict(), runner.history.toJSON(), snapshot(o)]);
    const before = capture();
    expect(() => runner.onStepEnd()).toThrow(NonFiniteLrError);
    expect(capture()).toBe(before);
    expect(runner.globalStep).toBe(1);
  });
});
