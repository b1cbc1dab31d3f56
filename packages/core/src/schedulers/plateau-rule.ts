import type { FieldRule } from '../internal/state';
import {
  eachOf,
  nonNegativeInteger,
  nonNegativeNumber,
  numberInRange,
  oneOf,
  perGroup,
} from '../internal/validate';

/** The options that decide when a monitored metric has plateaued (ReduceLROnPlateau's). */
export interface PlateauRuleOptions {
  /** 'min': the metric should fall (a loss); 'max': it should rise (an accuracy). Default 'min'. */
  mode?: 'min' | 'max';
  /** Multiplier applied at each plateau, in (0, 1). Default 0.1. */
  factor?: number;
  /** Bad epochs tolerated before the lr drops. Default 10. */
  patience?: number;
  /** Least change that counts as an improvement. Default 1e-4. */
  threshold?: number;
  /** 'rel': relative to the best value; 'abs': absolute. Default 'rel'. */
  thresholdMode?: 'rel' | 'abs';
  /** Epochs to wait after a drop before counting bad epochs again. Default 0. */
  cooldown?: number;
  /** The floor of a reduction, one for all groups or one per group. Default 0. */
  minLr?: number | readonly number[];
  /** A drop smaller than eps is skipped. Default 1e-8. */
  eps?: number;
}

export const PLATEAU_RULE_KEYS = [
  'mode',
  'factor',
  'patience',
  'threshold',
  'thresholdMode',
  'cooldown',
  'minLr',
  'eps',
] as const;

/** The validated rule, stored as plain fields of the scheduler (and so in its state). */
export interface PlateauRule {
  mode: 'min' | 'max';
  factor: number;
  patience: number;
  threshold: number;
  thresholdMode: 'rel' | 'abs';
  cooldown: number;
  minLrs: number[];
  eps: number;
}

/** The counters that move with each metric. */
export interface PlateauCounters {
  best: number;
  numBadEpochs: number;
  cooldownCounter: number;
}

const OPEN_UNIT = { min: 0, max: 1, minOpen: true, maxOpen: true } as const;

export function plateauRule(options: PlateauRuleOptions, groupCount: number): PlateauRule {
  return {
    mode: oneOf('mode', options.mode ?? 'min', ['min', 'max']),
    factor: numberInRange('factor', options.factor ?? 0.1, OPEN_UNIT),
    patience: nonNegativeInteger('patience', options.patience ?? 10),
    threshold: nonNegativeNumber('threshold', options.threshold ?? 1e-4),
    thresholdMode: oneOf('thresholdMode', options.thresholdMode ?? 'rel', ['rel', 'abs']),
    cooldown: nonNegativeInteger('cooldown', options.cooldown ?? 0),
    minLrs: perGroup('minLr', options.minLr ?? 0, groupCount, nonNegativeNumber),
    eps: nonNegativeNumber('eps', options.eps ?? 1e-8),
  };
}

/** The state rules of the plateau fields (as ReduceLROnPlateau's constructor checks them). */
export const PLATEAU_STATE_RULES: Readonly<Record<string, FieldRule>> = {
  mode: (p, v) => oneOf(p, v, ['min', 'max']),
  factor: (p, v) => numberInRange(p, v, OPEN_UNIT),
  patience: nonNegativeInteger,
  threshold: nonNegativeNumber,
  thresholdMode: (p, v) => oneOf(p, v, ['rel', 'abs']),
  cooldown: nonNegativeInteger,
  minLrs: eachOf(nonNegativeNumber),
  eps: nonNegativeNumber,
  numBadEpochs: nonNegativeInteger,
  cooldownCounter: nonNegativeInteger,
};

export function initialBest(mode: 'min' | 'max'): number {
  return mode === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

function isBetter(rule: PlateauRule, current: number, best: number): boolean {
  const { threshold } = rule;
  if (rule.mode === 'min') {
    return rule.thresholdMode === 'rel'
      ? current < best * (1 - threshold)
      : current < best - threshold;
  }
  return rule.thresholdMode === 'rel'
    ? current > best * (threshold + 1)
    : current > best + threshold;
}

/**
 * PyTorch's ReduceLROnPlateau bookkeeping for one metric, on a copy: the next counters and
 * whether the lr drops now (torch/optim/lr_scheduler.py, ReduceLROnPlateau.step).
 */
export function judgeMetric(
  rule: PlateauRule,
  counters: Readonly<PlateauCounters>,
  metric: number,
): { next: PlateauCounters; reduce: boolean } {
  const next = { ...counters };
  if (isBetter(rule, metric, next.best)) {
    next.best = metric;
    next.numBadEpochs = 0;
  } else {
    next.numBadEpochs += 1;
  }
  if (next.cooldownCounter > 0) {
    next.cooldownCounter -= 1;
    next.numBadEpochs = 0;
  }
  const reduce = next.numBadEpochs > rule.patience;
  if (reduce) {
    next.cooldownCounter = rule.cooldown;
    next.numBadEpochs = 0;
  }
  return { next, reduce };
}
