import { invalid } from './internal/validate';

/**
 * One param group of an optimizer: a plain object whose `lr` the scheduler writes and the
 * optimizer reads at its next update. `momentum` (SGD-style) or `betas` (Adam-style, beta1 is
 * cycled) are written only by schedulers that cycle momentum (CyclicLR, OneCycleLR).
 * `initialLr` is recorded by the first scheduler attached, as PyTorch records `initial_lr`.
 */
export interface ParamGroup {
  lr: number;
  momentum?: number;
  betas?: readonly [number, number];
  initialLr?: number;
  /** timm's `lr_scale`: the timm schedulers (`fromTimm`) write their lr times this factor. */
  lrScale?: number;
}

/**
 * The whole optimizer contract of lrkit: anything with `paramGroups`. A hand-written optimizer
 * reads `paramGroups[i].lr` at each update; the adapters forward it to their runtime.
 */
export interface Optimizer<G extends ParamGroup = ParamGroup> {
  readonly paramGroups: readonly G[];
  /** The optimizer's constructor defaults; `fromHf` reads `defaults.lr` where transformers reads `optimizer.defaults['lr']`. */
  readonly defaults?: { readonly lr?: number };
}

/** Checks the optimizer shape and that every group's lr is a finite number. */
export function validateOptimizer(optimizer: unknown, parameter = 'optimizer'): Optimizer {
  if (typeof optimizer !== 'object' || optimizer === null) {
    invalid(parameter, optimizer, 'must be an object with paramGroups (an array of { lr })');
  }
  const groups = (optimizer as { paramGroups?: unknown }).paramGroups;
  if (!Array.isArray(groups) || groups.length === 0) {
    invalid(`${parameter}.paramGroups`, groups, 'must be a non-empty array of param groups { lr }');
  }
  groups.forEach((group: unknown, i) => {
    if (typeof group !== 'object' || group === null) {
      invalid(`${parameter}.paramGroups[${i}]`, group, 'must be an object with a numeric lr');
    }
    const lr = (group as { lr?: unknown }).lr;
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) {
      invalid(`${parameter}.paramGroups[${i}].lr`, lr, 'must be a non-negative finite number');
    }
  });
  return optimizer as Optimizer;
}
