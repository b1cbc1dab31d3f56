import { NonFiniteLrError } from '../errors/non-finite-lr-error';
import { brand } from '../internal/brand';
import { checkGroupsWritable, writeLrs } from '../internal/groups';
import type { FieldRule } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  invalid,
  nonNegativeInteger,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  perGroup,
  readOptions,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler } from '../scheduler';

export interface ReduceLROnPlateauOptions {
  /** 'min': the metric should fall (a loss); 'max': it should rise (an accuracy). Default 'min'. */
  mode?: 'min' | 'max';
  /** Multiplier when the metric has plateaued, in (0, 1). Default 0.1. */
  factor?: number;
  /** Bad epochs tolerated before the lr drops. Default 10. */
  patience?: number;
  /** Least change that counts as an improvement. Default 1e-4. */
  threshold?: number;
  /** 'rel': relative to the best value; 'abs': absolute. Default 'rel'. */
  thresholdMode?: 'rel' | 'abs';
  /** Epochs to wait after a drop before counting bad epochs again. Default 0. */
  cooldown?: number;
  /** The lowest lr, one for all groups or one per group. Default 0. */
  minLr?: number | readonly number[];
  /** A drop smaller than eps is skipped. Default 1e-8. */
  eps?: number;
  verbose?: boolean;
}

const MODES = ['min', 'max'] as const;
const THRESHOLD_MODES = ['rel', 'abs'] as const;
/** PyTorch rejects only factor >= 1; 0 would zero the lr at the first plateau. */
const FACTOR = { min: 0, max: 1, minOpen: true, maxOpen: true };

const OPTION_KEYS = [
  'mode',
  'factor',
  'patience',
  'threshold',
  'thresholdMode',
  'cooldown',
  'minLr',
  'eps',
  'verbose',
];

/** Drops the lr by `factor` when a monitored metric stops improving; step it with the metric. */
export class ReduceLROnPlateau extends BaseScheduler {
  static override readonly schedulerName = 'ReduceLROnPlateau';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    mode: (p, v) => oneOf(p, v, MODES),
    factor: (p, v) => numberInRange(p, v, FACTOR),
    patience: nonNegativeInteger,
    threshold: nonNegativeNumber,
    thresholdMode: (p, v) => oneOf(p, v, THRESHOLD_MODES),
    cooldown: nonNegativeInteger,
    minLrs: eachOf(nonNegativeNumber),
    eps: nonNegativeNumber,
    numBadEpochs: nonNegativeInteger,
    cooldownCounter: nonNegativeInteger,
    lastEpoch: nonNegativeInteger,
  };
  /** `best` is ±Infinity until the first metric (saved as the text 'Infinity'). */
  static override readonly nonFiniteStateFields: readonly string[] = ['best'];
  private mode: 'min' | 'max';
  private factor: number;
  private patience: number;
  private threshold: number;
  private thresholdMode: 'rel' | 'abs';
  private cooldown: number;
  private minLrs: number[];
  private eps: number;
  /** The best metric so far (±Infinity before the first step). */
  best: number;
  numBadEpochs = 0;
  cooldownCounter = 0;
  lastEpoch = 0;

  constructor(optimizer: Optimizer, options: ReduceLROnPlateauOptions = {}) {
    options = readOptions('ReduceLROnPlateau', options, OPTION_KEYS);
    validateOptimizer(optimizer);
    const mode = oneOf('mode', options.mode ?? 'min', MODES);
    const factor = numberInRange('factor', options.factor ?? 0.1, FACTOR);
    const patience = nonNegativeInteger('patience', options.patience ?? 10);
    const threshold = nonNegativeNumber('threshold', options.threshold ?? 1e-4);
    const thresholdMode = oneOf('thresholdMode', options.thresholdMode ?? 'rel', THRESHOLD_MODES);
    const cooldown = nonNegativeInteger('cooldown', options.cooldown ?? 0);
    const minLrs = perGroup(
      'minLr',
      options.minLr ?? 0,
      optimizer.paramGroups.length,
      nonNegativeNumber,
    );
    const eps = nonNegativeNumber('eps', options.eps ?? 1e-8);
    const verbose = boolean('verbose', options.verbose ?? false);
    checkGroupsWritable(optimizer, ['lr']);
    super(optimizer, verbose);
    brand(this, 'ReduceLROnPlateau');
    this.mode = mode;
    this.factor = factor;
    this.patience = patience;
    this.threshold = threshold;
    this.thresholdMode = thresholdMode;
    this.cooldown = cooldown;
    this.minLrs = minLrs;
    this.eps = eps;
    this.best = mode === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    // Scratch space for reduceLr (not enumerable: not state), so a step allocates nothing.
    const groupCount = optimizer.paramGroups.length;
    Object.defineProperty(this, 'scratch', {
      value: {
        next: new Array<number>(groupCount).fill(0),
        previous: new Array<number>(groupCount).fill(0),
      },
    });
  }

  declare private readonly scratch: { next: number[]; previous: number[] };

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    // best is ±Infinity until the first metric, then a metric; never the infinity no metric beats.
    const worst = next.mode === 'min' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    if (typeof next.best !== 'number' || Number.isNaN(next.best) || next.best === worst) {
      invalid(`${root}.best`, next.best, `must be a number or ${-worst} (mode ${next.mode})`);
    }
    // A step resets numBadEpochs once it passes patience, and counts the cooldown down from cooldown.
    if ((next.numBadEpochs as number) > (next.patience as number)) {
      invalid(
        `${root}.numBadEpochs`,
        next.numBadEpochs,
        `must be at most patience (${next.patience})`,
      );
    }
    if ((next.cooldownCounter as number) > (next.cooldown as number)) {
      invalid(
        `${root}.cooldownCounter`,
        next.cooldownCounter,
        `must be at most cooldown (${next.cooldown})`,
      );
    }
  }

  get inCooldown(): boolean {
    return this.cooldownCounter > 0;
  }

  isBetter(current: number, best: number): boolean {
    const { threshold } = this;
    if (this.mode === 'min') {
      return this.thresholdMode === 'rel'
        ? current < best * (1 - threshold)
        : current < best - threshold;
    }
    return this.thresholdMode === 'rel'
      ? current > best * (threshold + 1)
      : current > best + threshold;
  }

  /**
   * Records one epoch's metric and drops the lr once `patience` bad epochs have passed. The new
   * counters and lrs are computed first: if a group refuses its lr, nothing has changed.
   */
  override step(metric?: number): void {
    if (metric === undefined) {
      invalid(
        'metric',
        metric,
        'ReduceLROnPlateau.step needs the monitored metric, e.g. step(valLoss)',
      );
    }
    finiteNumber('metric', metric);
    let best = this.best;
    let numBadEpochs = this.numBadEpochs;
    let cooldownCounter = this.cooldownCounter;
    if (this.isBetter(metric, best)) {
      best = metric;
      numBadEpochs = 0;
    } else {
      numBadEpochs += 1;
    }
    if (cooldownCounter > 0) {
      cooldownCounter -= 1;
      numBadEpochs = 0;
    }
    if (numBadEpochs > this.patience) {
      this.reduceLr();
      cooldownCounter = this.cooldown;
      numBadEpochs = 0;
    }
    this.lastEpoch += 1;
    this.best = best;
    this.numBadEpochs = numBadEpochs;
    this.cooldownCounter = cooldownCounter;
    this.recordLastLrs();
  }

  /** Multiplies every group's lr by factor (not below its minLr), all groups or none. */
  private reduceLr(): void {
    const groups = this.optimizer.paramGroups;
    const { next, previous } = this.scratch;
    for (let i = 0; i < groups.length; i++) {
      const lr = groups[i]!.lr;
      const newLr = Math.max(lr * this.factor, this.minLrs[i]!);
      next[i] = lr - newLr > this.eps ? newLr : lr;
    }
    const written = writeLrs(groups, next, groups.length, previous);
    if (written !== groups.length) {
      // Only a non-finite lr already on the group (set by hand) gets here: nothing was written.
      throw new NonFiniteLrError({
        scheduler: 'ReduceLROnPlateau',
        group: written,
        field: 'lr',
        value: next[written]!,
        step: this.lastEpoch + 1,
      });
    }
    if (this.verbose) {
      for (let i = 0; i < groups.length; i++) {
        if (next[i] !== previous[i]) this.logLr(i, next[i]!);
      }
    }
  }
}
