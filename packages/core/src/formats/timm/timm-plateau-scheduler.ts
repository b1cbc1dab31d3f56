import { nonNegativeNumber } from '../../internal/validate';
import type { Optimizer } from '../../optimizer';
import { BaseScheduler } from '../../scheduler';
import { resolveTimmPlateauConfig, type TimmPlateauConfig } from './timm-config';
import {
  checkTimmGroups,
  timmBaseValues,
  timmMetric,
  timmTime,
  updateTimmGroups,
  warmupIncrements,
} from './timm-groups';
import { timmNoise, timmNoiseApplies } from './timm-noise';
import { checkNumbers, checkSameConfig } from './timm-scheduler';

/** torch's ReduceLROnPlateau drops an lr only by more than this. */
const EPS = 1e-8;

/**
 * timm's `PlateauLRScheduler` (timm/scheduler/plateau_lr.py): its own linear warmup up to and
 * including `warmup_t`, then torch's `ReduceLROnPlateau` (mode 'max' by default, threshold
 * relative) stepped with the metric given to `step(epoch, metric)`. `stepUpdate` does nothing,
 * as in timm.
 */
export class TimmPlateauScheduler extends BaseScheduler {
  static override readonly schedulerName: string = 'timm.PlateauLRScheduler';
  private config: TimmPlateauConfig;
  baseValues: number[];
  private warmupSteps: number[];
  static override readonly nonFiniteStateFields: readonly string[] = ['best'];
  /** The best metric so far; torch starts it at -inf (mode 'max') or +inf (mode 'min'). */
  best: number;
  numBadEpochs = 0;
  cooldownCounter = 0;
  /** torch's ReduceLROnPlateau.last_epoch: the metrics it has seen. */
  plateauLastEpoch = 0;
  /** The lrs before the last noise, put back before the next plateau step (timm's restore_lr). */
  restoreLr: number[];
  /** Whether restoreLr holds lrs (timm's restore_lr is not None). */
  hasRestoreLr = false;

  constructor(optimizer: Optimizer, kwargs?: Record<string, unknown>) {
    const config = resolveTimmPlateauConfig(kwargs);
    checkTimmGroups(optimizer, config.initialize);
    const base = optimizer.paramGroups.map((g) =>
      config.initialize ? (g.initialLr ?? g.lr) : g.initialLr!,
    );
    super(optimizer);
    this.config = config;
    this.best = config.mode === 'max' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    this.restoreLr = base.map(() => 0);
    this.baseValues = timmBaseValues(optimizer, config.initialize);
    this.warmupSteps = warmupIncrements(base, config.warmup_t, config.warmup_lr_init);
    updateTimmGroups(optimizer, this.baseValues, this.lastLrs);
    if (config.warmup_t)
      updateTimmGroups(
        optimizer,
        base.map(() => config.warmup_lr_init),
        this.lastLrs,
      );
  }

  get timmName(): 'PlateauLRScheduler' {
    return 'PlateauLRScheduler';
  }

  /**
   * timm's `step(epoch, metric)`: the warmup lr while epoch ≤ warmup_t (even without warmup,
   * epoch 0 writes warmup_lr_init, as timm does); then the plateau step when a metric is given.
   */
  override step(epoch: number, metric?: number | null): void {
    const t = timmTime('epoch', epoch);
    const m = timmMetric(metric);
    const c = this.config;
    if (t <= c.warmup_t) {
      const lrs = this.warmupSteps.map((s) => c.warmup_lr_init + t * s);
      updateTimmGroups(this.optimizer, lrs, this.lastLrs);
      return;
    }
    const noise = timmNoiseApplies(c, t) ? timmNoise(c, t) : null;
    const groups = this.optimizer.paramGroups;
    if (this.hasRestoreLr) {
      groups.forEach((g, i) => {
        g.lr = this.restoreLr[i]!;
      });
      this.hasRestoreLr = false;
    }
    if (m !== null) this.plateauStep(m);
    if (noise !== null) {
      this.restoreLr = groups.map((g) => g.lr);
      this.hasRestoreLr = true;
      for (const g of groups) g.lr = g.lr + g.lr * noise;
    }
    this.recordLastLrs();
  }

  /** timm's `step_update`: a no-op for the plateau scheduler. */
  stepUpdate(numUpdates: number, _metric?: number | null): void {
    timmTime('numUpdates', numUpdates);
  }

  /** torch's relative threshold test; best starts at ±inf, as in torch. */
  private isBetter(a: number): boolean {
    const { mode, threshold } = this.config;
    const { best } = this;
    return mode === 'max' ? a > best * (threshold + 1) : a < best * (1 - threshold);
  }

  /** torch's ReduceLROnPlateau.step(metric). */
  private plateauStep(metric: number): void {
    const c = this.config;
    this.plateauLastEpoch += 1;
    if (this.isBetter(metric)) {
      this.best = metric;
      this.numBadEpochs = 0;
    } else {
      this.numBadEpochs += 1;
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter -= 1;
      this.numBadEpochs = 0;
    }
    if (this.numBadEpochs > c.patience_t) {
      for (const group of this.optimizer.paramGroups) {
        const old = group.lr;
        const next = Math.max(old * c.decay_rate, c.lr_min);
        if (old - next > EPS) group.lr = next;
      }
      this.cooldownCounter = c.cooldown_t;
      this.numBadEpochs = 0;
    }
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    checkSameConfig(next.config, this.config, root);
    checkNumbers(next, 'baseValues', root);
    checkNumbers(next, 'warmupSteps', root);
    checkNumbers(next, 'restoreLr', root);
    for (const key of ['numBadEpochs', 'cooldownCounter', 'plateauLastEpoch']) {
      if (key in next) nonNegativeNumber(`${root}.${key}`, next[key]);
    }
  }
}
