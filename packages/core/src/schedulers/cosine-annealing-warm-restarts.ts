import type { FieldRule } from '../internal/state';
import {
  finiteNumber,
  integerAtLeastOne,
  invalid,
  nonNegativeNumber,
  positiveInteger,
  positiveNumber,
  readOptions,
} from '../internal/validate';
import type { Optimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { checkStep } from '../schedules/schedule';

export interface CosineAnnealingWarmRestartsOptions extends SchedulerBaseOptions {
  /** Steps (or epochs) of the first cycle (PyTorch's T_0). */
  t0: number;
  /** Each cycle is tMult times longer than the previous one; an integer ≥ 1. Default 1. */
  tMult?: number;
  /** The lowest lr. Default 0. */
  etaMin?: number;
}

/**
 * A fractional epoch as `step(epoch)` of the SGDR schedulers takes it: finite, ≥ 0, and at most
 * Number.MAX_SAFE_INTEGER (so that its floor, saved as lastEpoch, loads back).
 */
export function fractionalEpoch(epoch: unknown): number {
  if (
    typeof epoch !== 'number' ||
    !Number.isFinite(epoch) ||
    epoch < 0 ||
    epoch > Number.MAX_SAFE_INTEGER
  ) {
    invalid('epoch', epoch, 'must be a non-negative finite number (at most 2^53 - 1)');
  }
  return epoch;
}

/** A restart whose cycle length is no longer a finite number of steps. */
export function cycleOverflow(parameter: string, value: number): never {
  return invalid(
    parameter,
    value,
    'must keep the cycle length finite: the next cycle would last more than Number.MAX_VALUE steps',
  );
}

/**
 * SGDR (Loshchilov & Hutter): cosine annealing restarted every tI steps. `step(epoch)` accepts
 * fractional epochs (step once per batch with `epoch + batch / batches`).
 */
export class CosineAnnealingWarmRestarts extends LRScheduler {
  static override readonly schedulerName = 'CosineAnnealingWarmRestarts';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    t0: positiveInteger,
    tI: positiveNumber,
    tMult: integerAtLeastOne,
    etaMin: nonNegativeNumber,
    tCur: finiteNumber,
  };
  private t0: number;
  private tI: number;
  private tMult: number;
  private etaMin: number;
  private tCur: number;

  constructor(optimizer: Optimizer, options: CosineAnnealingWarmRestartsOptions) {
    options = readOptions('CosineAnnealingWarmRestarts', options, [
      't0',
      'tMult',
      'etaMin',
      'lastEpoch',
      'verbose',
    ]);
    const t0 = positiveInteger('t0', options.t0);
    const tMult = integerAtLeastOne('tMult', options.tMult ?? 1);
    const etaMin = nonNegativeNumber('etaMin', options.etaMin ?? 0);
    super(optimizer, options);
    this.t0 = t0;
    this.tI = t0;
    this.tMult = tMult;
    this.etaMin = etaMin;
    this.tCur = this.lastEpoch;
    this.initialStep();
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const { etaMin } = this;
    const cosine = 1 + Math.cos((Math.PI * this.tCur) / this.tI);
    for (let i = 0; i < out.length; i++) {
      out[i] = etaMin + ((this.baseLrs[i]! - etaMin) * cosine) / 2;
    }
  }

  /**
   * One step, or a jump to `epoch` (fractional epochs allowed). Computed first, written last: if
   * the lr cannot be written (not finite, a frozen group), nothing has changed.
   */
  override step(epoch?: number): void {
    if (epoch === undefined && this.lastEpoch < 0) epoch = 0;
    if (epoch !== undefined) fractionalEpoch(epoch);
    const { tCur, tI, lastEpoch, stepCount } = this;
    try {
      if (epoch === undefined) {
        this.tCur += 1;
        if (this.tCur >= this.tI) {
          this.tCur -= this.tI;
          this.tI *= this.tMult;
        }
        this.lastEpoch += 1;
      } else {
        this.jumpTo(epoch);
        this.lastEpoch = Math.floor(epoch);
      }
      // tMult^k overflows after enough restarts: refused, as its state could not be loaded.
      if (!Number.isFinite(this.tI)) cycleOverflow('tMult', this.tMult);
      this.stepCount++;
      const out = this.lrBuffer;
      this.computeLr(out);
      this.applyLrs(out);
    } catch (error) {
      Object.assign(this, { tCur, tI, lastEpoch, stepCount });
      throw error;
    }
  }

  private jumpTo(epoch: number): void {
    const { t0, tMult } = this;
    if (epoch < t0) {
      this.tI = t0;
      this.tCur = epoch;
    } else if (tMult === 1) {
      this.tCur = epoch % t0;
    } else {
      // Python's math.log(x, base) is log(x) / log(base); kept for identical rounding.
      const n = Math.trunc(Math.log((epoch / t0) * (tMult - 1) + 1) / Math.log(tMult));
      this.tCur = epoch - (t0 * (tMult ** n - 1)) / (tMult - 1);
      this.tI = t0 * tMult ** n;
    }
  }

  /**
   * The lr of every group at integer `step` (≥ 0): the value the step-th `step()` after
   * construction sets (one step per call; fractional `step(epoch)` jumps are not part of it).
   */
  lrAt(step: number): number[] {
    checkStep(step);
    let tI = this.t0;
    let tCur = step;
    if (this.tMult === 1) tCur = step % tI;
    else {
      while (tCur >= tI) {
        tCur -= tI;
        tI *= this.tMult;
      }
    }
    const { etaMin } = this;
    const cosine = 1 + Math.cos((Math.PI * tCur) / tI);
    return this.baseLrs.map((baseLr) => etaMin + ((baseLr - etaMin) * cosine) / 2);
  }
}
