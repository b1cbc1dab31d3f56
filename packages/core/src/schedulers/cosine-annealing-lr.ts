import { finiteNumber, knownKeys, positiveInteger } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';

export interface CosineAnnealingLROptions extends SchedulerBaseOptions {
  /** Steps of a half cosine period (PyTorch's T_max). */
  tMax: number;
  /** The lowest lr. Default 0. */
  etaMin?: number;
}

/**
 * Cosine annealing from the base lr to etaMin over tMax steps. Past tMax it rises again, as
 * PyTorch's recursive form does (the closed form is the same cosine continued).
 */
export class CosineAnnealingLR extends LRScheduler {
  static override readonly schedulerName = 'CosineAnnealingLR';
  private tMax: number;
  private etaMin: number;

  constructor(optimizer: Optimizer, options: CosineAnnealingLROptions) {
    knownKeys('CosineAnnealingLR', options, ['tMax', 'etaMin', 'lastEpoch', 'verbose']);
    // PyTorch accepts T_max 0 and fails later with a ZeroDivisionError.
    const tMax = positiveInteger('tMax', options.tMax);
    const etaMin = finiteNumber('etaMin', options.etaMin ?? 0);
    super(optimizer, options);
    this.tMax = tMax;
    this.etaMin = etaMin;
    this.initialStep();
  }

  getLr(): number[] {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, tMax, etaMin } = this;
    if (lastEpoch === 0) return groups.map((g) => g.lr);
    if (this.stepCount === 1 && lastEpoch > 0) return this.closedFormLr();
    if ((lastEpoch - 1 - tMax) % (2 * tMax) === 0) {
      const rise = 1 - Math.cos(Math.PI / tMax);
      return groups.map((g, i) => g.lr + ((this.baseLrs[i]! - etaMin) * rise) / 2);
    }
    const ratio =
      (1 + Math.cos((Math.PI * lastEpoch) / tMax)) /
      (1 + Math.cos((Math.PI * (lastEpoch - 1)) / tMax));
    return groups.map((g) => ratio * (g.lr - etaMin) + etaMin);
  }

  protected override closedFormLr(): number[] {
    const { lastEpoch, tMax, etaMin } = this;
    return this.baseLrs.map(
      (baseLr) => etaMin + ((baseLr - etaMin) * (1 + Math.cos((lastEpoch * Math.PI) / tMax))) / 2,
    );
  }
}
