import type { JsonValue } from '../internal/state';
import { invalid } from '../internal/validate';

/**
 * The JSON description of a closed-form schedule: `{ type: 'cosine', peakLr: 0.1, ... }`.
 * Wrappers (warmup, join, restarts, noise) nest the specs of the schedules they wrap. A spec
 * holds data only, never code; `scheduleFromSpec` rebuilds the schedule from it.
 */
export interface ScheduleSpec {
  readonly type: string;
  readonly [field: string]: JsonValue;
}

/**
 * A closed-form schedule: a pure function of the integer step (0, 1, 2, ...), evaluated at any
 * step without stepping. Built by the `*Schedule` builders and the library presets; drives an
 * optimizer through `ScheduleLR`.
 */
export interface Schedule {
  /** The value at `step` (an integer ≥ 0): an absolute lr, or a multiplier for the HF presets. */
  lrAt(step: number): number;
  /** The JSON spec this schedule was built from (frozen). */
  readonly spec: ScheduleSpec;
}

/** Throws unless `step` is an integer ≥ 0. */
export function checkStep(step: unknown): number {
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) {
    invalid('step', step, 'must be a non-negative integer');
  }
  return step;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

class ClosedFormSchedule implements Schedule {
  readonly spec: ScheduleSpec;
  readonly #at: (step: number) => number;

  constructor(spec: ScheduleSpec, at: (step: number) => number) {
    this.spec = deepFreeze(spec);
    this.#at = at;
  }

  lrAt(step: number): number {
    // The check inlined (rather than checkStep) keeps the per-step cost of previews low.
    if (!Number.isSafeInteger(step) || step < 0) checkStep(step);
    return this.#at(step);
  }

  toJSON(): ScheduleSpec {
    return this.spec;
  }
}

/** The unchecked formulas of the schedules built here, for wrappers to call directly. */
const formulas = new WeakMap<Schedule, (step: number) => number>();

/**
 * The formula of a schedule for a wrapper to call on steps it has already checked: the bare
 * function for lrkit's schedules (no repeated validation per level), `lrAt` for others.
 */
export function formulaOf(schedule: Schedule): (step: number) => number {
  return formulas.get(schedule) ?? ((step) => schedule.lrAt(step));
}

/** Writes the values at steps `from … from + count − 1` into `out[offset …]`. */
export type RangeFill = (
  out: Float64Array | number[],
  offset: number,
  from: number,
  count: number,
) => void;

const fills = new WeakMap<Schedule, RangeFill>();

/**
 * A range evaluator for long curves (preview): a schedule's own tight loop where it has one (so
 * the formula is inlined rather than called through a shared, megamorphic call site), or a loop
 * over its formula. Values are identical to `lrAt`.
 */
export function fillOf(schedule: Schedule): RangeFill {
  const own = fills.get(schedule);
  if (own) return own;
  const at = formulaOf(schedule);
  return (out, offset, from, count) => {
    for (let k = 0; k < count; k++) out[offset + k] = at(from + k);
  };
}

/**
 * Wraps a validated spec and its formula as a Schedule. `at` receives steps already checked to
 * be integers ≥ 0. Undefined fields are dropped so the spec is plain JSON.
 */
export function makeSchedule(
  spec: { type: string; [field: string]: JsonValue | undefined },
  at: (step: number) => number,
  fill?: RangeFill,
): Schedule {
  const clean: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(spec)) if (value !== undefined) clean[key] = value;
  const schedule = new ClosedFormSchedule(clean as ScheduleSpec, at);
  formulas.set(schedule, at);
  if (fill) fills.set(schedule, fill);
  return schedule;
}
