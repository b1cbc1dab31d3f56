import { invalid, knownKeys, numberInRange } from '../internal/validate';
import { type FinderStyle, styleOption } from './finder-style';

/** Options of {@link smoothLosses}. */
export interface SmoothLossesOptions {
  /** Weight of the running average, in [0, 1). Default 0.98 (both libraries). */
  beta?: number;
  /** Default 'fastai'. */
  style?: FinderStyle;
}

/**
 * The running, debiased average of the raw losses, fed one loss at a time.
 *
 * fastai (`AvgSmoothLoss`): `v = torch.lerp(loss, v, β)`, `out_k = v / (1 − β^(k+1))`.
 * torch.lerp computes `end − (end − start)(1 − w)` when w ≥ 0.5 and `start + w(end − start)`
 * otherwise; lrkit follows the same branch, so an Infinity turns into NaN at the next batch just
 * as it does there. Lightning (`_LRCallback`): `v = βv + (1 − β)·loss`,
 * `out_k = v / (1 − β^(k+2))`, because its global step already counts the batch.
 */
export class LossSmoother {
  readonly beta: number;
  readonly style: FinderStyle;
  private average = 0;
  private count = 0;

  constructor(options: SmoothLossesOptions = {}) {
    knownKeys('LossSmoother', options, ['beta', 'style']);
    this.style = styleOption(options.style);
    this.beta = numberInRange('beta', options.beta ?? 0.98, { min: 0, max: 1, maxOpen: true });
  }

  /** Adds one raw loss and returns the smoothed loss after it. */
  push(loss: number): number {
    if (typeof loss !== 'number') invalid('loss', loss, 'must be a number');
    const { beta } = this;
    const v = this.average;
    if (this.style === 'fastai') {
      this.average = beta < 0.5 ? loss + beta * (v - loss) : v - (v - loss) * (1 - beta);
      this.count += 1;
      return this.average / (1 - beta ** this.count);
    }
    this.average = beta * v + (1 - beta) * loss;
    this.count += 1;
    return this.average / (1 - beta ** (this.count + 1));
  }
}

/**
 * The smoothed loss after every raw loss, as fastai's Recorder or Lightning's `_LRCallback`
 * records it (see {@link LossSmoother}). NaN and Infinity propagate as they do there.
 *
 * @example
 * smoothLosses([2.3, 2.1, 1.9], { style: 'lightning' });
 */
export function smoothLosses(raw: readonly number[], options: SmoothLossesOptions = {}): number[] {
  if (!Array.isArray(raw)) invalid('raw', raw, 'must be an array of numbers');
  raw.forEach((loss, i) => {
    if (typeof loss !== 'number') invalid(`raw[${i}]`, loss, 'must be a number');
  });
  const smoother = new LossSmoother(options);
  return raw.map((loss) => smoother.push(loss));
}
