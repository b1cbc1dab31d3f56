import { NonFiniteLrError } from './errors/non-finite-lr-error';
import { brand, hasBrand } from './internal/brand';
import {
  checkGroupsWritable,
  type GroupsSnapshot,
  notWritable,
  restoreGroups,
  snapshotGroups,
  undoLrs,
} from './internal/groups';
import type { MomentumWriter } from './internal/momentum';
import { type Commit, PREPARE_LOAD } from './internal/prepare-load';
import { type FieldRule, type JsonValue, prepareFields, snapshotFields } from './internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  invalid,
  lastEpochOption,
  nonNegativeInteger,
  nonNegativeNumber,
} from './internal/validate';
import { type Optimizer, validateOptimizer } from './optimizer';
import { recordOptions } from './spec/recorded-options';

/**
 * A scheduler's saved state: plain JSON (non-finite numbers are strings), versioned.
 * Functions (lambdas, custom scale functions) are never part of it; their field names are listed
 * in `notSerialized`, and the scheduler that loads the state must be built with the same functions.
 */
export interface SchedulerState {
  version: 1;
  scheduler: string;
  notSerialized?: string[];
  /** Child states of SequentialLR, ChainedScheduler and ParamwiseScheduler. */
  schedulers?: SchedulerState[];
  [field: string]: JsonValue | SchedulerState[] | undefined;
}

/** What every lrkit scheduler offers, whether it is stepped per batch, per epoch or on a metric. */
export interface Scheduler {
  readonly optimizer: Optimizer;
  /** Advances the schedule; the argument is an epoch (LRScheduler) or a metric (ReduceLROnPlateau). */
  step(arg?: number): void;
  /** The lr of every param group as last set by this scheduler. */
  getLastLr(): number[];
  stateDict(): SchedulerState;
  loadStateDict(state: SchedulerState): void;
  /** Checks a state as `loadStateDict` would, changing nothing (every lrkit scheduler has it). */
  validateStateDict?(state: unknown): void;
}

export interface SchedulerBaseOptions {
  /** -1 for a fresh start; a step to resume from (every group must then carry `initialLr`). */
  lastEpoch?: number;
  /** Print each lr change, as PyTorch's `verbose=True`. */
  verbose?: boolean;
}

const NOT_STATE: ReadonlySet<string> = new Set(['optimizer']);

/** Checks every entry of a list field of a state about to be loaded. */
export function checkList(
  next: Readonly<Record<string, unknown>>,
  key: string,
  check: (parameter: string, value: unknown) => unknown,
  root = 'state',
): void {
  const list = next[key];
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) check(`${root}.${key}[${i}]`, list[i]);
}

/** Copies a subclass's lr list into `out`, rejecting what is not one finite lr per group. */
function copyLrs(lrs: unknown, out: number[], source: string): void {
  if (!Array.isArray(lrs) || lrs.length < out.length) {
    invalid(source, lrs, `must return an array with one lr per param group (${out.length})`);
  }
  for (let i = 0; i < out.length; i++) {
    const lr: unknown = lrs[i];
    if (typeof lr !== 'number' || !Number.isFinite(lr)) {
      invalid(`${source}[${i}]`, lr, 'must be a finite number');
    }
    out[i] = lr;
  }
}

/**
 * How far below 0 a saved lr may be: PyTorch's recursive forms can dip a hair below 0 (a cosine
 * annealed to 0), never by more than rounding of the lr they started from.
 */
export function lrFloor(reference: number): number {
  return -Math.max(1e-12, 1e-6 * Math.abs(reference));
}

/** The rules of every field a class and its ancestors declare in `stateRules` (nearest wins). */
const rulesCache = new WeakMap<object, ReadonlyMap<string, FieldRule>>();
function rulesOf(ctor: object): ReadonlyMap<string, FieldRule> {
  let rules = rulesCache.get(ctor);
  if (rules) return rules;
  const map = new Map<string, FieldRule>();
  for (let c: object | null = ctor; c !== null && c !== Function.prototype; ) {
    if (Object.hasOwn(c, 'stateRules')) {
      const own = (c as { stateRules: Readonly<Record<string, FieldRule>> }).stateRules;
      for (const key of Object.keys(own)) if (!map.has(key)) map.set(key, own[key]!);
    }
    c = Object.getPrototypeOf(c) as object | null;
  }
  rules = map;
  rulesCache.set(ctor, rules);
  return rules;
}

/** The param groups as they were before an LRScheduler's constructor touched them. */
const constructionSnapshots = new WeakMap<object, GroupsSnapshot>();

/** Shared by LRScheduler, ReduceLROnPlateau and the composite schedulers: state and last lr. */
export abstract class BaseScheduler implements Scheduler {
  /** The name saved in `stateDict()`; subclasses set their own. */
  static readonly schedulerName: string = 'Scheduler';
  /**
   * The rule of each saved field, the constructor's validator for it: `loadStateDict` applies it
   * to the decoded value under the field's path. Subclasses declare their own fields.
   */
  static readonly stateRules: Readonly<Record<string, FieldRule>> = {
    lastLrs: eachOf(finiteNumber),
    verbose: boolean,
  };
  /** Fields that may hold ±Infinity (saved as the text 'Infinity' / '-Infinity'). */
  static readonly nonFiniteStateFields: readonly string[] = [];
  readonly optimizer: Optimizer;
  protected lastLrs: number[];
  protected verbose: boolean;

  constructor(optimizer: Optimizer, verbose = false) {
    this.optimizer = optimizer;
    this.verbose = verbose;
    this.lastLrs = optimizer.paramGroups.map((g) => g.lr);
  }

  abstract step(arg?: number): void;

  getLastLr(): number[] {
    return this.lastLrs.slice();
  }

  protected get schedulerName(): string {
    return (this.constructor as typeof BaseScheduler).schedulerName;
  }

  stateDict(): SchedulerState {
    const { fields, notSerialized } = snapshotFields(this, NOT_STATE);
    const state: SchedulerState = { version: 1, scheduler: this.schedulerName, ...fields };
    if (notSerialized.length > 0) state.notSerialized = notSerialized;
    return state;
  }

  /**
   * Checks a state as `loadStateDict` would (the constructor's rules for every field, exactly
   * the fields `stateDict()` writes, one entry per param group) without changing anything.
   * Throws an InvalidArgumentError whose `parameter` is the path of the first bad field, such as
   * `state.schedulers[1].milestones[0]`. A restore of several schedulers validates all first.
   */
  validateStateDict(state: unknown): void {
    this[PREPARE_LOAD](state, 'state');
  }

  /**
   * Restores a state saved by `stateDict()`, all or nothing: it is validated first (see
   * `validateStateDict`; a bad state changes nothing), then every field is assigned and the saved
   * lr is written back to every param group, so a checkpoint resumes even when the optimizer's
   * own state was not saved.
   */
  loadStateDict(state: SchedulerState): void {
    this[PREPARE_LOAD](state, 'state')();
  }

  /** Validates into a copy and returns the commit (see `PREPARE_LOAD`). */
  [PREPARE_LOAD](state: unknown, root: string): Commit {
    const ctor = this.constructor as typeof BaseScheduler;
    const next = prepareFields(this, state, {
      root,
      schedulerName: this.schedulerName,
      exclude: NOT_STATE,
      rules: rulesOf(ctor),
      nonFinite: new Set(ctor.nonFiniteStateFields),
    });
    this.checkState(next, root);
    checkGroupsWritable(this.optimizer, this.writtenKeys());
    return () => this.commitState(next);
  }

  /** The param group fields a load (and a step) writes. */
  protected writtenKeys(): readonly string[] {
    return ['lr'];
  }

  /**
   * Checks what the field rules cannot see alone (relations between fields), on a state about to
   * be loaded whose fields have passed their rules. Subclasses add their own relations.
   */
  protected checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    const lastLrs = next.lastLrs;
    if (!Array.isArray(lastLrs)) return;
    for (let i = 0; i < lastLrs.length; i++) {
      atLeast(`${root}.lastLrs[${i}]`, lastLrs[i], this.savedLrFloor(next, i));
    }
  }

  /** The lowest lr of group i a saved state may hold (rounding below 0; see `lrFloor`). */
  protected savedLrFloor(_next: Readonly<Record<string, unknown>>, _group: number): number {
    return lrFloor(0);
  }

  /** Assigns a validated state; nothing here can throw (writability was checked). */
  protected commitState(next: Readonly<Record<string, unknown>>): void {
    Object.assign(this, next);
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < groups.length; i++) groups[i]!.lr = this.lastLrs[i]!;
  }

  /** Copies the groups' lrs into lastLrs without allocating. */
  protected recordLastLrs(): void {
    const groups = this.optimizer.paramGroups;
    const last = this.lastLrs;
    for (let i = 0; i < groups.length; i++) last[i] = groups[i]!.lr;
  }

  /** PyTorch's `verbose=True` line for one group. */
  protected logLr(groupIndex: number, lr: number): void {
    if (this.verbose) {
      console.log(`Adjusting learning rate of group ${groupIndex} to ${lr.toExponential(4)}.`);
    }
  }
}

/** A number ≥ `min` (a saved lr a hair below 0 is rounding; -5 is not). */
export function atLeast(parameter: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !(value >= min)) {
    invalid(parameter, value, `must be a number >= ${min}`);
  }
  return value;
}

/**
 * PyTorch's `LRScheduler`: `lastEpoch`, `baseLrs`, `step()` and `getLr()`.
 *
 * To write a scheduler, subclass it, check your options before `super()` (so a bad one leaves the
 * optimizer untouched), override `getLr()` (the lr of every group at `this.lastEpoch`) and call
 * `this.initialStep()` at the end of the constructor:
 *
 * ```ts
 * class WarmupLR extends LRScheduler {
 *   static override readonly schedulerName = 'WarmupLR';
 *   private warmupSteps: number;
 *   constructor(optimizer: Optimizer, options: { warmupSteps: number }) {
 *     super(optimizer);
 *     this.warmupSteps = options.warmupSteps;
 *     this.initialStep();
 *   }
 *   override getLr() {
 *     return this.baseLrs.map((lr) => lr * Math.min(1, (this.lastEpoch + 1) / this.warmupSteps));
 *   }
 * }
 * ```
 * Its own fields (numbers, strings, arrays) are saved by `stateDict()` and restored by
 * `loadStateDict()`; functions are not (they are listed in the state's `notSerialized`).
 * What `getLr()` returns is checked: one finite number per group.
 */
export abstract class LRScheduler extends BaseScheduler {
  static override readonly schedulerName: string = 'LRScheduler';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    baseLrs: eachOf(nonNegativeNumber),
    lastEpoch: (p, v) => lastEpochOption(v, p),
    stepCount: nonNegativeInteger,
  };
  /** The lr every group started from (its `initialLr`). */
  baseLrs: number[];
  /** The step count PyTorch calls `last_epoch`: 0 after construction, +1 per `step()`. */
  lastEpoch: number;
  protected stepCount = 0;

  /**
   * Whether `value` is an LRScheduler, also one built by another copy of @lrkit/core (where
   * `instanceof` fails: an adapter's copy beside the app's).
   */
  static isInstance(value: unknown): value is LRScheduler {
    return value instanceof LRScheduler || hasBrand(value, 'LRScheduler');
  }

  constructor(optimizer: Optimizer, options: SchedulerBaseOptions = {}) {
    validateOptimizer(optimizer);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    const verbose = boolean('verbose', options.verbose ?? false);
    checkInitialLrs(optimizer, lastEpoch);
    super(optimizer, verbose);
    brand(this, 'LRScheduler');
    recordOptions(this, options);
    constructionSnapshots.set(this, snapshotGroups(optimizer));
    if (lastEpoch === -1) {
      for (const group of optimizer.paramGroups) group.initialLr ??= group.lr;
    }
    this.baseLrs = optimizer.paramGroups.map((g) => g.initialLr as number);
    this.lastEpoch = lastEpoch;
    // Scratch space for step(): not enumerable, so never part of the saved state.
    Object.defineProperty(this, 'lrBuffer', {
      value: optimizer.paramGroups.map((g) => g.lr),
      enumerable: false,
      // Trades places with lastLrs after each write (see recordWritten).
      writable: true,
    });
    Object.defineProperty(this, 'previousLrs', {
      value: optimizer.paramGroups.map((g) => g.lr),
      enumerable: false,
    });
    Object.defineProperty(this, 'momentumWriter', {
      value: null,
      enumerable: false,
      writable: true,
    });
  }

  /**
   * Set by schedulers that cycle momentum (CyclicLR, OneCycleLR): their `applyLrs` writes these
   * momentums with the lrs (see MomentumCyclingScheduler), so the plain step path never looks at it.
   */
  declare protected momentumWriter: MomentumWriter | null;

  /** Reused by every step() so that stepping allocates nothing (it trades places with lastLrs). */
  declare protected lrBuffer: number[];
  /** The groups' lrs before a write, to undo it if a later group refuses the write. */
  declare protected readonly previousLrs: number[];

  protected override savedLrFloor(next: Readonly<Record<string, unknown>>, group: number): number {
    const baseLrs = next.baseLrs;
    return lrFloor(
      Array.isArray(baseLrs) && typeof baseLrs[group] === 'number' ? baseLrs[group] : 0,
    );
  }

  /** The lr of every param group at `this.lastEpoch`; subclasses override it. */
  abstract getLr(): number[];

  /**
   * Writes the lr of every group at `this.lastEpoch` into `out` (one slot per group). The default
   * calls `getLr()` and checks what it returned; the built-in schedulers override it so that a
   * step allocates nothing.
   */
  protected computeLr(out: number[]): void {
    copyLrs(this.getLr(), out, 'getLr()');
  }

  /** `getLr()` for schedulers that override `computeLr`: a fresh array. */
  protected freshLr(): number[] {
    const out = this.lrBuffer.slice();
    this.computeLr(out);
    return out;
  }

  /** The lr at `this.lastEpoch` without recursion, used by `step(epoch)` where it exists. */
  protected closedFormLr?(): number[];

  /**
   * Takes the construction step that sets every group to the schedule's first lr. If it throws
   * (a user function returned NaN, say), the param groups are restored to how they were before
   * the constructor ran; `before` is for subclasses that write groups before calling `super()`.
   */
  protected initialStep(before?: GroupsSnapshot): void {
    const snapshot = before ?? constructionSnapshots.get(this);
    constructionSnapshots.delete(this);
    this.stepCount = 0;
    try {
      this.step();
    } catch (error) {
      if (snapshot) restoreGroups(snapshot);
      throw error;
    }
  }

  /**
   * Advances one step, or jumps to `epoch`, an integer (the closed form is used where the
   * schedule has one, as in PyTorch). If computing or writing the new lr throws, nothing has
   * changed.
   */
  step(epoch?: number): void {
    const previousEpoch = this.lastEpoch;
    const out = this.lrBuffer;
    this.stepCount++;
    try {
      if (epoch === undefined) {
        this.lastEpoch = previousEpoch + 1;
        this.computeLr(out);
      } else {
        this.computeLrAt(epoch, out);
      }
      this.applyLrs(out);
    } catch (error) {
      this.lastEpoch = previousEpoch;
      this.stepCount--;
      throw error;
    }
  }

  /** `step(epoch)`'s lrs (its own method: keeps step() small enough for V8 to inline). */
  private computeLrAt(epoch: number, out: number[]): void {
    this.lastEpoch = epochArgument(epoch);
    if (this.closedFormLr) copyLrs(this.closedFormLr(), out, 'closedFormLr()');
    else this.computeLr(out);
  }

  /**
   * Writes `lrs` to the param groups and to `getLastLr()`, all or nothing: a non-finite lr
   * throws NonFiniteLrError before any group is written.
   */
  protected applyLrs(lrs: readonly number[]): void {
    // One loop, written out here rather than called: the whole step path then stays within what
    // V8 inlines into the caller's loop (bench/compare.mjs measures the difference).
    const groups = this.optimizer.paramGroups;
    const previous = this.previousLrs;
    const n = Math.min(groups.length, lrs.length);
    let i = 0;
    try {
      for (; i < n; i++) {
        const lr = lrs[i]!;
        // x * 0 is 0 exactly when x is finite.
        if (lr * 0 !== 0) break;
        const group = groups[i]!;
        previous[i] = group.lr;
        group.lr = lr;
      }
    } catch (error) {
      this.refuseWrite(i, error);
    }
    if (i < n) this.refuseWrite(i, undefined, lrs);
    this.recordWritten(lrs, n);
  }

  /**
   * Undoes the first `index` lr writes, then throws: `lrs[index]` is not finite (when given), or
   * the write of group `index` threw `cause` (a group frozen since construction, a setter).
   */
  private refuseWrite(index: number, cause: unknown, lrs?: readonly number[]): never {
    const groups = this.optimizer.paramGroups;
    undoLrs(groups, this.previousLrs, index);
    if (lrs) this.notFinite(lrs, index, 'lr');
    return notWritable(index, 'lr', groups[index], cause);
  }

  /**
   * The lrs just written become `getLastLr()`. When they are this step's buffer (the usual
   * case), the two arrays trade places instead of copying: the old lastLrs is the next buffer.
   */
  protected recordWritten(lrs: readonly number[], n: number): void {
    const last = this.lastLrs;
    if (lrs === this.lrBuffer && n === last.length) {
      this.lrBuffer = last;
      this.lastLrs = lrs as number[];
    } else {
      for (let i = 0; i < n; i++) last[i] = lrs[i]!;
    }
    if (this.verbose) for (let i = 0; i < n; i++) this.logLr(i, lrs[i]!);
  }

  /** Throws NonFiniteLrError for `values[group]`, the value found not finite. */
  protected notFinite(values: readonly number[], group: number, field: 'lr' | 'momentum'): never {
    throw new NonFiniteLrError({
      scheduler: this.schedulerName,
      group,
      field,
      value: values[group]!,
      step: this.lastEpoch,
    });
  }
}

/** `step(epoch)`: PyTorch's schedulers jump to an integer epoch (SGDR-style ones override it). */
function epochArgument(epoch: unknown): number {
  if (typeof epoch !== 'number' || !Number.isSafeInteger(epoch) || epoch < 0) {
    invalid(
      'epoch',
      epoch,
      'must be a non-negative integer (only the warm-restart schedulers take fractional epochs)',
    );
  }
  return epoch;
}

/**
 * Every group's lr must be writable, and an `initialLr` already on a group (recorded by another
 * scheduler) must be an lr: it becomes this scheduler's base lr.
 */
function checkInitialLrs(optimizer: Optimizer, lastEpoch: number): void {
  checkGroupsWritable(optimizer, lastEpoch === -1 ? ['lr', 'initialLr'] : ['lr']);
  optimizer.paramGroups.forEach((group, i) => {
    const initialLr: unknown = group.initialLr;
    if (initialLr === undefined && lastEpoch === -1) return;
    if (typeof initialLr !== 'number' || !Number.isFinite(initialLr) || initialLr < 0) {
      invalid(
        `optimizer.paramGroups[${i}].initialLr`,
        initialLr,
        lastEpoch === -1
          ? 'must be a non-negative finite number (it was recorded by a scheduler attached before, and becomes the base lr)'
          : `must be set when resuming with lastEpoch ${lastEpoch} (it is recorded by the first scheduler attached to a fresh optimizer)`,
      );
    }
  });
}
