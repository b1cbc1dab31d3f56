import { fromTorch, InvalidArgumentError, type TorchSchedulerConfig } from '@lrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTorchText } from './parse-torch-text';
import { formatTorch } from './torch-text';

describe('parseTorchText', () => {
  it('reads nested schedulers, lists, strings, booleans and None', () => {
    const text =
      'torch.optim.lr_scheduler.SequentialLR(optimizer, schedulers=[LinearLR(start_factor=0.1, total_iters=5), CosineAnnealingLR(T_max=95, eta_min=1e-4)], milestones=[5],)';
    expect(parseTorchText(text)).toEqual({
      scheduler: 'SequentialLR',
      kwargs: {
        schedulers: [
          { scheduler: 'LinearLR', kwargs: { start_factor: 0.1, total_iters: 5 } },
          { scheduler: 'CosineAnnealingLR', kwargs: { T_max: 95, eta_min: 1e-4 } },
        ],
        milestones: [5],
      },
    });
    expect(
      parseTorchText(
        "OneCycleLR(max_lr=0.1, total_steps=100, anneal_strategy='linear', three_phase=True, verbose=None)",
      ).kwargs,
    ).toEqual({
      max_lr: 0.1,
      total_steps: 100,
      anneal_strategy: 'linear',
      three_phase: true,
      verbose: null,
    });
  });

  it('gives what fromTorch accepts: the same lr trace as the literal config', () => {
    const config = parseTorchText('StepLR(step_size=3, gamma=0.5)');
    const a = { paramGroups: [{ lr: 0.1 }] };
    const b = { paramGroups: [{ lr: 0.1 }] };
    const sa = fromTorch(a, config);
    const sb = fromTorch(b, { scheduler: 'StepLR', kwargs: { step_size: 3, gamma: 0.5 } });
    for (let i = 0; i < 10; i++) {
      expect(a.paramGroups[0]?.lr).toBe(b.paramGroups[0]?.lr);
      sa.step();
      sb.step();
    }
  });

  it('round-trips formatTorch', () => {
    const number = fc
      .double({ min: -1e6, max: 1e6, noNaN: true })
      .map((v) => Number(v.toPrecision(6)));
    const leaf = fc.oneof(
      number,
      fc.boolean(),
      fc.constantFrom('cos', 'linear', 'min'),
      fc.array(number, { maxLength: 3 }),
    );
    const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
    const config = fc.record({
      scheduler: fc.stringMatching(/^[A-Z][A-Za-z]{0,12}$/),
      kwargs: fc.dictionary(key, leaf, { maxKeys: 4 }),
    }) as fc.Arbitrary<TorchSchedulerConfig>;
    fc.assert(
      fc.property(config, (c) => {
        expect(parseTorchText(formatTorch(c))).toEqual(c);
      }),
    );
  });

  it('names the column of a syntax error', () => {
    for (const bad of [
      'StepLR(step_size=',
      'StepLR(step_size 3)',
      'StepLR(x=[1, 2)',
      'StepLR() extra',
    ]) {
      expect(() => parseTorchText(bad)).toThrow(InvalidArgumentError);
      expect(() => parseTorchText(bad)).toThrow(/parameter schedule: .* at column \d+/);
    }
  });
});
