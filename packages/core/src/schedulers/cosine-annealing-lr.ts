import type { FieldRule } from '../internal/state';
import { nonNegativeNumber, positiveInteger, readOptions } from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { closedFormAt } from './closed-form-at';

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
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    tMax: positiveInteger,
    etaMin: nonNegativeNumber,
  };
  private tMax: number;
  private etaMin: number;
  declare private readonly cosCache: number[];

  constructor(optimizer: Optimizer, options: CosineAnnealingLROptions) {
    options = readOptions('CosineAnnealingLR', options, ['tMax', 'etaMin', 'lastEpoch', 'verbose']);
    // PyTorch accepts T_max 0 and fails later with a ZeroDivisionError.
    const tMax = positiveInteger('tMax', options.tMax);
    const etaMin = nonNegativeNumber('etaMin', options.etaMin ?? 0);
    super(optimizer, options);
    this.tMax = tMax;
    this.etaMin = etaMin;
    Object.defineProperty(this, 'cosCache', { value: [Number.NaN, 0, Number.NaN, 0] });
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const { lastEpoch, tMax, etaMin } = this;
    if (lastEpoch === 0 || this.stepCount === 1 || (lastEpoch - 1 - tMax) % (2 * tMax) === 0) {
      this.computeEdgeLr(out);
      return;
    }
    const groups = this.optimizer.paramGroups;
    const ratio = this.cosineRatio(lastEpoch);
    for (let i = 0; i < out.length; i++) out[i] = ratio * (groups[i]!.lr - etaMin) + etaMin;
  }

  /**
   * The steps PyTorch treats apart: the first (the lrs as they are), the first after a resume
   * (the closed form), and the one after each trough (a rise from etaMin instead of a ratio).
   */
  private computeEdgeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, tMax, etaMin } = this;
    // The first step after a resume (lastEpoch 0 is the first step, handled below).
    const resumed = this.stepCount === 1 ? this.closedFormLr() : null;
    const rise = 1 - Math.cos(Math.PI / tMax);
    for (let i = 0; i < out.length; i++) {
      const lr = groups[i]!.lr;
      if (lastEpoch === 0) out[i] = lr;
      else out[i] = resumed ? resumed[i]! : lr + ((this.baseLrs[i]! - etaMin) * rise) / 2;
    }
  }

  /**
   * (1 + cos(π·epoch/tMax)) / (1 + cos(π·(epoch-1)/tMax)), PyTorch's recursive factor. Near a
   * trough of a long schedule (tMax above ~2e6) its denominator has lost its precision and
   * reaches 0 (0/0, a NaN lr, from ~2e8): there the same ratio comes from the half-angle form,
   * 1 + cos x = 2·cos²(x/2).
   */
  private cosineRatio(epoch: number): number {
    const below = 1 + this.cosAt(epoch - 1);
    if (below > 1e-12) return (1 + this.cosAt(epoch)) / below;
    const angle = Math.PI / (2 * this.tMax);
    return (Math.cos(angle * epoch) / Math.cos(angle * (epoch - 1))) ** 2;
  }

  /**
   * cos(π·epoch / tMax), remembering the last two values: consecutive steps share one cosine.
   * The cache is not enumerable (not state) and returns exactly what Math.cos would.
   */
  private cosAt(epoch: number): number {
    const cache = this.cosCache;
    if (cache[0] === epoch) return cache[1]!;
    if (cache[2] === epoch) return cache[3]!;
    const value = Math.cos((Math.PI * epoch) / this.tMax);
    // Keep the newer entry in slots 0-1 and the older in 2-3.
    cache[2] = cache[0]!;
    cache[3] = cache[1]!;
    cache[0] = epoch;
    cache[1] = value;
    return value;
  }

  protected override commitState(next: Readonly<Record<string, unknown>>): void {
    super.commitState(next);
    this.cosCache[0] = Number.NaN;
    this.cosCache[2] = Number.NaN;
  }

  protected override closedFormLr(): number[] {
    const { lastEpoch, tMax, etaMin } = this;
    return this.baseLrs.map(
      (baseLr) => etaMin + ((baseLr - etaMin) * (1 + Math.cos((lastEpoch * Math.PI) / tMax))) / 2,
    );
  }

  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step: number): number[] {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}
