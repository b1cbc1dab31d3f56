import { type GroupsSnapshot, restoreGroups, snapshotGroups } from './internal/groups';
import { type JsonValue, restoreFields, snapshotFields } from './internal/state';
import {
  boolean,
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
): void {
  const list = next[key];
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) check(`state.${key}[${i}]`, list[i]);
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

/** The param groups as they were before an LRScheduler's constructor touched them. */
const constructionSnapshots = new WeakMap<object, GroupsSnapshot>();

/** Shared by LRScheduler, ReduceLROnPlateau and the composite schedulers: state and last lr. */
export abstract class BaseScheduler implements Scheduler {
  /** The name saved in `stateDict()`; subclasses set their own. */
  static readonly schedulerName: string = 'Scheduler';
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
   * Restores a state saved by `stateDict()` (validated first: a bad state changes nothing) and
   * writes the saved lr back to every param group, so a checkpoint resumes even when the
   * optimizer's own state was not saved.
   */
  loadStateDict(state: SchedulerState): void {
    restoreFields(this, state, NOT_STATE, this.schedulerName, (next) => this.checkState(next));
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < groups.length; i++) groups[i]!.lr = this.lastLrs[i]!;
  }

  /**
   * Checks the values of a state about to be loaded (their types are already checked), so that a
   * corrupted one is rejected before anything changes. Subclasses add their own fields.
   */
  protected checkState(next: Readonly<Record<string, unknown>>): void {
    // Finite, not necessarily positive: PyTorch's own recursions can dip a hair below 0.
    checkList(next, 'lastLrs', finiteNumber);
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
  /** The lr every group started from (its `initialLr`). */
  baseLrs: number[];
  /** The step count PyTorch calls `last_epoch`: 0 after construction, +1 per `step()`. */
  lastEpoch: number;
  protected stepCount = 0;

  constructor(optimizer: Optimizer, options: SchedulerBaseOptions = {}) {
    validateOptimizer(optimizer);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    const verbose = boolean('verbose', options.verbose ?? false);
    if (lastEpoch !== -1) {
      optimizer.paramGroups.forEach((group, i) => {
        if (typeof group.initialLr !== 'number' || !Number.isFinite(group.initialLr)) {
          invalid(
            `optimizer.paramGroups[${i}].initialLr`,
            group.initialLr,
            `must be set when resuming with lastEpoch ${lastEpoch} (it is recorded by the first scheduler attached to a fresh optimizer)`,
          );
        }
      });
    }
    super(optimizer, verbose);
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
    });
  }

  /** Reused by every step() so that stepping allocates nothing. */
  declare protected readonly lrBuffer: number[];

  protected override checkState(next: Readonly<Record<string, unknown>>): void {
    super.checkState(next);
    checkList(next, 'baseLrs', finiteNumber);
    if ('lastEpoch' in next) lastEpochOption(next.lastEpoch, 'state.lastEpoch');
    if ('stepCount' in next) nonNegativeInteger('state.stepCount', next.stepCount);
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
   * Advances one step, or jumps to `epoch` (the closed form is used where the schedule has one,
   * as in PyTorch). If computing the new lr throws, nothing has changed.
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
        this.lastEpoch = nonNegativeNumber('epoch', epoch);
        if (this.closedFormLr) copyLrs(this.closedFormLr(), out, 'closedFormLr()');
        else this.computeLr(out);
      }
    } catch (error) {
      this.lastEpoch = previousEpoch;
      this.stepCount--;
      throw error;
    }
    this.applyLrs(out);
  }

  /** Writes `lrs` to the param groups and to `getLastLr()`. */
  protected applyLrs(lrs: readonly number[]): void {
    const groups = this.optimizer.paramGroups;
    const last = this.lastLrs;
    const n = Math.min(groups.length, lrs.length);
    for (let i = 0; i < n; i++) {
      const lr = lrs[i]!;
      groups[i]!.lr = lr;
      last[i] = lr;
    }
    if (this.verbose) for (let i = 0; i < n; i++) this.logLr(i, lrs[i]!);
  }
}
