import type { FieldRule } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  nonNegativeInteger,
  nonNegativeNumber,
  numberInRange,
  positiveNumber,
} from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { DeepSpeedScheduler } from './deepspeed-scheduler';

/** DeepSpeed's OneCycle writes Adam's betas as (beta1, 0.99), whatever beta2 the group had. */
const DEEPSPEED_BETA2 = 0.99;

export interface DeepSpeedOneCycleConfig {
  minLr: number;
  maxLr: number;
  decayLrRate: number;
  firstStepSize: number;
  secondStepSize: number;
  /** Accepted and kept as DeepSpeed does; its formulas never read them. */
  firstStairCount: number;
  secondStairCount: number;
  decayStepSize: number;
  /** Whether beta1 is cycled: asked for and every group carries `betas`. */
  cycleMomentum: boolean;
  minMom: number;
  maxMom: number;
  decayMomRate: number;
  lastBatchIteration: number;
}

/**
 * DeepSpeed's `OneCycle`: a triangular cycle from cycle_min_lr up to cycle_max_lr in
 * cycle_first_step_size steps and back in cycle_second_step_size, then lr = min / (1 + rate ·
 * i / decay_step_size). Beta1 cycles inversely between cycle_min_mom and cycle_max_mom, and in
 * the decay phase grows as max · (1 + decay_mom_rate · i / decay_step_size).
 */
export class DeepSpeedOneCycle extends DeepSpeedScheduler {
  static override readonly schedulerName: string = 'DeepSpeedOneCycle';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    minLr: nonNegativeNumber,
    maxLr: nonNegativeNumber,
    decayLrRate: nonNegativeNumber,
    totalSize: positiveNumber,
    stepRatio: (p, v) => numberInRange(p, v, { min: 0, max: 1, minOpen: true }),
    firstStairCount: nonNegativeInteger,
    secondStairCount: nonNegativeInteger,
    decayStepSize: nonNegativeNumber,
    skipLrDecay: boolean,
    skipMomDecay: boolean,
    cycleMomentum: boolean,
    minMom: nonNegativeNumber,
    maxMom: nonNegativeNumber,
    decayMomRate: finiteNumber,
    // Finite only: DeepSpeed's decay phase grows beta1 without bound.
    lastMomentums: eachOf(finiteNumber),
  };
  private minLr: number;
  private maxLr: number;
  private decayLrRate: number;
  private totalSize: number;
  private stepRatio: number;
  private firstStairCount: number;
  private secondStairCount: number;
  private decayStepSize: number;
  private skipLrDecay: boolean;
  private skipMomDecay: boolean;
  private cycleMomentum: boolean;
  private minMom: number;
  private maxMom: number;
  private decayMomRate: number;
  /** The beta1 last written (restored by loadStateDict); empty when momentum is not cycled. */
  private lastMomentums: number[];

  constructor(optimizer: Optimizer, config: DeepSpeedOneCycleConfig) {
    super(optimizer, config.lastBatchIteration);
    this.minLr = config.minLr;
    this.maxLr = config.maxLr;
    this.decayLrRate = config.decayLrRate;
    this.totalSize = config.firstStepSize + config.secondStepSize;
    this.stepRatio = config.firstStepSize / this.totalSize;
    this.firstStairCount = config.firstStairCount;
    this.secondStairCount = config.secondStairCount;
    this.decayStepSize = config.decayStepSize;
    // DeepSpeed compares with math.isclose(x, 0), true only for an exact 0.
    this.skipLrDecay = config.decayStepSize === 0 || config.decayLrRate === 0;
    this.skipMomDecay = config.decayStepSize === 0 || config.decayMomRate === 0;
    this.cycleMomentum = config.cycleMomentum;
    this.minMom = config.minMom;
    this.maxMom = config.maxMom;
    this.decayMomRate = config.decayMomRate;
    this.lastMomentums = config.cycleMomentum
      ? optimizer.paramGroups.map((g) => g.betas?.[0] ?? 0)
      : [];
    if (config.lastBatchIteration === -1) this.applyInitial();
  }

  /** The constructor writes cycle_min_lr, and beta1 = cycle_min_mom, without get_lr(). */
  protected override initialValues() {
    const n = this.optimizer.paramGroups.length;
    return {
      lrs: Array.from({ length: n }, () => this.minLr),
      momentums: this.cycleMomentum ? Array.from({ length: n }, () => this.minMom) : null,
    };
  }

  protected override writtenKeys(): readonly string[] {
    return this.cycleMomentum ? ['lr', 'betas'] : ['lr'];
  }

  /** Where `iteration` sits in the cycle: 0 at the ends, 1 at the peak. */
  private scaleFactor(iteration: number): number {
    const done = iteration + 1;
    const cycle = Math.floor(1 + done / this.totalSize);
    const x = 1 + done / this.totalSize - cycle;
    if (x <= this.stepRatio) return x / this.stepRatio;
    return (x - 1) / (this.stepRatio - 1);
  }

  lrsAt(iteration: number): number[] {
    const n = this.optimizer.paramGroups.length;
    let lr: number;
    if (iteration < this.totalSize) {
      lr = this.minLr + (this.maxLr - this.minLr) * this.scaleFactor(iteration);
    } else if (this.skipLrDecay) {
      lr = this.minLr;
    } else {
      const interval = (iteration - this.totalSize + 1) / this.decayStepSize;
      lr = this.minLr / (1 + this.decayLrRate * interval);
    }
    return Array.from({ length: n }, () => lr);
  }

  protected override momentumsAt(iteration: number): number[] | null {
    if (!this.cycleMomentum) return null;
    const n = this.optimizer.paramGroups.length;
    let momentum: number;
    if (iteration < this.totalSize) {
      momentum = this.maxMom - (this.maxMom - this.minMom) * this.scaleFactor(iteration);
    } else if (this.skipMomDecay) {
      momentum = this.maxMom;
    } else {
      const interval = (iteration - this.totalSize + 1) / this.decayStepSize;
      momentum = this.maxMom * (1 + this.decayMomRate * interval);
    }
    return Array.from({ length: n }, () => momentum);
  }

  protected override writeMomentums(momentums: readonly number[]): void {
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < groups.length; i++) {
      groups[i]!.betas = [momentums[i]!, DEEPSPEED_BETA2];
      this.lastMomentums[i] = momentums[i]!;
    }
  }

  protected override commitState(next: Readonly<Record<string, unknown>>): void {
    super.commitState(next);
    if (this.cycleMomentum) this.writeMomentums(this.lastMomentums.slice());
  }

  /** DeepSpeed keeps the stair counts of its config but never reads them. */
  get stairCounts(): readonly [number, number] {
    return [this.firstStairCount, this.secondStairCount];
  }
}
