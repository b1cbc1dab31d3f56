import type { FieldRule } from '../internal/state';
import {
  boolean,
  eachOf,
  invalid,
  nonNegativeInteger,
  nonNegativeNumber,
  numberAtLeastOne,
  numberInRange,
  perGroup,
  positiveInteger,
  positiveNumber,
  readOptions,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { checkStep } from '../schedules/schedule';
import { cycleOverflow, fractionalEpoch } from './cosine-annealing-warm-restarts';

export interface CosineAnnealingWarmupRestartsOptions extends SchedulerBaseOptions {
  /** Length of the first cycle in steps, warmup included. */
  firstCycleSteps: number;
  /** Each cycle's cosine part is cycleMult times the previous one. Default 1. */
  cycleMult?: number;
  /** Peak lr of the first cycle; one for all groups or one per group. Default 0.1. */
  maxLr?: number | readonly number[];
  /** Floor of every cycle (and the warmup's start); one or one per group. Default 0.001. */
  minLr?: number | readonly number[];
  /** Linear warmup steps at the start of each cycle. Default 0. */
  warmupSteps?: number;
  /** The peak is multiplied by gamma at every restart. Default 1. */
  gamma?: number;
  /** Warm up in the first cycle only; later cycles restart straight at their peak. Default false. */
  warmupFirstCycleOnly?: boolean;
}

const OPTION_KEYS = [
  'firstCycleSteps',
  'cycleMult',
  'maxLr',
  'minLr',
  'warmupSteps',
  'gamma',
  'warmupFirstCycleOnly',
  'lastEpoch',
  'verbose',
];

/**
 * katsura-jp's CosineAnnealingWarmupRestarts (pytorch-cosine-annealing-with-warmup), with the
 * same numbers for the same arguments, plus per-group peaks and a first-cycle-only warmup.
 * As in the original, every group starts at minLr and the group's own lr is not used.
 */
export class CosineAnnealingWarmupRestarts extends LRScheduler {
  static override readonly schedulerName = 'CosineAnnealingWarmupRestarts';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    firstCycleSteps: positiveInteger,
    cycleMult: numberAtLeastOne,
    baseMaxLrs: eachOf(nonNegativeNumber),
    maxLrs: eachOf(nonNegativeNumber),
    warmupSteps: nonNegativeInteger,
    gamma: positiveNumber,
    warmupFirstCycleOnly: boolean,
    curCycleSteps: positiveNumber,
    cycle: nonNegativeInteger,
    stepInCycle: (p, v) => numberInRange(p, v, { min: -1, max: Number.MAX_VALUE }),
  };
  private firstCycleSteps: number;
  private cycleMult: number;
  private baseMaxLrs: number[];
  private maxLrs: number[];
  private warmupSteps: number;
  private gamma: number;
  private warmupFirstCycleOnly: boolean;
  private curCycleSteps: number;
  private cycle = 0;
  private stepInCycle: number;

  constructor(optimizer: Optimizer, options: CosineAnnealingWarmupRestartsOptions) {
    options = readOptions('CosineAnnealingWarmupRestarts', options, OPTION_KEYS);
    const groupCount = validateOptimizer(optimizer).paramGroups.length;
    const firstCycleSteps = positiveInteger('firstCycleSteps', options.firstCycleSteps);
    // Below 1 the cycles shrink until only the warmup is left and the cosine divides by zero.
    const cycleMult = numberAtLeastOne('cycleMult', options.cycleMult ?? 1);
    const maxLrs = perGroup('maxLr', options.maxLr ?? 0.1, groupCount, nonNegativeNumber);
    const minLrs = perGroup('minLr', options.minLr ?? 0.001, groupCount, nonNegativeNumber);
    const warmupSteps = nonNegativeInteger('warmupSteps', options.warmupSteps ?? 0);
    if (warmupSteps >= firstCycleSteps) {
      invalid('warmupSteps', warmupSteps, `must be less than firstCycleSteps (${firstCycleSteps})`);
    }
    const gamma = positiveNumber('gamma', options.gamma ?? 1);
    const warmupFirstCycleOnly = boolean(
      'warmupFirstCycleOnly',
      options.warmupFirstCycleOnly ?? false,
    );
    super(optimizer, options);
    this.firstCycleSteps = firstCycleSteps;
    this.cycleMult = cycleMult;
    this.baseMaxLrs = maxLrs;
    this.maxLrs = maxLrs.slice();
    this.warmupSteps = warmupSteps;
    this.gamma = gamma;
    this.warmupFirstCycleOnly = warmupFirstCycleOnly;
    this.curCycleSteps = firstCycleSteps;
    this.stepInCycle = this.lastEpoch;
    this.initialStep();
    // The original sets every group to min_lr after its first step, whatever that step computed.
    this.baseLrs = minLrs;
    optimizer.paramGroups.forEach((group, i) => {
      group.lr = minLrs[i]!;
    });
    this.recordLastLrs();
  }

  private get currentWarmup(): number {
    return this.warmupFirstCycleOnly && this.cycle > 0 ? 0 : this.warmupSteps;
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    const warmup = next.warmupSteps as number;
    if (warmup >= (next.firstCycleSteps as number)) {
      invalid(
        `${root}.warmupSteps`,
        warmup,
        `must be less than firstCycleSteps (${next.firstCycleSteps})`,
      );
    }
    // Every cycle keeps at least one step after its warmup (so the next one does too).
    if ((next.curCycleSteps as number) < warmup + 1) {
      invalid(
        `${root}.curCycleSteps`,
        next.curCycleSteps,
        `must be at least warmupSteps + 1 (${warmup + 1})`,
      );
    }
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const warmup = this.currentWarmup;
    const { baseLrs, maxLrs, stepInCycle } = this;
    if (stepInCycle === -1) {
      for (let i = 0; i < out.length; i++) out[i] = baseLrs[i]!;
    } else if (stepInCycle < warmup) {
      for (let i = 0; i < out.length; i++) {
        out[i] = ((maxLrs[i]! - baseLrs[i]!) * stepInCycle) / warmup + baseLrs[i]!;
      }
    } else {
      const progress = (Math.PI * (stepInCycle - warmup)) / (this.curCycleSteps - warmup);
      const cosine = 1 + Math.cos(progress);
      for (let i = 0; i < out.length; i++) {
        out[i] = baseLrs[i]! + ((maxLrs[i]! - baseLrs[i]!) * cosine) / 2;
      }
    }
  }

  /** One step, or a jump to `epoch`. If the lr cannot be written, nothing has changed. */
  override step(epoch?: number): void {
    if (epoch !== undefined) fractionalEpoch(epoch);
    const { cycle, stepInCycle, curCycleSteps, lastEpoch, stepCount } = this;
    try {
      this.advance(epoch);
      if (!Number.isFinite(this.curCycleSteps)) cycleOverflow('cycleMult', this.cycleMult);
      const out = this.lrBuffer;
      this.computeLr(out);
      this.applyLrs(out);
    } catch (error) {
      if (this.cycle !== cycle) {
        for (let i = 0; i < this.maxLrs.length; i++) {
          this.maxLrs[i] = this.baseMaxLrs[i]! * this.gamma ** cycle;
        }
      }
      Object.assign(this, { cycle, stepInCycle, curCycleSteps, lastEpoch, stepCount });
      throw error;
    }
  }

  private advance(epoch: number | undefined): void {
    const previousCycle = this.cycle;
    if (epoch === undefined) {
      epoch = this.lastEpoch + 1;
      this.stepInCycle += 1;
      if (this.stepInCycle >= this.curCycleSteps) {
        this.cycle += 1;
        this.stepInCycle -= this.curCycleSteps;
        this.curCycleSteps =
          Math.trunc((this.curCycleSteps - this.warmupSteps) * this.cycleMult) + this.warmupSteps;
      }
    } else {
      this.jumpTo(epoch);
    }
    // The peaks depend on the cycle only: recomputed (with the same expression) when it changes.
    if (this.cycle !== previousCycle) {
      for (let i = 0; i < this.maxLrs.length; i++) {
        this.maxLrs[i] = this.baseMaxLrs[i]! * this.gamma ** this.cycle;
      }
    }
    this.lastEpoch = Math.floor(epoch);
    this.stepCount++;
  }

  private jumpTo(epoch: number): void {
    const { firstCycleSteps: first, cycleMult: mult } = this;
    if (epoch < first) {
      this.curCycleSteps = first;
      this.stepInCycle = epoch;
      this.cycle = 0;
    } else if (mult === 1) {
      this.stepInCycle = epoch % first;
      this.cycle = Math.floor(epoch / first);
    } else {
      const n = Math.trunc(Math.log((epoch / first) * (mult - 1) + 1) / Math.log(mult));
      this.cycle = n;
      this.stepInCycle = epoch - Math.trunc((first * (mult ** n - 1)) / (mult - 1));
      this.curCycleSteps = first * mult ** n;
    }
  }

  /**
   * The lr of every group at integer `step` (≥ 0): the value the step-th `step()` after
   * construction sets, cycle lengths growing as the original's step-by-step update does. Step
   * 0 is minLr, as the original sets it after its first step.
   */
  lrAt(step: number): number[] {
    checkStep(step);
    if (step === 0) return this.baseLrs.slice();
    const { warmupSteps, cycleMult } = this;
    let cycle = 0;
    let length = this.firstCycleSteps;
    let inCycle = step;
    if (cycleMult === 1) {
      cycle = Math.floor(step / length);
      inCycle = step - cycle * length;
    } else {
      while (inCycle >= length) {
        inCycle -= length;
        cycle += 1;
        length = Math.trunc((length - warmupSteps) * cycleMult) + warmupSteps;
      }
    }
    const warmup = this.warmupFirstCycleOnly && cycle > 0 ? 0 : warmupSteps;
    const cosine = 1 + Math.cos((Math.PI * (inCycle - warmup)) / (length - warmup));
    return this.baseLrs.map((baseLr, i) => {
      const maxLr = cycle === 0 ? this.baseMaxLrs[i]! : this.baseMaxLrs[i]! * this.gamma ** cycle;
      if (inCycle < warmup) return ((maxLr - baseLr) * inCycle) / warmup + baseLr;
      return baseLr + ((maxLr - baseLr) * cosine) / 2;
    });
  }
}
