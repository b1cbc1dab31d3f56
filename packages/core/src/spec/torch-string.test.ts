import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import type { Scheduler } from '../scheduler';
import { fromTorch } from '../torch/from-torch';
import { fromSpec } from './from-spec';
import { toSpec } from './to-spec';
import { specFromTorch } from './torch-spec';
import { parseTorchString } from './torch-string';

const sgd = (): Optimizer<ParamGroup> => ({ paramGroups: [{ lr: 0.1, momentum: 0.9 }] });

function lrs(s: Scheduler, steps: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    out.push(s.optimizer.paramGroups[0]!.lr);
    s.step();
  }
  return out;
}

describe('parseTorchString', () => {
  it('reads keyword arguments with Python literals', () => {
    expect(parseTorchString('CosineAnnealingLR(T_max=100, eta_min=0.001)')).toEqual({
      scheduler: 'CosineAnnealingLR',
      kwargs: { T_max: 100, eta_min: 0.001 },
    });
    expect(
      parseTorchString(
        "ReduceLROnPlateau(mode='max', factor=.5, patience=1_000, threshold=1e-3, min_lr=[0, 1E-5], verbose=True, eps=None)",
      ),
    ).toEqual({
      scheduler: 'ReduceLROnPlateau',
      kwargs: {
        mode: 'max',
        factor: 0.5,
        patience: 1000,
        threshold: 0.001,
        min_lr: [0, 1e-5],
        verbose: true,
        eps: null,
      },
    });
  });

  it('skips the optimizer, maps positional arguments in PyTorch order and strips the module path', () => {
    expect(parseTorchString('torch.optim.lr_scheduler.StepLR(optimizer, 30, gamma=0.5)')).toEqual({
      scheduler: 'StepLR',
      kwargs: { step_size: 30, gamma: 0.5 },
    });
    expect(parseTorchString('MultiStepLR(opt, milestones=(30, 80,), gamma=-5e-1)')).toEqual({
      scheduler: 'MultiStepLR',
      kwargs: { milestones: [30, 80], gamma: -0.5 },
    });
    expect(
      parseTorchString('ChainedScheduler([ConstantLR(o, factor=0.5), ExponentialLR(o, 0.9)], o)'),
    ).toEqual({
      scheduler: 'ChainedScheduler',
      kwargs: {
        schedulers: [
          { scheduler: 'ConstantLR', kwargs: { factor: 0.5 } },
          { scheduler: 'ExponentialLR', kwargs: { gamma: 0.9 } },
        ],
      },
    });
  });

  it('reads nested calls and drives the same lrs as the Python config would', () => {
    const source = `SequentialLR(optimizer, schedulers=[
      LinearLR(optimizer, start_factor=0.1, total_iters=5),
      CosineAnnealingLR(optimizer, T_max=95, eta_min=1e-4),
    ], milestones=[5])`;
    const config = parseTorchString(source);
    expect(config.kwargs?.schedulers).toEqual([
      { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: 5 } },
      { scheduler: 'CosineAnnealingLR', kwargs: { T_max: 95, eta_min: 1e-4 } },
    ]);
    const viaTorch = fromTorch(sgd(), config);
    const spec = specFromTorch(config);
    expect(spec).toEqual({
      version: 1,
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 5 },
        { type: 'CosineAnnealingLR', tMax: 95, etaMin: 1e-4 },
      ],
      milestones: [5],
    });
    expect(toSpec(viaTorch)).toEqual(spec);
    expect(lrs(fromSpec(sgd(), spec), 30)).toEqual(lrs(viaTorch, 30));
  });

  const errors: [string, RegExp][] = [
    ['CosineLR(T_max=3)', /unknown scheduler 'CosineLR' \(valid: .*CosineAnnealingLR/],
    ['StepLR(step_sise=3)', /'step_sise' is not a keyword argument of StepLR \(valid: step_size/],
    ['StepLR(step_size=3', /expected '\)' or ',' .* at column 19/],
    ['StepLR(step_size=3,, gamma=0.1)', /unexpected ','/],
    ['LambdaLR(opt, lr_lambda=lambda e: 0.9 ** e)', /functions are not serializable/],
    ['StepLR(step_size=n)', /'n' is a name, and names are not evaluated/],
    ['StepLR(step_size=3, 0.1)', /positional argument follows a keyword/],
    ['StepLR(opt, 3, 0.1, -1, False, 7)', /too many positional arguments/],
    ['StepLR(step_size=3, step_size=4)', /given twice/],
    ['StepLR(step_size=3) extra', /unexpected text after the call/],
    ["StepLR(step_size='3)", /unterminated string/],
    ['StepLR(step_size={1: 2})', /dicts are not supported/],
    ['StepLR', /expected '\(' after StepLR/],
    ['', /must be a PyTorch scheduler call/],
  ];
  for (const [source, message] of errors) {
    it(`rejects ${JSON.stringify(source)}`, () => {
      let error: unknown;
      try {
        parseTorchString(source);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).parameter).toBe('source');
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe('specFromTorch', () => {
  it('maps keywords to camelCase options, drops None, and names bad keys by path', () => {
    expect(
      specFromTorch({
        scheduler: 'OneCycleLR',
        kwargs: { max_lr: 0.1, total_steps: 100, three_phase: null },
      }),
    ).toEqual({ version: 1, type: 'OneCycleLR', maxLr: 0.1, totalSteps: 100 });
    expect(() =>
      specFromTorch({
        scheduler: 'ChainedScheduler',
        kwargs: { schedulers: [{ scheduler: 'StepLR', kwargs: { T_max: 3 } }] },
      }),
    ).toThrow(expect.objectContaining({ parameter: 'kwargs.schedulers[0].kwargs.T_max' }));
    expect(() =>
      specFromTorch({ scheduler: 'LambdaLR', kwargs: { lr_lambda: (e: number) => e } }),
    ).toThrow(/kwargs\.lr_lambda.*functions are not serializable/);
  });
});
