import { fromTorch, parseTorchString } from '@lrkit/core';
import { describe, expect, it } from 'vitest';
import { formatTorch } from './torch-text';

const EXAMPLES = [
  'StepLR(step_size=30, gamma=0.1)',
  "OneCycleLR(max_lr=0.1, total_steps=100, anneal_strategy='linear', three_phase=True)",
  'SequentialLR(schedulers=[LinearLR(start_factor=0.1, total_iters=5), CosineAnnealingLR(T_max=95, eta_min=0.0001)], milestones=[5])',
  "ReduceLROnPlateau(mode='max', factor=0.5, patience=2, min_lr=1e-06)",
];

describe('formatTorch', () => {
  it('writes what the core reads back: the same config for PyTorch-style text', () => {
    for (const text of EXAMPLES) {
      const config = parseTorchString(text);
      expect(parseTorchString(formatTorch(config))).toEqual(config);
      // And it builds on an Adam-style optimizer (OneCycleLR cycles beta1).
      const adam = { paramGroups: [{ lr: 0.1, betas: [0.9, 0.999] as [number, number] }] };
      expect(() => fromTorch(adam, config)).not.toThrow();
    }
  });

  it('prints Python literals', () => {
    expect(
      formatTorch({ scheduler: 'X', kwargs: { a: true, b: null, c: 'cos', d: [1, 2], e: 1 / 3 } }),
    ).toBe("X(a=True, b=None, c='cos', d=[1, 2], e=0.333333)");
  });
});
