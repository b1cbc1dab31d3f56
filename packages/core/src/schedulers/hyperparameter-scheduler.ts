import { type Commit, PREPARE_LOAD } from '../internal/prepare-load';
import { type FieldRule, ownValue } from '../internal/state';
import {
  boolean,
  eachOf,
  finiteNumber,
  invalid,
  isPlainObject,
  knownKeys,
  lastEpochOption,
  nonNegativeInteger,
  oneOf,
} from '../internal/validate';
import { type Optimizer, validateOptimizer } from '../optimizer';
import { BaseScheduler } from '../scheduler';
import { scheduleListOption, scheduleOption } from '../schedules/options';
import type { Schedule, ScheduleSpec } from '../schedules/schedule';

/** Options of {@link HyperparameterScheduler}. */
export interface HyperparameterSchedulerOptions {
  /**
   * The numeric param-group field to schedule: `'weightDecay'`, `'momentum'`, `'eps'`, any field
   * the optimizer reads from its groups, or `'beta1'` / `'beta2'` (the entries of `betas`).
   */
  field: string;
  /** One closed-form schedule for every group, or one per param group. */
  schedule: Schedule | readonly Schedule[];
  /** 'absolute' (default): the field = schedule(step); 'multiplier': its initial value × schedule(step). */
  scale?: 'absolute' | 'multiplier';
  /** -1 for a fresh start, or the step to resume from. */
  lastEpoch?: number;
  verbose?: boolean;
}

const OPTION_KEYS = ['field', 'schedule', 'scale', 'lastEpoch', 'verbose'];
/** Written by the lr schedulers themselves: scheduling them here would fight them. */
const RESERVED = new Set(['lr', 'initialLr', 'params', 'betas']);

type Group = Record<string, unknown>;

function readField(group: Group, field: string): unknown {
  if (field === 'beta1' || field === 'beta2') {
    const betas = group.betas;
    return Array.isArray(betas) ? betas[field === 'beta1' ? 0 : 1] : undefined;
  }
  return group[field];
}

function writeField(group: Group, field: string, value: number): void {
  if (field === 'beta1' || field === 'beta2') {
    const [b1, b2] = group.betas as readonly [number, number];
    // A fresh tuple, as OneCycleLR writes betas: runtimes may hold on to the old one.
    group.betas = field === 'beta1' ? [value, b2] : [b1, value];
    return;
  }
  group[field] = value;
}

/**
 * Schedules any numeric field of the param groups with a closed-form schedule, as ScheduleLR
 * does the lr: weight decay (Megatron's schedule), Adam's beta2, momentum, eps. Step it beside
 * the lr scheduler (two runner entries with the same interval). The adapters read the fields at
 * every update: `@lrkit/onnx-training` feeds them to its graphs, `@lrkit/tfjs` writes them through.
 *
 * @example
 * const wd = new HyperparameterScheduler(optimizer, {
 *   field: 'weightDecay',
 *   schedule: linearSchedule({ startLr: 0.01, endLr: 0.1, transitionSteps: 1000 }),
 * });
 */
export class HyperparameterScheduler extends BaseScheduler {
  static override readonly schedulerName = 'HyperparameterScheduler';
  static override readonly stateRules: Readonly<Record<string, FieldRule>> = {
    field: (p, v) => {
      if (typeof v !== 'string' || v.length === 0) invalid(p, v, 'must be a field name');
    },
    scale: (p, v) => oneOf(p, v, ['absolute', 'multiplier']),
    baseValues: eachOf(finiteNumber),
    lastValues: eachOf(finiteNumber),
    lastEpoch: nonNegativeInteger,
  };
  readonly #schedules: Schedule[];
  private field: string;
  private scale: 'absolute' | 'multiplier';
  private specs: ScheduleSpec[];
  /** The field's value in every group before the first step (the base of 'multiplier'). */
  baseValues: number[];
  /** The value written to every group at the last step. */
  lastValues: number[];
  lastEpoch: number;

  constructor(optimizer: Optimizer, options: HyperparameterSchedulerOptions) {
    knownKeys('HyperparameterScheduler', options, OPTION_KEYS);
    const groups = validateOptimizer(optimizer).paramGroups as unknown as Group[];
    const field = fieldOption(options.field, groups);
    const schedules = schedulesPerGroup(options.schedule, groups.length);
    const scale = oneOf('scale', options.scale ?? 'absolute', ['absolute', 'multiplier']);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    const verbose = boolean('verbose', options.verbose ?? false);
    super(optimizer, verbose);
    this.#schedules = schedules;
    this.field = field;
    this.scale = scale;
    this.specs = schedules.map((s) => s.spec);
    this.baseValues = groups.map((g) => readField(g, field) as number);
    this.lastValues = this.baseValues.slice();
    this.lastEpoch = lastEpoch;
    this.step();
  }

  /** The schedule of every param group (the same object repeated when one was given). */
  get schedules(): readonly Schedule[] {
    return this.#schedules.slice();
  }

  /** The scheduled field. */
  get scheduledField(): string {
    return this.field;
  }

  /** The field's value in every group at the last step. */
  getLastValues(): number[] {
    return this.lastValues.slice();
  }

  /** The field's value in every group at `step` (an integer ≥ 0), without stepping. */
  valuesAt(step: number): number[] {
    return this.#schedules.map((schedule, i) => {
      const value = schedule.lrAt(step);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        invalid(`schedule[${i}]`, value, `must return a finite number (at step ${step})`);
      }
      return this.scale === 'multiplier' ? this.baseValues[i]! * value : value;
    });
  }

  /** Advances one step, or jumps to `epoch`; the values are computed before anything changes. */
  step(epoch?: number): void {
    const next =
      epoch === undefined ? this.lastEpoch + 1 : finiteNonNegativeInteger('epoch', epoch);
    const values = this.valuesAt(next);
    this.lastEpoch = next;
    this.apply(values);
  }

  private apply(values: readonly number[]): void {
    const groups = this.optimizer.paramGroups as unknown as Group[];
    for (let i = 0; i < groups.length; i++) {
      writeField(groups[i]!, this.field, values[i]!);
      this.lastValues[i] = values[i]!;
      if (this.verbose) {
        console.log(`Adjusting ${this.field} of group ${i} to ${values[i]!.toExponential(4)}.`);
      }
    }
    this.recordLastLrs();
  }

  /** The field must be this scheduler's (the rules saw each field alone). */
  protected override checkState(next: Readonly<Record<string, unknown>>, root = 'state'): void {
    super.checkState(next, root);
    if (next.field !== this.field) {
      invalid(
        `${root}.field`,
        next.field,
        `must be '${this.field}' (the field this scheduler drives)`,
      );
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

  /** A load writes the scheduled field (betas for beta1/beta2), not the lr. */
  protected override writtenKeys(): readonly string[] {
    return [this.field === 'beta1' || this.field === 'beta2' ? 'betas' : this.field];
  }

  /** Restores the fields and writes the saved values back to the groups (the lr is not ours). */
  protected override commitState(next: Readonly<Record<string, unknown>>): void {
    Object.assign(this, next);
    const groups = this.optimizer.paramGroups as unknown as Group[];
    groups.forEach((g, i) => {
      writeField(g, this.field, this.lastValues[i]!);
    });
  }
}

function finiteNonNegativeInteger(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    invalid(parameter, value, 'must be a non-negative integer');
  }
  return value;
}

function fieldOption(value: unknown, groups: readonly Group[]): string {
  if (typeof value !== 'string' || value.length === 0) {
    invalid('field', value, "must be the name of a numeric param-group field, e.g. 'weightDecay'");
  }
  if (RESERVED.has(value)) {
    invalid(
      'field',
      value,
      value === 'betas'
        ? "must name one entry of betas: 'beta1' or 'beta2'"
        : 'must not be lr or initialLr: schedule the lr with an lr scheduler (ScheduleLR)',
    );
  }
  groups.forEach((group, i) => {
    const current = readField(group, value);
    if (typeof current !== 'number' || !Number.isFinite(current)) {
      invalid(
        `optimizer.paramGroups[${i}].${value}`,
        current,
        'must be a finite number: a scheduled field must exist in every param group',
      );
    }
  });
  return value;
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
