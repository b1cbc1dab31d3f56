import { invalid, nonNegativeInteger, nonNegativeNumber, oneOf } from '../internal/validate';
import { checkOptions } from './options';
import { makeSchedule, type Schedule } from './schedule';

// Megatron-Core's OptimizerParamScheduler (megatron/core/optimizer_param_scheduler.py): the lr is
// a pure function of num_steps, the count of steps taken (0 at construction).

export type MegatronDecayStyle = 'constant' | 'linear' | 'cosine' | 'inverse-square-root' | 'WSD';
export type MegatronWsdDecayStyle = 'linear' | 'cosine' | 'exponential' | 'minus_sqrt';

/** Options of {@link megatronSchedule} (Megatron's argument names, camelCase). */
export interface MegatronScheduleOptions {
  /** The lr at step 0 of the warmup (init_lr). */
  initLr: number;
  maxLr: number;
  minLr: number;
  /** lr_warmup_steps, below decaySteps. */
  warmupSteps: number;
  /** lr_decay_steps: the step where the decay reaches minLr (counted from 0, warmup included). */
  decaySteps: number;
  decayStyle: MegatronDecayStyle;
  /** WSD: the last wsdDecaySteps of decaySteps anneal (wsd_decay_steps). */
  wsdDecaySteps?: number;
  /** WSD: the anneal's shape (lr_wsd_decay_style). */
  wsdDecayStyle?: MegatronWsdDecayStyle;
}

const KEYS = [
  'initLr',
  'maxLr',
  'minLr',
  'warmupSteps',
  'decaySteps',
  'decayStyle',
  'wsdDecaySteps',
  'wsdDecayStyle',
];
const STYLES: readonly MegatronDecayStyle[] = [
  'constant',
  'linear',
  'cosine',
  'inverse-square-root',
  'WSD',
];
const WSD_STYLES: readonly MegatronWsdDecayStyle[] = [
  'linear',
  'cosine',
  'exponential',
  'minus_sqrt',
];

/** The WSD anneal factor at `ratio` ∈ [0, 1] of the anneal. */
function wsdCoefficient(style: MegatronWsdDecayStyle, ratio: number): number {
  if (style === 'linear') return 1 - ratio;
  if (style === 'cosine') return 0.5 * (Math.cos(Math.PI * ratio) + 1);
  if (style === 'exponential') return 2 * 0.5 ** ratio - 1;
  return 1 - Math.sqrt(ratio);
}

function checkOrder(o: MegatronScheduleOptions): void {
  // Megatron asserts these in its constructor.
  if (o.maxLr < o.minLr) invalid('maxLr', o.maxLr, `must be ≥ minLr (${o.minLr})`);
  if (o.initLr > o.maxLr) invalid('initLr', o.initLr, `must be ≤ maxLr (${o.maxLr})`);
  if (o.decaySteps <= 0) invalid('decaySteps', o.decaySteps, 'must be a positive integer');
  if (o.warmupSteps >= o.decaySteps) {
    invalid('warmupSteps', o.warmupSteps, `must be below decaySteps (${o.decaySteps})`);
  }
}

/**
 * Megatron-Core's lr rule: a linear warmup from initLr to maxLr over warmupSteps, then
 * 'constant' (maxLr), 'linear' or 'cosine' down to minLr at decaySteps, 'inverse-square-root'
 * (maxLr·√warmup/√step, floored at minLr), or 'WSD' (maxLr until the last wsdDecaySteps, then
 * the wsdDecayStyle anneal); minLr after decaySteps except for 'constant'. Absolute lrs.
 * Spec type `'megatron'`.
 */
export function megatronSchedule(options: MegatronScheduleOptions): Schedule {
  checkOptions('megatron', options, KEYS);
  const initLr = nonNegativeNumber('initLr', options.initLr);
  const maxLr = nonNegativeNumber('maxLr', options.maxLr);
  const minLr = nonNegativeNumber('minLr', options.minLr);
  const warmupSteps = nonNegativeInteger('warmupSteps', options.warmupSteps);
  const decaySteps = nonNegativeInteger('decaySteps', options.decaySteps);
  const decayStyle = oneOf('decayStyle', options.decayStyle, STYLES);
  checkOrder({ initLr, maxLr, minLr, warmupSteps, decaySteps, decayStyle });
  let wsdDecaySteps: number | undefined;
  let wsdDecayStyle: MegatronWsdDecayStyle | undefined;
  if (decayStyle === 'WSD') {
    if (options.wsdDecaySteps === undefined) {
      invalid('wsdDecaySteps', undefined, "is required by decayStyle 'WSD'");
    }
    wsdDecaySteps = nonNegativeInteger('wsdDecaySteps', options.wsdDecaySteps);
    // Megatron fails (no coefficient) when the anneal is reached without a style.
    if (wsdDecaySteps > 0 || options.wsdDecayStyle !== undefined) {
      wsdDecayStyle = oneOf('wsdDecayStyle', options.wsdDecayStyle, WSD_STYLES);
    }
  }
  const spec = { type: 'megatron', initLr, maxLr, minLr, warmupSteps, decaySteps, decayStyle };
  return makeSchedule({ ...spec, wsdDecaySteps, wsdDecayStyle }, (n) => {
    if (warmupSteps > 0 && n <= warmupSteps) {
      return initLr + ((maxLr - initLr) * n) / warmupSteps;
    }
    if (decayStyle === 'constant') return maxLr;
    if (n > decaySteps) return minLr;
    if (decayStyle === 'inverse-square-root') {
      const lr = (maxLr * Math.max(warmupSteps, 1) ** 0.5) / Math.max(n, 1) ** 0.5;
      return Math.max(minLr, lr);
    }
    const ratio = (n - warmupSteps) / (decaySteps - warmupSteps);
    let coefficient: number;
    if (decayStyle === 'linear') coefficient = 1 - ratio;
    else if (decayStyle === 'cosine') coefficient = 0.5 * (Math.cos(Math.PI * ratio) + 1);
    else {
      const annealStart = decaySteps - wsdDecaySteps!;
      coefficient =
        n <= annealStart ? 1 : wsdCoefficient(wsdDecayStyle!, (n - annealStart) / wsdDecaySteps!);
    }
    return minLr + coefficient * (maxLr - minLr);
  });
}

export type MegatronWdIncrStyle = 'constant' | 'linear' | 'cosine';

/** Options of {@link megatronWeightDecaySchedule}. */
export interface MegatronWeightDecayOptions {
  startWd: number;
  endWd: number;
  /** wd_incr_steps: the step where the weight decay reaches endWd. */
  incrSteps: number;
  incrStyle: MegatronWdIncrStyle;
}

/**
 * Megatron-Core's weight-decay increment (get_wd): startWd to endWd over incrSteps, 'linear' or
 * 'cosine' ('constant' needs startWd = endWd), endWd after. The values are weight decays (a
 * group's wd_mult scales them in Megatron). Spec type `'megatron-weight-decay'`.
 */
export function megatronWeightDecaySchedule(options: MegatronWeightDecayOptions): Schedule {
  checkOptions('megatron-weight-decay', options, ['startWd', 'endWd', 'incrSteps', 'incrStyle']);
  const startWd = nonNegativeNumber('startWd', options.startWd);
  const endWd = nonNegativeNumber('endWd', options.endWd);
  if (endWd < startWd) invalid('endWd', endWd, `must be ≥ startWd (${startWd})`);
  const incrSteps = nonNegativeInteger('incrSteps', options.incrSteps);
  const incrStyle = oneOf('incrStyle', options.incrStyle, ['constant', 'linear', 'cosine']);
  if (incrStyle === 'constant' && startWd !== endWd) {
    invalid('endWd', endWd, `must equal startWd (${startWd}) for incrStyle 'constant'`);
  }
  if (incrSteps === 0 && incrStyle !== 'constant') {
    // Megatron divides by wd_incr_steps at step 0.
    invalid('incrSteps', incrSteps, `must be positive for incrStyle '${incrStyle}'`);
  }
  const spec = { type: 'megatron-weight-decay', startWd, endWd, incrSteps, incrStyle };
  return makeSchedule(spec, (n) => {
    if (n > incrSteps || incrStyle === 'constant') return endWd;
    const ratio = n / incrSteps;
    const coefficient =
      incrStyle === 'linear' ? ratio : 0.5 * (Math.cos(Math.PI * (1 - ratio)) + 1);
    return startWd + coefficient * (endWd - startWd);
  });
}
