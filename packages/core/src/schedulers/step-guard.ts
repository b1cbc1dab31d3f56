import { restoreGroups, snapshotGroups } from '../internal/groups';
import type { Optimizer } from '../optimizer';
import type { Scheduler } from '../scheduler';
import { ConstantLR } from './constant-lr';
import { CosineAnnealingLR } from './cosine-annealing-lr';
import { CosineAnnealingWarmRestarts } from './cosine-annealing-warm-restarts';
import { CosineAnnealingWarmupRestarts } from './cosine-annealing-warmup-restarts';
import { CyclicLR } from './cyclic-lr';
import { ExponentialLR } from './exponential-lr';
import { LinearAnnealingLR } from './linear-annealing-lr';
import { LinearLR } from './linear-lr';
import { MultiStepLR } from './multi-step-lr';
import { PolynomialLR } from './polynomial-lr';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau';
import { StepLR } from './step-lr';

/**
 * Built-in schedulers whose step() cannot throw once built: no user function is called and
 * nothing runs out. (ReduceLROnPlateau throws only on a bad metric, which its parent checks first.)
 * A decay whose gamma is above 1 can overflow (NonFiniteLrError), so it is guarded (below).
 */
let cannotFail: ReadonlySet<object> | undefined;

// Built on first use: a top-level set of prototypes would keep these classes in every bundle.
function cannotFailPrototypes(): ReadonlySet<object> {
  cannotFail ??= new Set([
    ConstantLR.prototype,
    CosineAnnealingLR.prototype,
    CosineAnnealingWarmRestarts.prototype,
    CosineAnnealingWarmupRestarts.prototype,
    ExponentialLR.prototype,
    LinearAnnealingLR.prototype,
    LinearLR.prototype,
    MultiStepLR.prototype,
    PolynomialLR.prototype,
    ReduceLROnPlateau.prototype,
    StepLR.prototype,
  ]);
  return cannotFail;
}

/** Decays that multiply by gamma at some steps: with gamma above 1 they grow without bound. */
function grows(proto: unknown): boolean {
  return (
    proto === ExponentialLR.prototype ||
    proto === MultiStepLR.prototype ||
    proto === StepLR.prototype
  );
}

/**
 * Whether a child's step() may throw (a user function returning NaN, OneCycleLR run out, a
 * custom subclass): only then does a composite pay for saving the children before each step.
 */
export function stepMayFail(scheduler: Scheduler): boolean {
  const proto: unknown = Object.getPrototypeOf(scheduler);
  if (cannotFailPrototypes().has(proto as object)) {
    if (!grows(proto)) return false;
    const gamma = scheduler.stateDict().gamma;
    return !(typeof gamma === 'number' && gamma <= 1);
  }
  // CyclicLR calls a function only when given a custom scaleFn (saved as notSerialized).
  if (proto === CyclicLR.prototype) return scheduler.stateDict().notSerialized !== undefined;
  return true;
}

/**
 * Steps every child; if one throws, the children that already stepped and the param groups are
 * put back, so a failed step changes nothing. Saving happens only when a child may fail.
 */
export function stepAll(
  optimizer: Optimizer,
  children: readonly Scheduler[],
  guarded: boolean,
  stepChild: (child: Scheduler, index: number) => void,
): void {
  if (!guarded) {
    for (let i = 0; i < children.length; i++) stepChild(children[i]!, i);
    return;
  }
  const groups = snapshotGroups(optimizer);
  const states = children.map((child) => child.stateDict());
  try {
    for (let i = 0; i < children.length; i++) stepChild(children[i]!, i);
  } catch (error) {
    children.forEach((child, i) => {
      child.loadStateDict(states[i]!);
    });
    restoreGroups(groups);
    throw error;
  }
}
