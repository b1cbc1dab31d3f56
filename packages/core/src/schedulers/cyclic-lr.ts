import { type MomentumKey, momentumKeyOf, writeMomentum } from '../internal/momentum';
import {
  boolean,
  func,
  knownKeys,
  lastEpochOption,
  nonNegativeNumber,
  oneOf,
  perGroup,
  positiveNumber,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';

/** Amplitude multiplier of CyclicLR as a function of the cycle number or the step. */
export type ScaleFn = (x: number) => number;

export interface CyclicLROptions extends SchedulerBaseOptions {
  /** Lower lr of the cycle, one or one per group. */
  baseLr: number | readonly number[];
  /** Upper lr of the cycle, one or one per group. */
  maxLr: number | readonly number[];
  /** Steps from baseLr up to maxLr. Default 2000. */
  stepSizeUp?: number;
  /** Steps back down. Default stepSizeUp. */
  stepSizeDown?: number;
  /** Default 'triangular'. Ignored when scaleFn is given. */
  mode?: 'triangular' | 'triangular2' | 'exp_range';
  /** Base of exp_range's gamma^step. Default 1. */
  gamma?: number;
  /** A custom amplitude function; not saved by `stateDict()`. */
  scaleFn?: ScaleFn;
  /** What scaleFn receives: the cycle number or the step. Default 'cycle'. */
  scaleMode?: 'cycle' | 'iterations';
  /** Cycle momentum (or Adam's beta1) inversely to the lr. Default true. */
  cycleMomentum?: boolean;
  baseMomentum?: number | readonly number[];
  maxMomentum?: number | readonly number[];
}

const OPTION_KEYS = [
  'baseLr',
  'maxLr',
  'stepSizeUp',
  'stepSizeDown',
  'mode',
  'gamma',
  'scaleFn',
  'scaleMode',
  'cycleMomentum',
  'baseMomentum',
  'maxMomentum',
  'lastEpoch',
  'verbose',
];

/** Cyclical learning rates (Smith 2017) with PyTorch's modes and momentum cycling. */
export class CyclicLR extends LRScheduler {
  static override readonly schedulerName = 'CyclicLR';
  private maxLrs: number[];
  private totalSize: number;
  private stepRatio: number;
  private mode: string;
  private gamma: number;
  private scaleMode: 'cycle' | 'iterations';
  private readonly customScaleFn: ScaleFn | undefined;
  private cycleMomentum: boolean;
  private momentumKey: MomentumKey | null;
  private baseMomentums: number[];
  private maxMomentums: number[];

  constructor(optimizer: Optimizer, options: CyclicLROptions) {
    knownKeys('CyclicLR', options, OPTION_KEYS);
    validateOptimizer(optimizer);
    lastEpochOption(options.lastEpoch);
    const groupCount = optimizer?.paramGroups?.length ?? 0;
    const baseLrs = perGroup('baseLr', options.baseLr, groupCount, nonNegativeNumber);
    const maxLrs = perGroup('maxLr', options.maxLr, groupCount, nonNegativeNumber);
    const stepSizeUp = positiveNumber('stepSizeUp', options.stepSizeUp ?? 2000);
    const stepSizeDown = positiveNumber('stepSizeDown', options.stepSizeDown ?? stepSizeUp);
    const scaleFn =
      options.scaleFn === undefined ? undefined : func<ScaleFn>('scaleFn', options.scaleFn);
    const mode = oneOf('mode', options.mode ?? 'triangular', [
      'triangular',
      'triangular2',
      'exp_range',
    ]);
    const gamma = positiveNumber('gamma', options.gamma ?? 1);
    const scaleMode = scaleFn
      ? oneOf('scaleMode', options.scaleMode ?? 'cycle', ['cycle', 'iterations'])
      : mode === 'exp_range'
        ? 'iterations'
        : 'cycle';
    const cycleMomentum = boolean('cycleMomentum', options.cycleMomentum ?? true);
    const momentumKey = cycleMomentum ? momentumKeyOf(optimizer, 'cycleMomentum') : null;
    const baseMomentums = cycleMomentum
      ? perGroup('baseMomentum', options.baseMomentum ?? 0.8, groupCount, nonNegativeNumber)
      : [];
    const maxMomentums = cycleMomentum
      ? perGroup('maxMomentum', options.maxMomentum ?? 0.9, groupCount, nonNegativeNumber)
      : [];
    const fresh = (options.lastEpoch ?? -1) === -1;
    super(optimizer, options);
    if (fresh) {
      optimizer.paramGroups.forEach((group, i) => {
        group.lr = baseLrs[i]!;
        if (momentumKey) writeMomentum(group, momentumKey, baseMomentums[i]!);
      });
    }
    this.baseLrs = baseLrs;
    this.maxLrs = maxLrs;
    this.totalSize = stepSizeUp + stepSizeDown;
    this.stepRatio = stepSizeUp / this.totalSize;
    this.mode = mode;
    this.gamma = gamma;
    this.scaleMode = scaleMode;
    this.customScaleFn = scaleFn;
    this.cycleMomentum = cycleMomentum;
    this.momentumKey = momentumKey;
    this.baseMomentums = baseMomentums;
    this.maxMomentums = maxMomentums;
    this.initialStep();
  }

  private scale(x: number): number {
    if (this.customScaleFn) return this.customScaleFn(x);
    if (this.mode === 'triangular2') return 1 / 2 ** (x - 1);
    if (this.mode === 'exp_range') return this.gamma ** x;
    return 1;
  }

  getLr(): number[] {
    const cycle = Math.floor(1 + this.lastEpoch / this.totalSize);
    const x = 1 + this.lastEpoch / this.totalSize - cycle;
    const scaleFactor = x <= this.stepRatio ? x / this.stepRatio : (x - 1) / (this.stepRatio - 1);
    const scale = this.scale(this.scaleMode === 'cycle' ? cycle : this.lastEpoch);
    const lrs = this.baseLrs.map(
      (baseLr, i) => baseLr + (this.maxLrs[i]! - baseLr) * scaleFactor * scale,
    );
    if (this.momentumKey) {
      const groups = this.optimizer.paramGroups;
      for (let i = 0; i < groups.length; i++) {
        const baseHeight = (this.maxMomentums[i]! - this.baseMomentums[i]!) * scaleFactor;
        writeMomentum(groups[i]!, this.momentumKey, this.maxMomentums[i]! - baseHeight * scale);
      }
    }
    return lrs;
  }
}
