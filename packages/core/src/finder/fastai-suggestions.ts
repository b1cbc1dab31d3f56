import { torchArgmin, unitGradient } from './numeric';
import { longestValley } from './valley-length';

/**
 * fastai's four suggestion functions (fastai/callback/schedule.py: minimum, steep, valley,
 * slide), on the trimmed arrays `Learner.lr_find` passes them. Each returns the chosen index
 * into those arrays, or -1 where fastai raises (too few points).
 */

/** `minimum`: the index of the least loss (fastai then suggests a tenth of its lr). */
export function fastaiMinimum(losses: readonly number[]): number {
  return torchArgmin(losses);
}

/** `steep`: the left end of the steepest fall of the loss against log(lr). */
export function fastaiSteep(lrs: readonly number[], losses: readonly number[]): number {
  const grads: number[] = [];
  for (let i = 0; i + 1 < losses.length; i++) {
    grads.push((losses[i + 1]! - losses[i]!) / (Math.log(lrs[i + 1]!) - Math.log(lrs[i]!)));
  }
  return torchArgmin(grads);
}

/**
 * `valley`: inside the longest strictly decreasing run of losses (first one found), the point
 * a third plus a sixth of the way along. fastai starts the run one before its first point, so
 * a run from index 0 yields index −1, the last point.
 */
export function fastaiValley(losses: readonly number[]): number {
  const n = losses.length;
  if (n === 0) return -1;
  const { end, length } = longestValley(losses);
  // fastai sets its start only when some run is longer than 1; otherwise start = end = 0.
  const start = length > 1 ? end - length : 0;
  const sections = (end - start) / 3;
  const idx = start + Math.trunc(sections) + Math.trunc(sections / 2);
  return idx < 0 ? n + idx : idx;
}

/** Options of fastai's `slide`, under fastai's own names. */
export interface SlideOptions {
  /** Width of the window, in points. Default 15. */
  lrDiff?: number;
  /** How close the gradients at both ends must be. Default 0.005. */
  thresh?: number;
}

/**
 * `slide`: a window of lrDiff points slides left from the end while the unit-spaced gradients at
 * its two ends differ by more than thresh; the suggestion is the left end where it stopped
 * moving (the last left end it visited). Needs lrDiff + 1 points.
 */
export function fastaiSlide(losses: readonly number[], options: SlideOptions = {}): number {
  const n = losses.length;
  const lrDiff = options.lrDiff ?? 15;
  const thresh = options.thresh ?? 0.005;
  if (n < 2 || n < lrDiff + 1) return -1;
  const grad = unitGradient(losses);
  let right = n - 1;
  let left = right - lrDiff;
  let chosen = left;
  while (left >= 0 && Math.abs(grad[right]! - grad[left]!) > thresh) {
    chosen = left;
    right -= 1;
    left -= 1;
  }
  return chosen;
}
