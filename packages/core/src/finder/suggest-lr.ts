import {
  invalid,
  knownKeys,
  nonNegativeInteger,
  oneOf,
  positiveInteger,
} from '../internal/validate';
import { fastaiMinimum, fastaiSlide, fastaiSteep, fastaiValley } from './fastai-suggestions';
import { coordinateGradient, pythonSliceBounds, torchArgmin } from './numeric';

/** fastai's four suggestion functions and Lightning's `suggestion()`. */
export type SuggestionMethod = 'minimum' | 'steep' | 'valley' | 'slide' | 'lightning';

export const SUGGESTION_METHODS = ['minimum', 'steep', 'valley', 'slide', 'lightning'] as const;
export const FASTAI_METHODS = ['minimum', 'steep', 'valley', 'slide'] as const;

/** Options of {@link suggestLr}. */
export interface SuggestLrOptions {
  /** fastai methods: the user's `num_it`, which sets the trim `[floor(numIt/10) : len − 5]`. Default the length. */
  numIt?: number;
  /** Lightning: points skipped at the start. Default 10. */
  skipBegin?: number;
  /** Lightning: points skipped at the end (Python's `[:-0]`, so 0 leaves none). Default 1. */
  skipEnd?: number;
}

/** A suggested lr and the index, into the recorded arrays, of the point it was read at. */
export interface LrSuggestion {
  lr: number;
  index: number;
}

function checkArrays(lrs: unknown, losses: unknown): void {
  if (!Array.isArray(lrs)) invalid('lrs', lrs, 'must be an array of learning rates');
  if (!Array.isArray(losses)) invalid('losses', losses, 'must be an array of numbers');
  if (losses.length !== lrs.length) {
    invalid('losses', losses, `must have one loss per lr (${lrs.length}), got ${losses.length}`);
  }
  lrs.forEach((lr: unknown, i) => {
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) {
      invalid(`lrs[${i}]`, lr, 'must be a non-negative finite number');
    }
  });
  losses.forEach((loss: unknown, i) => {
    if (typeof loss !== 'number') invalid(`losses[${i}]`, loss, 'must be a number (NaN allowed)');
  });
}

/** fastai's `lr_find`: trim `[num_it//10 : -5]`, then cut at the first NaN. */
function fastaiSuggestion(
  lrs: readonly number[],
  losses: readonly number[],
  method: (typeof FASTAI_METHODS)[number],
  numIt: number,
): LrSuggestion | null {
  const { from, to } = pythonSliceBounds(losses.length, Math.floor(numIt / 10), 5);
  let cut = to;
  for (let i = from; i < to; i++) {
    if (Number.isNaN(losses[i])) {
      cut = i;
      break;
    }
  }
  const l = losses.slice(from, cut);
  const r = lrs.slice(from, cut);
  let index: number;
  if (method === 'minimum') index = fastaiMinimum(l);
  else if (method === 'steep') index = fastaiSteep(r, l);
  else if (method === 'valley') index = fastaiValley(l);
  else index = fastaiSlide(l);
  if (index < 0) return null;
  const lr = lrs[from + index]!;
  return { lr: method === 'minimum' ? lr / 10 : lr, index: from + index };
}

/**
 * Lightning's `_LRFinder.suggestion`: skip the ends, drop non-finite losses with their lrs, take
 * the gradient with respect to the lr itself and return the first steepest point.
 */
function lightningSuggestion(
  lrs: readonly number[],
  losses: readonly number[],
  skipBegin: number,
  skipEnd: number,
): LrSuggestion | null {
  const { from, to } = pythonSliceBounds(losses.length, skipBegin, skipEnd);
  const kept: number[] = [];
  for (let i = from; i < to; i++) if (Number.isFinite(losses[i])) kept.push(i);
  if (kept.length < 2) return null;
  const gradients = coordinateGradient(
    kept.map((i) => losses[i]!),
    kept.map((i) => lrs[i]!),
  );
  const index = kept[torchArgmin(gradients)]!;
  return { lr: lrs[index]!, index };
}

/**
 * Suggests an lr from a range test's recorded lrs and (smoothed) losses, by fastai's
 * `minimum` (a tenth of the lr at the least loss), `steep`, `valley` or `slide`, or by Lightning's
 * steepest-gradient `suggestion()`. Returns null where fastai raises or Lightning returns None
 * (too few points).
 *
 * @example
 * const { lrs, smoothed } = finder.result();
 * suggestLr(lrs, smoothed, 'valley', { numIt: 100 }); // { lr, index }
 */
export function suggestLr(
  lrs: readonly number[],
  losses: readonly number[],
  method: SuggestionMethod,
  options: SuggestLrOptions = {},
): LrSuggestion | null {
  checkArrays(lrs, losses);
  oneOf('method', method, SUGGESTION_METHODS);
  knownKeys('suggestLr', options, ['numIt', 'skipBegin', 'skipEnd']);
  if (method === 'lightning') {
    const skipBegin = nonNegativeInteger('skipBegin', options.skipBegin ?? 10);
    const skipEnd = nonNegativeInteger('skipEnd', options.skipEnd ?? 1);
    return lightningSuggestion(lrs, losses, skipBegin, skipEnd);
  }
  const numIt = positiveInteger('numIt', options.numIt ?? Math.max(1, lrs.length));
  return fastaiSuggestion(lrs, losses, method, numIt);
}
