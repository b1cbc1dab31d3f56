import { invalid, knownKeys, positiveInteger } from '../internal/validate';
import { type FinderMode, type FinderStyle, modeOption, styleOption } from './finder-style';

/** Options of {@link lrFinderLrs}. Defaults are the chosen style's own. */
export interface LrFinderLrsOptions {
  /** The first lr. fastai 1e-7, Lightning 1e-8. */
  startLr?: number;
  /** The lr the range aims at. fastai 10 (never reached), Lightning 1 (the last lr). */
  endLr?: number;
  /** fastai's `num_it` (at least 6 iterations run) or Lightning's `num_training`. Default 100. */
  numIt?: number;
  /** Default 'exp'. */
  mode?: FinderMode;
  /** Default 'fastai'. */
  style?: FinderStyle;
}

/** The checked options of a range test, with the style's defaults filled in. */
export interface ResolvedLrRange {
  startLr: number;
  endLr: number;
  /** As given (fastai's suggestions trim with it). */
  numIt: number;
  /** How many batches the library runs: fastai max(6, numIt), Lightning numIt. */
  iterations: number;
  mode: FinderMode;
  style: FinderStyle;
}

const DEFAULTS: Record<FinderStyle, { startLr: number; endLr: number }> = {
  fastai: { startLr: 1e-7, endLr: 10 },
  lightning: { startLr: 1e-8, endLr: 1 },
};

/** Largest range test lrkit runs: a bound on the memory of the recorded arrays. */
export const MAX_FINDER_ITERATIONS = 1_000_000;

export const LR_RANGE_KEYS = ['startLr', 'endLr', 'numIt', 'mode', 'style'] as const;

function lrOption(parameter: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    invalid(parameter, value, 'must be a positive finite number');
  }
  return value;
}

/** Validates range-test options (unknown keys included) and fills the style's defaults. */
export function resolveLrRange(
  options: LrFinderLrsOptions,
  scope = 'lrFinderLrs',
): ResolvedLrRange {
  knownKeys(scope, options, LR_RANGE_KEYS);
  const style = styleOption(options.style);
  const mode = modeOption(options.mode);
  const defaults = DEFAULTS[style];
  const startLr = lrOption('startLr', options.startLr, defaults.startLr);
  const endLr = lrOption('endLr', options.endLr, defaults.endLr);
  if (endLr <= startLr) invalid('endLr', endLr, `must be greater than startLr (${startLr})`);
  const numIt = positiveInteger('numIt', options.numIt ?? 100);
  if (numIt > MAX_FINDER_ITERATIONS) {
    invalid('numIt', numIt, `must be at most ${MAX_FINDER_ITERATIONS}`);
  }
  const iterations = style === 'fastai' ? Math.max(6, numIt) : numIt;
  return { startLr, endLr, numIt, iterations, mode, style };
}

/**
 * The lr of iteration `i` (0-based) of a range test; past the last iteration the same formula
 * goes on, as both libraries' schedulers would.
 *
 * fastai: `start·(end/start)^(i/n)` with n = max(6, numIt), so endLr is never reached (fastai has
 * no linear mode; lrkit's is `start + (i/n)(end − start)`). Lightning: startLr at i = 0, then
 * `start·(end/start)^((i+1)/n)`, reaching endLr at the last iteration (linear likewise), because
 * its scheduler reads `last_epoch + 1` but returns the base lr at `last_epoch` 0.
 */
export function lrFinderLrAt(range: ResolvedLrRange, i: number): number {
  const { startLr, endLr, iterations, mode, style } = range;
  let position: number;
  if (style === 'fastai') position = i / iterations;
  else if (i === 0) return startLr;
  else position = (i + 1) / iterations;
  return mode === 'exp'
    ? startLr * (endLr / startLr) ** position
    : startLr + position * (endLr - startLr);
}

/**
 * The lr of every iteration of an LR range test, by fastai's or Lightning's rule (see
 * {@link lrFinderLrAt}). fastai runs max(6, numIt) iterations, Lightning numIt.
 *
 * @example
 * lrFinderLrs({ style: 'lightning', startLr: 1e-6, endLr: 1, numIt: 50 });
 */
export function lrFinderLrs(options: LrFinderLrsOptions = {}): number[] {
  const range = resolveLrRange(options);
  return Array.from({ length: range.iterations }, (_, i) => lrFinderLrAt(range, i));
}
