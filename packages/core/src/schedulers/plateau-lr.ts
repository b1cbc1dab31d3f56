import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import { type FieldRule, ownValue } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  invalid,
  isPlainObject,
  knownKeys,
  oneOf,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { scheduleListOption, scheduleOption } from '../schedules/options';
import type { Schedule, ScheduleSpec } from '../schedules/schedule';
import {
  judgeMetric,
  PLATEAU_RULE_KEYS,
  PLATEAU_STATE_RULES,
  type PlateauRuleOptions,
  plateauRule,
} from './plateau-rule';

/**
 * What PlateauLR reduces: `'chainable'` (no schedule) multiplies the group's current lr, so it
 * composes with whatever set it (warmup before it in SequentialLR, a cosine beside it in
 * ChainedScheduler); `'absolute'` / `'multiplier'` reduce a closed-form schedule's values.
 */
export type PlateauLRSource = 'chainable' | 'absolute' | 'multiplier';

/** Options of {@link PlateauLR}. */
export interface PlateauLROptions extends PlateauRuleOptions, SchedulerBaseOptions {
  /**
   * A schedule to reduce (one for all groups or one per group): lr = schedule(step) × factor^k
   * after k plateaus. Without one, each plateau multiplies the group's current lr by factor.
   */
  schedule?: Schedule | readonly Schedule[];
  /** How the schedule's values are read: lrs ('absolute', default) or base-lr multipliers. */
  scale?: 'absolute' | 'multiplier';
}

const OPTION_KEYS = [...PLATEAU_RULE_KEYS, 'schedule', 'scale', 'lastEpoch', 'verbose'];

/**
 * ReduceLROnPlateau as a composable LRScheduler: a child of SequentialLR, ChainedScheduler and
 * ParamwiseScheduler, a runner entry with a `monitor`, and a multiplier on top of a closed-form
 * schedule. Step it with the monitored metric, `step(valLoss)`; composites holding it take
 * `step(metric)` and pass the metric on. The plateau rule is ReduceLROnPlateau's exactly.
 *
 * @example
 * // warm up for 5 epochs, then cut by 10× when val_loss stalls for 3 epochs
 * const warmup = new LinearLR(optimizer, { startFactor: 0.1, totalIters: 5 });
 * const plateau = new PlateauLR(optimizer, { patience: 3 });
 * const scheduler = new SequentialLR(optimizer, { schedulers: [warmup, plateau], milestones: [5] });
 * scheduler.step(valLoss); // once per epoch
 */
export class PlateauLR extends LRScheduler {
  static override readonly schedulerName = 'PlateauLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    ...PLATEAU_STATE_RULES,
    hasBest: boolean,
    best: finiteNumber,
    multipliers: eachOf((p, v) => {
      if (typeof v !== 'number' || !(v > 0 && v <= 1)) invalid(p, v, 'must be a number in (0, 1]');
    }),
    source: (p, v) => oneOf(p, v, ['chainable', 'absolute', 'multiplier']),
  };
  readonly #schedules: Schedule[] | undefined;
  private mode: 'min' | 'max';
  private factor: number;
  private patience: number;
  private threshold: number;
  private thresholdMode: 'rel' | 'abs';
  private cooldown: number;
  private minLrs: number[];
  private eps: number;
  private source: PlateauLRSource;
  /** The schedules' specs, saved so a resume can check it has the same ones (empty if chainable). */
  private specs: ScheduleSpec[];
  /** Whether a metric has been seen; `best` is meaningless before it (a state holds no ±Infinity). */
  hasBest = false;
  best = 0;
  numBadEpochs = 0;
  cooldownCounter = 0;
  /** factor^k per group after k effective reductions (schedule sources only). */
  multipliers: number[];
  /** Set for the duration of one step: whether this metric ends a plateau. */
  declare private reducing: boolean;

  constructor(optimizer: Optimizer, options: PlateauLROptions = {}) {
    knownKeys('PlateauLR', options, OPTION_KEYS);
    const groupCount = validateOptimizer(optimizer).paramGroups.length;
    const rule = plateauRule(options, groupCount);
    const schedules = schedulesOption(options.schedule, groupCount);
    if (options.scale !== undefined && !schedules) {
      invalid('scale', options.scale, 'must be omitted when no schedule is given');
    }
    const scale = oneOf('scale', options.scale ?? 'absolute', ['absolute', 'multiplier']);
    if (options.verbose !== undefined) boolean('verbose', options.verbose);
    super(optimizer, options);
    this.#schedules = schedules;
    this.mode = rule.mode;
    this.factor = rule.factor;
    this.patience = rule.patience;
    this.threshold = rule.threshold;
    this.thresholdMode = rule.thresholdMode;
    this.cooldown = rule.cooldown;
    this.minLrs = rule.minLrs;
    this.eps = rule.eps;
    this.source = schedules ? scale : 'chainable';
    this.specs = schedules ? schedules.map((s) => s.spec) : [];
    this.multipliers = Array.from({ length: groupCount }, () => 1);
    Object.defineProperty(this, 'reducing', { value: false, writable: true, enumerable: false });
    this.initialStep();
  }

  /** Always true: composites and the runner step it with the monitored metric. */
  get metricDriven(): boolean {
    return true;
  }

  /** What the plateau reduces: the current lr ('chainable') or a schedule's values. */
  get reduces(): PlateauLRSource {
    return this.source;
  }

  /**
   * Records one metric and advances one step; after more than `patience` bad steps the lr drops
   * by `factor` (never below `minLr`). Only the construction step needs no metric. A bad metric
   * throws before anything changes.
   */
  override step(metric?: number): void {
    if (metric === undefined && this.stepCount === 0) {
      super.step();
      return;
    }
    if (metric === undefined) {
      invalid('metric', metric, 'PlateauLR.step needs the monitored metric, e.g. step(valLoss)');
    }
    finiteNumber('metric', metric);
    const { next, reduce } = judgeMetric(this.rule(), this.countersOf(), metric);
    const multipliers = this.multipliers.slice();
    this.reducing = reduce;
    try {
      super.step();
    } catch (error) {
      this.multipliers = multipliers;
      throw error;
    } finally {
      this.reducing = false;
    }
    this.hasBest = true;
    this.best = next.best;
    this.numBadEpochs = next.numBadEpochs;
    this.cooldownCounter = next.cooldownCounter;
  }

  getLr(): number[] {
    return this.freshLr();
  }

  protected override computeLr(out: number[]): void {
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < out.length; i++) {
      if (this.source === 'chainable') {
        // Step 0 starts from the base lr (as any child of SequentialLR at its milestone does);
        // later steps keep whatever the lr is, so a chained schedule's changes carry through.
        const lr = this.lastEpoch === 0 ? this.baseLrs[i]! : groups[i]!.lr;
        out[i] = this.reducing ? this.dropped(lr, Math.max(lr * this.factor, this.minLrs[i]!)) : lr;
        continue;
      }
      const base = this.scheduleValue(i, this.lastEpoch);
      const floor = this.floorOf(i, base);
      const current = Math.max(base * this.multipliers[i]!, floor);
      if (!this.reducing) {
        out[i] = current;
        continue;
      }
      const next = this.dropped(
        current,
        Math.max(base * this.multipliers[i]! * this.factor, floor),
      );
      if (next !== current) this.multipliers[i] = this.multipliers[i]! * this.factor;
      out[i] = next;
    }
  }

  /** The floor of reductions: minLr, or the schedule's own value where that is lower. */
  private floorOf(group: number, base: number): number {
    return Math.min(this.minLrs[group]!, base);
  }

  /** ReduceLROnPlateau's rule: the drop happens only if it is larger than eps. */
  private dropped(lr: number, candidate: number): number {
    return lr - candidate > this.eps ? candidate : lr;
  }

  private scheduleValue(group: number, step: number): number {
    const value = this.#schedules![group]!.lrAt(step);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      invalid(`schedule[${group}]`, value, `must return a finite number (at step ${step})`);
    }
    return this.source === 'multiplier' ? this.baseLrs[group]! * value : value;
  }

  private rule() {
    return {
      mode: this.mode,
      factor: this.factor,
      patience: this.patience,
      threshold: this.threshold,
      thresholdMode: this.thresholdMode,
      cooldown: this.cooldown,
      minLrs: this.minLrs,
      eps: this.eps,
    };
  }

  private countersOf() {
    const best = this.hasBest
      ? this.best
      : this.mode === 'min'
        ? Number.POSITIVE_INFINITY
        : Number.NEGATIVE_INFINITY;
    return { best, numBadEpochs: this.numBadEpochs, cooldownCounter: this.cooldownCounter };
  }

  /** The source must match (the rules saw each field alone). */
  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    if (next.source !== this.source) {
      invalid(`${root}.source`, next.source, `must be '${this.source}' (this PlateauLR's source)`);
    }
  }

  /** A state saved with other schedules is refused first, whatever else it holds. */
  override [PREPARE_LOAD](state: unknown, root: string): Commit {
    const saved = isPlainObject(state) ? ownValue(state, 'specs') : undefined;
    if (saved !== undefined && JSON.stringify(saved) !== JSON.stringify(this.specs)) {
      invalid(
        `${root}.specs`,
        saved,
        `must equal this scheduler's schedule specs (${JSON.stringify(this.specs)}): the state was saved with other schedules`,
      );
    }
    return super[PREPARE_LOAD](state, root);
  }
}

function schedulesOption(value: unknown, groupCount: number): Schedule[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    const one = scheduleOption('schedule', value);
    return Array.from({ length: groupCount }, () => one);
  }
  const list = scheduleListOption('schedule', value);
  if (list.length !== groupCount) {
    invalid(
      'schedule',
      value,
      `must be one Schedule or a list of ${groupCount} (one per param group), but the list has ${list.length}`,
    );
  }
  return list;
}
