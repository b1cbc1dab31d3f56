import {
  boolean,
  finiteNumber,
  invalid,
  knownKeys,
  nonNegativeInteger,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  perGroup,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler, checkList } from '../scheduler';

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
    knownKeys('ReduceLROnPlateau', options, OPTION_KEYS);
    validateOptimizer(optimizer);
    const mode = oneOf('mode', options.mode ?? 'min', ['min', 'max']);
    // PyTorch rejects only factor >= 1; 0 would zero the lr at the first plateau.
    const factor = numberInRange('factor', options.factor ?? 0.1, {
      min: 0,
      max: 1,
      minOpen: true,
      maxOpen: true,
    });
    const patience = nonNegativeInteger('patience', options.patience ?? 10);
    const threshold = nonNegativeNumber('threshold', options.threshold ?? 1e-4);
    const thresholdMode = oneOf('thresholdMode', options.thresholdMode ?? 'rel', ['rel', 'abs']);
    const cooldown = nonNegativeInteger('cooldown', options.cooldown ?? 0);
    const minLrs = perGroup(
      'minLr',
      options.minLr ?? 0,
      optimizer.paramGroups.length,
      nonNegativeNumber,
    );
    const eps = nonNegativeNumber('eps', options.eps ?? 1e-8);
    const verbose = boolean('verbose', options.verbose ?? false);
    super(optimizer, verbose);
    this.mode = mode;
    this.factor = factor;
    this.patience = patience;
    this.threshold = threshold;
    this.thresholdMode = thresholdMode;
    this.cooldown = cooldown;
    this.minLrs = minLrs;
    this.eps = eps;
    this.best = mode === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }

  protected override checkState(next: Readonly<Record<string, unknown>>): void {
    super.checkState(next);
    oneOf('state.mode', next.mode, ['min', 'max']);
    oneOf('state.thresholdMode', next.thresholdMode, ['rel', 'abs']);
    numberInRange('state.factor', next.factor, { min: 0, max: 1, minOpen: true, maxOpen: true });
    for (const key of ['patience', 'cooldown', 'numBadEpochs', 'cooldownCounter', 'lastEpoch']) {
      nonNegativeInteger(`state.${key}`, next[key]);
    }
    nonNegativeNumber('state.threshold', next.threshold);
    nonNegativeNumber('state.eps', next.eps);
    checkList(next, 'minLrs', nonNegativeNumber);
    // best is ±Infinity until the first metric, then a metric (never NaN).
    if (typeof next.best !== 'number' || Number.isNaN(next.best)) {
      invalid('state.best', next.best, 'must be a number or ±Infinity');
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

  /** Records one epoch's metric and drops the lr once `patience` bad epochs have passed. */
  override step(metric?: number): void {
    if (metric === undefined) {
      invalid(
        'metric',
        metric,
        'ReduceLROnPlateau.step needs the monitored metric, e.g. step(valLoss)',
      );
    }
    finiteNumber('metric', metric);
    this.lastEpoch += 1;
    if (this.isBetter(metric, this.best)) {
      this.best = metric;
      this.numBadEpochs = 0;
    } else {
      this.numBadEpochs += 1;
    }
    if (this.inCooldown) {
      this.cooldownCounter -= 1;
      this.numBadEpochs = 0;
    }
    if (this.numBadEpochs > this.patience) {
      this.reduceLr();
      this.cooldownCounter = this.cooldown;
      this.numBadEpochs = 0;
    }
    this.recordLastLrs();
  }

  private reduceLr(): void {
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      const newLr = Math.max(group.lr * this.factor, this.minLrs[i]!);
      if (group.lr - newLr > this.eps) {
        group.lr = newLr;
        this.logLr(i, newLr);
      }
    }
  }
}
