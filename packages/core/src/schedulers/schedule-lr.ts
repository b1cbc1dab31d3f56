import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import { type FieldRule, ownValue } from '../internal/state';
import { invalid, isPlainObject, oneOf, readOptions } from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { LRScheduler, type SchedulerBaseOptions } from '../scheduler';
import { scheduleListOption, scheduleOption } from '../schedules/options';
import type { Schedule, ScheduleSpec } from '../schedules/schedule';

/**
 * How ScheduleLR reads a schedule's values: `'multiplier'` scales each group's base lr
 * (transformers' LambdaLR presets), `'absolute'` uses the values as lrs.
 */
export type ScheduleLRMode = 'multiplier' | 'absolute';

const SCALE_MODES = ['multiplier', 'absolute'] as const;

/** Options of {@link ScheduleLR}. */
export interface ScheduleLROptions extends SchedulerBaseOptions {
  /** One closed-form schedule for every group, or one per param group. */
  schedule: Schedule | readonly Schedule[];
  /** 'multiplier': lr = baseLr × schedule(step); 'absolute': lr = schedule(step). */
  scale: ScheduleLRMode;
}

/**
 * Drives an optimizer with any closed-form schedule (composed, warmed up, a library preset):
 * step k sets every group to its schedule's value at k, scaled by the group's base lr in
 * 'multiplier' mode. Per-group schedules give per-group shapes; `stateDict()` saves the step
 * and the schedules' specs, and `loadStateDict()` refuses a state saved with other schedules.
 *
 * @example
 * const schedule = warmupSchedule({ warmupSteps: 100, schedule: cosineSchedule({ peakLr: 1, decaySteps: 900 }) });
 * const scheduler = new ScheduleLR(optimizer, { schedule, scale: 'multiplier' });
 */
export class ScheduleLR extends LRScheduler {
  static override readonly schedulerName = 'ScheduleLR';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    scale: (p, v) => oneOf(p, v, SCALE_MODES),
  };
  readonly #schedules: Schedule[];
  private scale: ScheduleLRMode;
  /** The schedules' specs, saved in the state so a resume can check it has the same ones. */
  private specs: ScheduleSpec[];

  constructor(optimizer: Optimizer, options: ScheduleLROptions) {
    options = readOptions('ScheduleLR', options, ['schedule', 'scale', 'lastEpoch', 'verbose']);
    const groupCount = validateOptimizer(optimizer).paramGroups.length;
    const schedules = schedulesPerGroup(options.schedule, groupCount);
    const scale = oneOf('scale', options.scale, SCALE_MODES);
    super(optimizer, options);
    this.#schedules = schedules;
    this.scale = scale;
    this.specs = schedules.map((s) => s.spec);
    this.initialStep();
  }

  /** The schedule of every param group (the same object repeated when one was given). */
  get schedules(): readonly Schedule[] {
    return this.#schedules.slice();
  }

  /** Whether the schedules' values multiply the base lrs or are the lrs. */
  get scaleMode(): ScheduleLRMode {
    return this.scale;
  }

  /** The lr of every group at `step` (an integer ≥ 0), without stepping. */
  lrAt(step: number): number[] {
    return this.#schedules.map((_, i) => this.groupLrAt(i, step));
  }

  private groupLrAt(group: number, step: number): number {
    const value = this.#schedules[group]!.lrAt(step);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      invalid(`schedule[${group}]`, value, `must return a finite number (at step ${step})`);
    }
    return this.scale === 'multiplier' ? this.baseLrs[group]! * value : value;
  }

  getLr(): number[] {
    return this.lrAt(this.lastEpoch);
  }

  /** Writes the lrs in place, so stepping allocates nothing. */
  protected override computeLr(out: number[]): void {
    const step = this.lastEpoch;
    for (let i = 0; i < out.length; i++) out[i] = this.groupLrAt(i, step);
  }

  protected override closedFormLr(): number[] {
    return this.lrAt(this.lastEpoch);
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

function schedulesPerGroup(value: unknown, groupCount: number): Schedule[] {
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
