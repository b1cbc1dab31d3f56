import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer } from '../optimizer';
import { SchedulerRunner } from '../runner/scheduler-runner';
import { fromTorch } from '../torch/from-torch';
import {
  fromHydra,
  fromLightning,
  type HydraSchedulerConfig,
  type LightningSchedulerConfig,
  lightningRunnerEntry,
} from './lightning';
import { TORCH_LR_SCHEDULER_NAMES } from './torch-names';

// LightningCLI's `{ class_path, init_args }` (jsonargparse, lightning/pytorch/cli.py) and Hydra's
// `_target_` (hydra.utils.instantiate) name torch classes by import path; the numbers are
// fromTorch's, which the PyTorch traces pin down.

const sgd = (): Optimizer => ({
  paramGroups: [
    { lr: 0.1, momentum: 0.9 },
    { lr: 0.01, momentum: 0.9 },
  ],
});

/** Keyword arguments that build each torch scheduler (callables as JS functions). */
const KWARGS: Record<string, Record<string, unknown>> = {
  LambdaLR: { lr_lambda: (e: number) => 0.9 ** e },
  MultiplicativeLR: { lr_lambda: () => 0.9 },
  StepLR: { step_size: 2, gamma: 0.5 },
  MultiStepLR: { milestones: [2, 4] },
  ConstantLR: { factor: 0.5, total_iters: 3 },
  LinearLR: { start_factor: 0.2, total_iters: 4 },
  ExponentialLR: { gamma: 0.9 },
  PolynomialLR: { total_iters: 6, power: 2 },
  CosineAnnealingLR: { T_max: 5, eta_min: 0.001 },
  ChainedScheduler: {
    schedulers: [
      { scheduler: 'ConstantLR', kwargs: { factor: 0.5, total_iters: 2 } },
      { scheduler: 'ExponentialLR', kwargs: { gamma: 0.9 } },
    ],
  },
  SequentialLR: {
    schedulers: [
      { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: 3 } },
      { scheduler: 'CosineAnnealingLR', kwargs: { T_max: 5 } },
    ],
    milestones: [3],
  },
  ReduceLROnPlateau: { patience: 1 },
  CyclicLR: { base_lr: 0.01, max_lr: 0.1, step_size_up: 3 },
  OneCycleLR: { max_lr: 0.1, total_steps: 10 },
  CosineAnnealingWarmRestarts: { T_0: 3, T_mult: 2 },
};

/** The same config, with nested children in the config's own shape. */
function lightningOf(name: string, kwargs: Record<string, unknown>): LightningSchedulerConfig {
  const init_args = { ...kwargs };
  if (Array.isArray(kwargs.schedulers)) {
    init_args.schedulers = (
      kwargs.schedulers as { scheduler: string; kwargs: Record<string, unknown> }[]
    ).map((c) => lightningOf(c.scheduler, c.kwargs));
  }
  return { class_path: `torch.optim.lr_scheduler.${name}`, init_args };
}

function hydraOf(name: string, kwargs: Record<string, unknown>): HydraSchedulerConfig {
  const config: HydraSchedulerConfig = {
    _target_: `torch.optim.lr_scheduler.${name}`,
    _partial_: true,
    ...kwargs,
  };
  if (Array.isArray(kwargs.schedulers)) {
    config.schedulers = (
      kwargs.schedulers as { scheduler: string; kwargs: Record<string, unknown> }[]
    ).map((c) => hydraOf(c.scheduler, c.kwargs));
  }
  return config;
}

function run(build: (o: Optimizer) => { step(arg?: number): void }, metric: boolean): number[][] {
  const optimizer = sgd();
  const scheduler = build(optimizer);
  const rows = [optimizer.paramGroups.map((g) => g.lr)];
  for (let i = 0; i < 8; i++) {
    scheduler.step(metric ? 1 : undefined);
    rows.push(optimizer.paramGroups.map((g) => g.lr));
  }
  return rows;
}

describe('fromLightning and fromHydra', () => {
  it('cover every torch.optim.lr_scheduler class', () => {
    expect(Object.keys(KWARGS).sort()).toEqual([...TORCH_LR_SCHEDULER_NAMES].sort());
  });

  it.each(Object.entries(KWARGS))('%s steps as fromTorch does', (name, kwargs) => {
    const metric = name === 'ReduceLROnPlateau';
    const expected = run((o) => fromTorch(o, { scheduler: name, kwargs }), metric);
    expect(run((o) => fromLightning(o, lightningOf(name, kwargs)), metric)).toEqual(expected);
    expect(run((o) => fromHydra(o, hydraOf(name, kwargs)), metric)).toEqual(expected);
    // LightningCLI also resolves a bare class name.
    expect(
      run((o) => fromLightning(o, { ...lightningOf(name, kwargs), class_path: name }), metric),
    ).toEqual(expected);
  });

  it('reaches SWALR under its torch.optim.swa_utils path', () => {
    const expected = run(
      (o) => fromTorch(o, { scheduler: 'SWALR', kwargs: { swa_lr: 0.05, anneal_epochs: 3 } }),
      false,
    );
    const config = {
      class_path: 'torch.optim.swa_utils.SWALR',
      init_args: { swa_lr: 0.05, anneal_epochs: 3 },
    };
    expect(run((o) => fromLightning(o, config), false)).toEqual(expected);
  });

  const hostile: [() => unknown, string][] = [
    [
      () =>
        fromLightning(sgd(), {
          class_path: 'torch.optim.lr_scheduler.StepLR',
          init_args: { step_size: 0 },
        }),
      'init_args.step_size',
    ],
    [() => fromLightning(sgd(), { class_path: 'my.module.WarmupLR' }), 'class_path'],
    [
      () =>
        fromLightning(sgd(), {
          class_path: 'StepLR',
          init_args: { step_size: 1 },
          extra: 1,
        } as never),
      'extra',
    ],
    [
      () =>
        fromLightning(
          sgd(),
          lightningOf('SequentialLR', {
            ...KWARGS.SequentialLR!,
            schedulers: [
              { scheduler: 'LinearLR', kwargs: { total_iters: -1 } },
              { scheduler: 'StepLR', kwargs: { step_size: 1 } },
            ],
          }),
        ),
      'init_args.schedulers[0].init_args.total_iters',
    ],
    [
      () => fromHydra(sgd(), { _target_: 'torch.optim.lr_scheduler.CosineAnnealingLR', T_max: -1 }),
      'T_max',
    ],
    [
      () => fromHydra(sgd(), { _target_: 'torch.optim.lr_scheduler.StepLR', _args_: [1] }),
      '_args_',
    ],
    [
      () =>
        fromHydra(sgd(), {
          _target_: 'torch.optim.lr_scheduler.StepLR',
          step_size: 1,
          _partial_: 'yes',
        }),
      '_partial_',
    ],
    [
      () =>
        fromLightning(sgd(), {
          class_path: 'lightning.pytorch.cli.ReduceLROnPlateau',
          init_args: {},
        }),
      'init_args.monitor',
    ],
    [
      () =>
        lightningRunnerEntry(sgd(), {
          scheduler: { class_path: 'StepLR', init_args: { step_size: 1 } },
          interval: 'batch' as never,
        }),
      'interval',
    ],
    [
      () =>
        lightningRunnerEntry(sgd(), {
          scheduler: { class_path: 'StepLR', init_args: { step_size: 1 } },
          monitors: 'x',
        } as never),
      'monitors',
    ],
  ];

  it.each(hostile.map(([fn, p], i) => [i, p, fn] as const))(
    'hostile #%i names %s',
    (_i, parameter, fn) => {
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe(parameter);
    },
  );

  it('a rejected config leaves the optimizer as it was', () => {
    const optimizer = sgd();
    const before = structuredClone(optimizer.paramGroups);
    expect(() =>
      lightningRunnerEntry(optimizer, {
        scheduler: { class_path: 'StepLR', init_args: { step_size: 1 } },
        frequency: 0,
      }),
    ).toThrow(InvalidArgumentError);
    expect(optimizer.paramGroups).toEqual(before);
  });
});

describe('lightningRunnerEntry', () => {
  it('runs a LightningCLI ReduceLROnPlateau on its monitor, per epoch as Lightning does', () => {
    const optimizer = sgd();
    const entry = lightningRunnerEntry(optimizer, {
      scheduler: {
        class_path: 'lightning.pytorch.cli.ReduceLROnPlateau',
        init_args: { monitor: 'val_loss', patience: 0, factor: 0.5 },
      },
      reduce_on_plateau: true,
    });
    expect(entry.monitor).toBe('val_loss');
    const runner = new SchedulerRunner(entry);
    runner.onEpochEnd({ val_loss: 1 });
    runner.onEpochEnd({ val_loss: 1 });
    expect(optimizer.paramGroups[0]!.lr).toBe(0.05);
  });

  it('steps a step-interval entry every `frequency` updates', () => {
    const optimizer = sgd();
    const entry = lightningRunnerEntry(optimizer, {
      scheduler: { _target_: 'torch.optim.lr_scheduler.StepLR', step_size: 1, gamma: 0.5 },
      interval: 'step',
      frequency: 2,
      name: 'lr-step',
      monitor: null,
      opt_idx: null,
    });
    const runner = new SchedulerRunner(entry);
    for (let i = 0; i < 4; i++) runner.onStepEnd();
    expect(optimizer.paramGroups[0]!.lr).toBe(0.025);
  });
});
