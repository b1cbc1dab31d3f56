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
 * A child that cannot throw by itself can still overflow on huge lrs: see `stepBound`.
 */
export function stepMayFail(scheduler: Scheduler): boolean {
  return stepBound(scheduler) === null;
}

/**
 * How far one step of a child can move a group's lr: `lr' ≤ factor · lr + offset`, or null when
 * nothing bounds it (its step may throw). With the bound a composite knows, before stepping,
 * that no child can overflow to a non-finite lr midway, the one failure left to such a child.
 */
export interface StepBound {
  factor: number;
  offset: number;
}

const max = (values: unknown): number =>
  Array.isArray(values) ? values.reduce((m: number, v) => Math.max(m, Number(v)), 0) : 0;

export function stepBound(scheduler: Scheduler): StepBound | null {
  const proto: unknown = Object.getPrototypeOf(scheduler);
  // CyclicLR calls a function only when given a custom scaleFn (saved as notSerialized).
  if (proto === CyclicLR.prototype) {
    const state = scheduler.stateDict();
    if (state.notSerialized !== undefined) return null;
    if (state.mode === 'exp_range' && !(Number(state.gamma) <= 1)) return null;
    return { factor: 0, offset: Math.max(max(state.maxLrs), max(state.baseLrs)) };
  }
  if (!cannotFailPrototypes().has(proto as object)) return null;
  const state = scheduler.stateDict();
  if (grows(proto)) return Number(state.gamma) <= 1 ? { factor: 1, offset: 0 } : null;
  const base = max(state.baseLrs);
  if (proto === ConstantLR.prototype) return { factor: 1 / Number(state.factor), offset: 0 };
  // Its chainable ratio is at most 1 + 1/(totalIters · startFactor).
  if (proto === LinearLR.prototype) return { factor: 1 + 1 / Number(state.startFactor), offset: 0 };
  // Its recursive ratio stays at or below 4 (the half-angle form near the troughs of long
  // schedules keeps it so); the step after a trough adds at most the base lr.
  if (proto === CosineAnnealingLR.prototype) return { factor: 8, offset: base };
  if (proto === ReduceLROnPlateau.prototype) return { factor: 1, offset: max(state.minLrs) };
  if (proto === PolynomialLR.prototype) return { factor: 1, offset: 0 };
  if (proto === CosineAnnealingWarmupRestarts.prototype) {
    // Its peaks are multiplied by gamma at each restart.
    return Number(state.gamma) <= 1
      ? { factor: 0, offset: Math.max(base, max(state.maxLrs), max(state.baseMaxLrs)) }
      : null;
  }
  // Closed forms from the base lrs: CosineAnnealingWarmRestarts, LinearAnnealingLR.
  return { factor: 0, offset: Math.max(base, Number(state.etaMin ?? 0)) };
}

/** `first` then `second` on the same groups: lr'' ≤ f2·(f1·lr + o1) + o2. */
export function composeBounds(first: StepBound | null, second: StepBound | null): StepBound | null {
  if (first === null || second === null) return null;
  return {
    factor: first.factor * second.factor,
    offset: first.offset * second.factor + second.offset,
  };
}

/**
 * The bound of children stepped one after another on the same groups (ChainedScheduler): the
 * largest reach of any prefix, since a child can overflow before a later one (a closed form)
 * would have brought the lr back down.
 */
export function chainBound(children: readonly Scheduler[]): StepBound | null {
  let bound: StepBound | null = { factor: 1, offset: 0 };
  let peak = { factor: 0, offset: 0 };
  for (const child of children) {
    bound = composeBounds(bound, stepBound(child));
    if (bound === null) return null;
    peak = {
      factor: Math.max(peak.factor, bound.factor),
      offset: Math.max(peak.offset, bound.offset),
    };
  }
  return peak;
}

/** Below this, an lr times a bound's factor plus its offset is far from overflowing. */
const SAFE_LR = 1e300;

/**
 * The largest |lr| from which a step within `bound` cannot overflow, worked out once so that the
 * check before each step is one comparison per group; -Infinity when nothing bounds the step.
 */
export function lrLimit(bound: StepBound | null): number {
  if (bound === null || !(bound.offset <= SAFE_LR)) return Number.NEGATIVE_INFINITY;
  const limit = (SAFE_LR - bound.offset) / bound.factor;
  // factor 0 (closed forms) gives Infinity; a NaN factor (0 · Infinity) bounds nothing.
  return Number.isNaN(limit) ? Number.NEGATIVE_INFINITY : limit;
}

/** Whether every lr of `groups` (or of group `only`) is within `limit` (see lrLimit). */
export function lrsWithin(groups: readonly { lr: number }[], limit: number, only = -1): boolean {
  if (only >= 0) return Math.abs(groups[only]!.lr) <= limit;
  for (let i = 0; i < groups.length; i++) if (!(Math.abs(groups[i]!.lr) <= limit)) return false;
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
