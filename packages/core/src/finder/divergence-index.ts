import { invalid, knownKeys, positiveNumber } from '../internal/validate';
import { type FinderStyle, styleOption } from './finder-style';

/** Options of {@link divergenceIndex}. */
export interface DivergenceOptions {
  /** Stop when the smoothed loss exceeds threshold × the best so far. Default 4 (both). */
  threshold?: number;
  /** Default 'fastai'. */
  style?: FinderStyle;
}

/**
 * Watches the smoothed losses of a run, one at a time, for the divergence stop.
 *
 * fastai (`LRFinder.after_batch`): best starts at +Infinity and is lowered first, then the run
 * stops when `s > threshold·best`. Lightning (`_LRCallback.on_train_batch_end`): from the second
 * batch on it stops when `s > threshold·best`, then lowers best; best is the first smoothed loss.
 * NaN never compares true, so a NaN neither stops a run nor becomes the best.
 */
export class DivergenceCheck {
  readonly threshold: number;
  readonly style: FinderStyle;
  private best: number;
  private index = 0;

  constructor(options: DivergenceOptions = {}) {
    knownKeys('DivergenceCheck', options, ['threshold', 'style']);
    this.style = styleOption(options.style);
    this.threshold = positiveNumber('threshold', options.threshold ?? 4);
    this.best = this.style === 'fastai' ? Number.POSITIVE_INFINITY : 0;
  }

  /** Adds one smoothed loss; true when this batch stops the run (it is still recorded). */
  push(smoothed: number): boolean {
    if (typeof smoothed !== 'number') invalid('smoothed', smoothed, 'must be a number');
    const k = this.index++;
    if (this.style === 'fastai') {
      if (smoothed < this.best) this.best = smoothed;
      return smoothed > this.threshold * this.best;
    }
    const stop = k > 0 && smoothed > this.threshold * this.best;
    if (smoothed < this.best || k === 0) this.best = smoothed;
    return stop;
  }
}

/**
 * The index of the batch whose smoothed loss stops the run (that batch is still recorded), or
 * null when it never diverges. See {@link DivergenceCheck} for each library's rule.
 */
export function divergenceIndex(
  smoothed: readonly number[],
  options: DivergenceOptions = {},
): number | null {
  if (!Array.isArray(smoothed)) invalid('smoothed', smoothed, 'must be an array of numbers');
  smoothed.forEach((s, i) => {
    if (typeof s !== 'number') invalid(`smoothed[${i}]`, s, 'must be a number');
  });
  const check = new DivergenceCheck(options);
  for (let i = 0; i < smoothed.length; i++) if (check.push(smoothed[i]!)) return i;
  return null;
}
