import type { FieldRule } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  invalid,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
} from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { DeepSpeedScheduler } from './deepspeed-scheduler';

// The rules of deepspeed/runtime/lr_schedules.py (microsoft/DeepSpeed), re-expressed; the params
// arrive validated and with DeepSpeed's defaults from fromDeepSpeed.

export type DeepSpeedWarmupType = 'log' | 'linear';

const warmupTypeRule: FieldRule = (p, v) => oneOf(p, v, ['log', 'linear']);
/** DeepSpeed raises warmup_num_steps to at least 2. */
const warmupStepsRule: FieldRule = (p, v) => {
  if (finiteNumber(p, v) < 2) invalid(p, v, 'must be at least 2 (DeepSpeed raises it to 2)');
  return v;
};

export interface DeepSpeedWarmupConfig {
  minLrs: number[];
  maxLrs: number[];
  /** Already raised to at least 2, as DeepSpeed does. */
  warmupNumSteps: number;
  warmupType: DeepSpeedWarmupType;
  lastBatchIteration: number;
}

/** The warmup fraction at `iteration` (< warmupNumSteps): log(i + 1) / log(n), or i / n. */
function warmupGamma(type: DeepSpeedWarmupType, iteration: number, steps: number): number {
  if (type === 'log') return (1 / Math.log(steps)) * Math.log(iteration + 1);
  return iteration / steps;
}

/** DeepSpeed's `WarmupLR`: from warmup_min_lr to warmup_max_lr over warmup_num_steps, then held. */
export class DeepSpeedWarmupLR extends DeepSpeedScheduler {
  static override readonly schedulerName: string = 'DeepSpeedWarmupLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    minLrs: eachOf(nonNegativeNumber),
    deltaLrs: eachOf(finiteNumber),
    warmupNumSteps: warmupStepsRule,
    warmupType: warmupTypeRule,
  };
  protected minLrs: number[];
  protected deltaLrs: number[];
  protected warmupNumSteps: number;
  protected warmupType: DeepSpeedWarmupType;

  constructor(optimizer: Optimizer, config: DeepSpeedWarmupConfig) {
    super(optimizer, config.lastBatchIteration);
    this.minLrs = config.minLrs.slice();
    this.deltaLrs = config.maxLrs.map((max, i) => max - config.minLrs[i]!);
    this.warmupNumSteps = config.warmupNumSteps;
    this.warmupType = config.warmupType;
    // As in DeepSpeed, a resumed scheduler (lastBatchIteration ≠ -1) leaves the groups alone.
    if (config.lastBatchIteration === -1) this.applyInitial();
  }

  protected gamma(iteration: number): number {
    if (iteration < this.warmupNumSteps) {
      return warmupGamma(this.warmupType, iteration, this.warmupNumSteps);
    }
    return 1;
  }

  lrsAt(iteration: number): number[] {
    if (iteration < 0) return this.minLrs.slice();
    const gamma = this.gamma(iteration);
    return this.minLrs.map((min, i) => min + this.deltaLrs[i]! * gamma);
  }
}

/** DeepSpeed's `WarmupDecayLR`: WarmupLR, then linear decay to 0 at total_num_steps. */
export class DeepSpeedWarmupDecayLR extends DeepSpeedWarmupLR {
  static override readonly schedulerName: string = 'DeepSpeedWarmupDecayLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    totalNumSteps: finiteNumber,
  };
  private totalNumSteps: number;

  constructor(optimizer: Optimizer, config: DeepSpeedWarmupConfig & { totalNumSteps: number }) {
    // The constructor's first write is at step -1, where gamma (and totalNumSteps) is not read.
    super(optimizer, config);
    this.totalNumSteps = config.totalNumSteps;
  }

  protected override gamma(iteration: number): number {
    if (iteration < this.warmupNumSteps) return super.gamma(iteration);
    const remaining = this.totalNumSteps - iteration;
    return Math.max(0, remaining / Math.max(1, this.totalNumSteps - this.warmupNumSteps));
  }
}

export interface DeepSpeedWarmupCosineConfig {
  totalNumSteps: number;
  warmupMinRatio: number;
  /** Already raised to at least 2. */
  warmupNumSteps: number;
  cosMinRatio: number;
  warmupType: DeepSpeedWarmupType;
  lastBatchIteration: number;
}

/**
 * DeepSpeed's `WarmupCosineLR`: a ratio of each group's lr at construction, warmed up from
 * warmup_min_ratio to 1, then a cosine to cos_min_ratio at total_num_steps (rising again after).
 * Before its first step DeepSpeed's get_lr returns a single 0, so only the first group is zeroed.
 */
export class DeepSpeedWarmupCosineLR extends DeepSpeedScheduler {
  static override readonly schedulerName: string = 'DeepSpeedWarmupCosineLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    orgLrs: eachOf(nonNegativeNumber),
    totalNumSteps: finiteNumber,
    warmupMinRatio: finiteNumber,
    warmupNumSteps: warmupStepsRule,
    cosMinRatio: finiteNumber,
    warmupType: warmupTypeRule,
  };
  private orgLrs: number[];
  private totalNumSteps: number;
  private warmupMinRatio: number;
  private warmupNumSteps: number;
  private cosMinRatio: number;
  private warmupType: DeepSpeedWarmupType;

  constructor(optimizer: Optimizer, config: DeepSpeedWarmupCosineConfig) {
    super(optimizer, config.lastBatchIteration);
    this.orgLrs = optimizer.paramGroups.map((g) => g.lr);
    this.totalNumSteps = config.totalNumSteps;
    this.warmupMinRatio = config.warmupMinRatio;
    this.warmupNumSteps = config.warmupNumSteps;
    this.cosMinRatio = config.cosMinRatio;
    this.warmupType = config.warmupType;
    if (config.lastBatchIteration === -1) this.applyInitial();
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    if (next.totalNumSteps === next.warmupNumSteps) {
      invalid(`${root}.totalNumSteps`, next.totalNumSteps, 'must differ from warmupNumSteps');
    }
  }

  private ratioAt(iteration: number): number {
    if (iteration < this.warmupNumSteps) {
      const ratio = warmupGamma(this.warmupType, iteration, this.warmupNumSteps);
      return this.warmupMinRatio + ratio * (1 - this.warmupMinRatio);
    }
    const done = iteration - this.warmupNumSteps + 1;
    const span = this.totalNumSteps - this.warmupNumSteps;
    const cosine = (1 + Math.cos((Math.PI * done) / span)) / 2;
    return Math.max(0, this.cosMinRatio + (1 - this.cosMinRatio) * cosine);
  }

  lrsAt(iteration: number): number[] {
    if (iteration < 0) return [0];
    const ratio = this.ratioAt(iteration);
    return this.orgLrs.map((lr) => lr * ratio);
  }
}

export interface DeepSpeedLRRangeTestConfig {
  minLrs: number[];
  stepSize: number;
  stepRate: number;
  staircase: boolean;
  lastBatchIteration: number;
}

/**
 * DeepSpeed's `LRRangeTest` scheduler: lr = min_lr · (1 + step_rate · interval), the interval
 * being (i + 1) / step_size, floored when staircase. (lrkit's own LR finder lives in `finder/`.)
 */
export class DeepSpeedLRRangeTest extends DeepSpeedScheduler {
  static override readonly schedulerName: string = 'DeepSpeedLRRangeTest';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    minLrs: eachOf(nonNegativeNumber),
    stepSize: positiveNumber,
    stepRate: nonNegativeNumber,
    staircase: boolean,
  };
  private minLrs: number[];
  private stepSize: number;
  private stepRate: number;
  private staircase: boolean;

  constructor(optimizer: Optimizer, config: DeepSpeedLRRangeTestConfig) {
    super(optimizer, config.lastBatchIteration);
    this.minLrs = config.minLrs.slice();
    this.stepSize = config.stepSize;
    this.stepRate = config.stepRate;
    this.staircase = config.staircase;
    if (config.lastBatchIteration === -1) this.applyInitial();
  }

  lrsAt(iteration: number): number[] {
    const ratio = (iteration + 1) / this.stepSize;
    const interval = this.staircase ? Math.floor(ratio) : ratio;
    const increase = 1 + this.stepRate * interval;
    return this.minLrs.map((min) => min * increase);
  }
}
