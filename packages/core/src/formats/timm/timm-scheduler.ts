import { finiteNumber, invalid } from '../../internal/validate';
import type { Optimizer } from '../../optimizer';
import { BaseScheduler } from '../../scheduler';
import { resolveTimmConfig, type TimmConfig, type TimmDecayFn } from './timm-config';
import {
  checkTimmGroups,
  timmBaseValues,
  timmMetric,
  timmTime,
  updateTimmGroups,
  warmupIncrements,
} from './timm-groups';
import { timmCycleLength, timmLrs } from './timm-lr';
import { addTimmNoise } from './timm-noise';

/**
 * One of timm's schedule-shaped schedulers (Cosine, Tanh, Poly, Step, MultiStep, WSD), built by
 * `fromTimm`. Stepped as timm is: `step(epoch, metric?)` at the end of every epoch and
 * `stepUpdate(numUpdates, metric?)` after every optimizer update; only the one matching
 * `t_in_epochs` changes the lr. Each call computes the lr at the count it is given (no
 * internal counter), times the group's `lrScale`.
 */
export class TimmScheduler extends BaseScheduler {
  static override readonly schedulerName: string = 'TimmScheduler';
  /** timm's constructor arguments, resolved with its defaults (snake_case, as timm names them). */
  private config: TimmConfig;
  /** timm's base_values: every group's initial lr. */
  baseValues: number[];
  /** timm's warmup_steps: the per-group warmup increment. */
  private warmupSteps: number[];
  /** timm's `self.metric` (the last metric passed to a step), when there is one. */
  private hasMetric = false;
  private lastMetric = 0;
  /** WSD's callable decay_fn, when one was given (never part of the state). */
  decayFn?: TimmDecayFn;

  constructor(
    optimizer: Optimizer,
    scheduler: TimmConfig['scheduler'],
    kwargs?: Record<string, unknown>,
  ) {
    const { config, decayFn } = resolveTimmConfig(scheduler, kwargs);
    checkTimmGroups(optimizer, config.initialize);
    const base = optimizer.paramGroups.map((g) =>
      config.initialize ? (g.initialLr ?? g.lr) : g.initialLr!,
    );
    // Tanh without a prefix warmup climbs to its own curve's value at warmup_t, read before
    // anything is written (it may fail, as timm's does, for shrinking cycles).
    let targets = base;
    if (scheduler === 'TanhLRScheduler' && config.warmup_t && !config.warmup_prefix) {
      targets = base.slice();
      timmLrs(config, config.warmup_t, base, [], decayFn, targets);
    }
    const warmupSteps = warmupIncrements(targets, config.warmup_t, config.warmup_lr_init);
    super(optimizer);
    this.config = config;
    if (decayFn) this.decayFn = decayFn;
    this.baseValues = timmBaseValues(optimizer, config.initialize);
    this.warmupSteps = warmupSteps;
    updateTimmGroups(optimizer, this.baseValues, this.lastLrs);
    if (config.warmup_t) {
      updateTimmGroups(
        optimizer,
        base.map(() => config.warmup_lr_init),
        this.lastLrs,
      );
    }
  }

  /** The last metric passed to a step (timm's `self.metric`), null for none. */
  get metric(): number | null {
    return this.hasMetric ? this.lastMetric : null;
  }

  /** The timm class this scheduler reproduces. */
  get timmName(): TimmConfig['scheduler'] {
    return this.config.scheduler;
  }

  /** Saved as `timm.<class>`, so a state only loads into the same timm scheduler. */
  protected override get schedulerName(): string {
    return `timm.${this.config.scheduler}`;
  }

  /** timm's `step(epoch, metric)`: sets the lr of `epoch` when `t_in_epochs` (the default). */
  override step(epoch: number, metric?: number | null): void {
    this.advance('epoch', epoch, metric, true);
  }

  /** timm's `step_update(num_updates, metric)`: sets the lr of `numUpdates` when not `t_in_epochs`. */
  stepUpdate(numUpdates: number, metric?: number | null): void {
    this.advance('numUpdates', numUpdates, metric, false);
  }

  /** timm's `_get_lr(t)` for every group, without stepping (before lr_scale, without noise). */
  lrAt(t: number): number[] {
    const out = this.baseValues.slice();
    timmLrs(this.config, timmTime('t', t), this.baseValues, this.warmupSteps, this.decayFn, out);
    return out;
  }

  /**
   * timm's `get_cycle_length()` (cosine, tanh, poly and WSD): steps of the cycles up to
   * cycle_limit, with a prefix warmup. Throws for Step and MultiStep, which have none.
   */
  getCycleLength(): number {
    const kind = this.config.scheduler;
    if (kind === 'StepLRScheduler' || kind === 'MultiStepLRScheduler') {
      invalid(
        'scheduler',
        kind,
        'has no get_cycle_length in timm (only cosine, tanh, poly and WSD)',
      );
    }
    return timmCycleLength(this.config);
  }

  private advance(name: string, t: number, metric: unknown, onEpoch: boolean): void {
    const time = timmTime(name, t);
    const m = timmMetric(metric);
    if (onEpoch !== this.config.t_in_epochs) {
      this.setMetric(m);
      return;
    }
    const values = this.baseValues.slice();
    timmLrs(this.config, time, this.baseValues, this.warmupSteps, this.decayFn, values);
    addTimmNoise(this.config, values, time);
    for (let i = 0; i < values.length; i++) {
      if (!(Number.isFinite(values[i]!) && values[i]! >= 0)) {
        invalid(
          name,
          t,
          `gives an lr that is not a non-negative finite number (${values[i]}) for group ${i}`,
        );
      }
    }
    this.setMetric(m);
    updateTimmGroups(this.optimizer, values, this.lastLrs);
    if (this.verbose) for (let i = 0; i < values.length; i++) this.logLr(i, this.lastLrs[i]!);
  }

  private setMetric(metric: number | null): void {
    this.hasMetric = metric !== null;
    this.lastMetric = metric ?? 0;
  }

  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    checkSameConfig(next.config, this.config, root);
    checkNumbers(next, 'baseValues', root);
    checkNumbers(next, 'warmupSteps', root);
  }
}

/** A state saved with other timm arguments belongs to another schedule. */
export function checkSameConfig(saved: unknown, live: object, root = 'state'): void {
  if (saved !== undefined && JSON.stringify(saved) !== JSON.stringify(live)) {
    invalid(
      `${root}.config`,
      saved,
      `must equal this scheduler's timm arguments (${JSON.stringify(live)}): the state was saved with other arguments`,
    );
  }
}

/** Every entry of a saved per-group list is a finite number. */
export function checkNumbers(
  next: Readonly<Record<string, unknown>>,
  key: string,
  root = 'state',
): void {
  const list = next[key];
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) finiteNumber(`${root}.${key}[${i}]`, list[i]);
}
