import { checkGroupsWritable, snapshotGroups } from '../internal/groups';
import {
  checkMomentumConfig,
  type MomentumKey,
  momentumKeyOf,
  momentumKeyRule,
  momentumWriterOf,
  restoreMomentums,
  takeMomentums,
  unit,
  writeMomentum,
} from '../internal/momentum';
import type { FieldRule } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  func,
  invalid,
  lastEpochOption,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  perGroup,
  positiveNumber,
  readOptions,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import type { SchedulerBaseOptions } from '../scheduler';
import { checkStep } from '../schedules/schedule';
import { MomentumCyclingScheduler } from './momentum-cycling-scheduler';

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

const MODES = ['triangular', 'triangular2', 'exp_range'] as const;
const SCALE_MODES = ['cycle', 'iterations'] as const;

/** Cyclical learning rates (Smith 2017) with PyTorch's modes and momentum cycling. */
export class CyclicLR extends MomentumCyclingScheduler {
  static override readonly schedulerName = 'CyclicLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    maxLrs: eachOf(nonNegativeNumber),
    totalSize: positiveNumber,
    stepRatio: (p, v) => numberInRange(p, v, { min: 0, max: 1, minOpen: true, maxOpen: true }),
    mode: (p, v) => oneOf(p, v, MODES),
    gamma: positiveNumber,
    scaleMode: (p, v) => oneOf(p, v, SCALE_MODES),
    cycleMomentum: boolean,
    momentumKey: momentumKeyRule,
    baseMomentums: eachOf(unit),
    maxMomentums: eachOf(unit),
    // Finite only: a custom scaleFn above 1 takes the momentum past its range.
    lastMomentums: eachOf(finiteNumber),
  };
  private maxLrs: number[];
  private totalSize: number;
  private stepRatio: number;
  private mode: string;
  private gamma: number;
  private scaleMode: 'cycle' | 'iterations';
  private readonly scaleFn: ScaleFn | undefined;
  private cycleMomentum: boolean;
  private momentumKey: MomentumKey | null;
  private baseMomentums: number[];
  private maxMomentums: number[];
  /** The momentum (or beta1) last written, restored by `loadStateDict`. */
  private lastMomentums: number[];

  constructor(optimizer: Optimizer, options: CyclicLROptions) {
    options = readOptions('CyclicLR', options, OPTION_KEYS);
    validateOptimizer(optimizer);
    lastEpochOption(options.lastEpoch);
    boolean('verbose', options.verbose ?? false);
    const groupCount = optimizer?.paramGroups?.length ?? 0;
    const baseLrs = perGroup('baseLr', options.baseLr, groupCount, nonNegativeNumber);
    const maxLrs = perGroup('maxLr', options.maxLr, groupCount, nonNegativeNumber);
    const stepSizeUp = positiveNumber('stepSizeUp', options.stepSizeUp ?? 2000);
    const stepSizeDown = positiveNumber('stepSizeDown', options.stepSizeDown ?? stepSizeUp);
    const scaleFn =
      options.scaleFn === undefined ? undefined : func<ScaleFn>('scaleFn', options.scaleFn);
    const mode = oneOf('mode', options.mode ?? 'triangular', MODES);
    const gamma = positiveNumber('gamma', options.gamma ?? 1);
    // Checked even when no scaleFn uses it, so a typo is not silently ignored.
    const givenScaleMode = oneOf('scaleMode', options.scaleMode ?? 'cycle', SCALE_MODES);
    const scaleMode = scaleFn ? givenScaleMode : mode === 'exp_range' ? 'iterations' : 'cycle';
    const cycleMomentum = boolean('cycleMomentum', options.cycleMomentum ?? true);
    const baseMomentums = perGroup('baseMomentum', options.baseMomentum ?? 0.8, groupCount, unit);
    const maxMomentums = perGroup('maxMomentum', options.maxMomentum ?? 0.9, groupCount, unit);
    const momentumKey = cycleMomentum ? momentumKeyOf(optimizer, 'cycleMomentum') : null;
    checkGroupsWritable(optimizer, momentumKey ? ['lr', momentumKey] : ['lr']);
    const before = snapshotGroups(optimizer);
    if ((options.lastEpoch ?? -1) === -1) {
      // As PyTorch: the groups start at baseLr (so initialLr records it) and maxMomentum.
      optimizer.paramGroups.forEach((group, i) => {
        group.lr = baseLrs[i]!;
        if (momentumKey) writeMomentum(group, momentumKey, maxMomentums[i]!);
      });
    }
    super(optimizer, options);
    this.maxLrs = maxLrs;
    this.totalSize = stepSizeUp + stepSizeDown;
    this.stepRatio = stepSizeUp / this.totalSize;
    this.mode = mode;
    this.gamma = gamma;
    this.scaleMode = scaleMode;
    this.scaleFn = scaleFn;
    this.cycleMomentum = cycleMomentum;
    this.momentumKey = momentumKey;
    this.baseMomentums = momentumKey ? baseMomentums : [];
    this.maxMomentums = momentumKey ? maxMomentums : [];
    this.lastMomentums = momentumKey ? maxMomentums.slice() : [];
    this.momentumWriter = momentumWriterOf(momentumKey, groupCount);
    // As PyTorch: the construction step runs on the base lrs LRScheduler took from the groups'
    // initialLr (baseLr on a fresh optimizer; an earlier scheduler's on a stacked one), and only
    // then are they replaced by baseLr. Stacked on a CosineAnnealingLR, the lr stays where it was.
    this.initialStep(before);
    this.baseLrs = baseLrs;
  }

  protected override writtenKeys(): readonly string[] {
    return this.momentumKey ? ['lr', this.momentumKey] : ['lr'];
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    checkMomentumConfig(next, root, this.momentumKey);
    if (next.cycleMomentum !== (next.momentumKey !== null)) {
      invalid(
        `${root}.cycleMomentum`,
        next.cycleMomentum,
        `must be ${next.momentumKey !== null} (momentumKey is ${next.momentumKey})`,
      );
    }
  }

  protected override commitState(next: Readonly<Record<string, unknown>>): void {
    super.commitState(next);
    restoreMomentums(this.optimizer, this.momentumKey, this.lastMomentums);
  }

  protected override momentumsWritten(): void {
    this.lastMomentums = takeMomentums(this.momentumWriter, this.lastMomentums);
  }

  private scale(x: number): number {
    if (this.scaleFn) {
      const value = this.scaleFn(x);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        invalid('scaleFn', value, `must return a finite number (for ${x})`);
      }
      return value;
    }
    if (this.mode === 'triangular2') return 1 / 2 ** (x - 1);
    if (this.mode === 'exp_range') return this.gamma ** x;
    return 1;
  }

  getLr(): number[] {
    return this.freshLr();
  }

  /** Where `step` falls in the cycle: the triangle's height in [0, 1] and the amplitude scale. */
  private cycleAt(step: number): { scaleFactor: number; scale: number } {
    const cycle = Math.floor(1 + step / this.totalSize);
    const x = 1 + step / this.totalSize - cycle;
    const scaleFactor = x <= this.stepRatio ? x / this.stepRatio : (x - 1) / (this.stepRatio - 1);
    const scale = this.scale(this.scaleMode === 'cycle' ? cycle : step);
    return { scaleFactor, scale };
  }

  /** Also writes the cycled momentum (or beta1) of every group, as PyTorch's get_lr does. */
  protected override computeLr(out: number[]): void {
    const { scaleFactor, scale } = this.cycleAt(this.lastEpoch);
    for (let i = 0; i < out.length; i++) {
      const baseLr = this.baseLrs[i]!;
      out[i] = baseLr + (this.maxLrs[i]! - baseLr) * scaleFactor * scale;
    }
    const writer = this.momentumWriter;
    if (writer !== null && writer.key !== null) {
      // Written with the lrs by applyLrs, so that a failed step writes neither.
      const buffer = writer.buffer;
      for (let i = 0; i < buffer.length; i++) {
        const baseHeight = (this.maxMomentums[i]! - this.baseMomentums[i]!) * scaleFactor;
        buffer[i] = this.maxMomentums[i]! - baseHeight * scale;
      }
    }
  }

  /** The lr of every group at `step` (an integer ≥ 0), without stepping or touching momentum. */
  lrAt(step: number): number[] {
    const { scaleFactor, scale } = this.cycleAt(checkStep(step));
    return this.baseLrs.map(
      (baseLr, i) => baseLr + (this.maxLrs[i]! - baseLr) * scaleFactor * scale,
    );
  }
}
