import { invalid, isPlainObject, nonNegativeNumber, positiveInteger } from '../internal/validate';
import { LIMITS } from '../limits';
import type { Optimizer, ParamGroup } from '../optimizer';
import { isMetricDriven } from '../runner/scheduler-runner';
import type { Scheduler } from '../scheduler';
import type { ScheduleLRMode } from '../schedulers/schedule-lr';
import { isScheduleType, scheduleFromSpec } from '../schedules/registry';
import { fillOf, type Schedule } from '../schedules/schedule';
import { defaultScaleOf } from '../spec/closed-form';
import { fromSpec } from '../spec/from-spec';
import { checkJson, type SchedulerSpec } from '../spec/spec-json';

export interface PreviewOptions {
  /** Number of points: the lr used at steps 0 … steps − 1. */
  steps: number;
  /** One base lr per param group. Default [0.1] (one per group where the spec has several). */
  baseLrs?: readonly number[];
  /** The metric given to each step of a metric-driven spec (ReduceLROnPlateau); steps − 1 values. */
  metrics?: readonly number[];
  /**
   * true: return Float64Arrays instead of arrays, for curves of millions of points (about twice
   * as fast, a quarter of the memory). Default false.
   */
  typed?: boolean;
}

/** A curve: `lr[group][i]` is the lr at `steps[i]`; `momentum` where the schedule cycles it. */
export interface PreviewCurve<S extends ArrayLike<number> = number[]> {
  steps: S;
  lr: S[];
  momentum?: S[];
}

/** `preview(spec, { typed: true })`: the same curve in Float64Arrays. */
export type TypedPreviewCurve = PreviewCurve<Float64Array>;

type Series = number[] | Float64Array;
type Curve = PreviewCurve<Series>;
type Checked = Required<PreviewOptions>;

function allocate(steps: number, typed: boolean): Series {
  return typed ? new Float64Array(steps) : new Array<number>(steps);
}

/** Builds a scheduler on the throwaway optimizer that `preview` makes. */
export type SchedulerFactory = (optimizer: Optimizer) => Scheduler;

/** The momentum a throwaway group starts with, as torch.optim.SGD users commonly set. */
const START_MOMENTUM = 0.9;
const DEFAULT_LR = 0.1;
const PER_GROUP_FIELDS = ['baseLr', 'maxLr', 'minLr', 'baseMomentum', 'maxMomentum'];

function isSchedule(value: unknown): value is Schedule {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Schedule).lrAt === 'function' &&
    isPlainObject((value as Schedule).spec)
  );
}

/** Param groups implied by a spec: ParamwiseScheduler children, per-group lists; default 1. */
function groupCountOf(spec: unknown): number {
  if (Array.isArray(spec)) return Math.max(1, ...spec.map(groupCountOf));
  if (!isPlainObject(spec)) return 1;
  let count = 1;
  if (spec.type === 'ParamwiseScheduler' && Array.isArray(spec.schedulers)) {
    count = spec.schedulers.length;
  }
  if (spec.type === 'ScheduleLR' && Array.isArray(spec.schedule)) count = spec.schedule.length;
  for (const field of PER_GROUP_FIELDS) {
    const value = spec[field];
    if (Array.isArray(value)) count = Math.max(count, value.length);
  }
  if (spec.type !== 'ParamwiseScheduler' && Array.isArray(spec.schedulers)) {
    count = Math.max(count, groupCountOf(spec.schedulers));
  }
  return count;
}

/** Whether a spec cycles momentum anywhere (CyclicLR, OneCycleLR unless cycleMomentum: false). */
function cyclesMomentum(spec: unknown): boolean {
  if (Array.isArray(spec)) return spec.some(cyclesMomentum);
  if (!isPlainObject(spec)) return false;
  if ((spec.type === 'CyclicLR' || spec.type === 'OneCycleLR') && spec.cycleMomentum !== false) {
    return true;
  }
  return cyclesMomentum(spec.schedulers);
}

function checkOptions(options: unknown, groupsFromSpec: () => number): Checked {
  if (!isPlainObject(options)) invalid('options', options, 'must be an object { steps, ... }');
  for (const key of Object.keys(options)) {
    if (!['steps', 'baseLrs', 'metrics', 'typed'].includes(key)) {
      invalid(
        `options.${key}`,
        options[key],
        'is not a preview option (steps, baseLrs, metrics, typed)',
      );
    }
  }
  const steps = positiveInteger('steps', options.steps);
  if (steps > LIMITS.maxPreviewSteps) {
    invalid('steps', steps, `must be at most ${LIMITS.maxPreviewSteps} (LIMITS.maxPreviewSteps)`);
  }
  let baseLrs: number[];
  if (options.baseLrs === undefined) {
    baseLrs = new Array<number>(groupsFromSpec()).fill(DEFAULT_LR);
  } else {
    if (!Array.isArray(options.baseLrs) || options.baseLrs.length === 0) {
      invalid('baseLrs', options.baseLrs, 'must be a non-empty array, one lr per param group');
    }
    baseLrs = options.baseLrs.map((lr, i) => nonNegativeNumber(`baseLrs[${i}]`, lr));
  }
  const metrics = options.metrics ?? [];
  if (!Array.isArray(metrics)) invalid('metrics', metrics, 'must be an array of numbers');
  metrics.forEach((m, i) => {
    if (typeof m !== 'number' || !Number.isFinite(m)) {
      invalid(`metrics[${i}]`, m, 'must be a finite number');
    }
  });
  const typed = options.typed ?? false;
  if (typeof typed !== 'boolean') invalid('typed', typed, 'must be a boolean');
  return { steps, baseLrs, metrics, typed };
}

function stepIndices(steps: number, typed: boolean): Series {
  const out = allocate(steps, typed);
  for (let i = 0; i < steps; i++) out[i] = i;
  return out;
}

/**
 * A curve whose `steps` (always 0 … steps − 1) are built on first read, then kept: a plot that
 * only needs the lrs of a million steps does not pay for the indices. Enumerable, so JSON,
 * spreading and structuredClone see it like a plain field.
 */
function curveOf(steps: number, typed: boolean, lr: Series[]): Curve {
  const curve = { lr } as Curve;
  Object.defineProperty(curve, 'steps', {
    enumerable: true,
    configurable: true,
    get(): Series {
      const value = stepIndices(steps, typed);
      Object.defineProperty(curve, 'steps', { value, enumerable: true, writable: true });
      return value;
    },
    set(value: Series) {
      Object.defineProperty(curve, 'steps', { value, enumerable: true, writable: true });
    },
  });
  return curve;
}

/**
 * Evaluates a closed form at 0 … steps − 1 into a plain array: one allocation, then a tight
 * loop (a non-finite value is caught after the loop, which costs nothing per step).
 */
function evaluate(
  schedule: Schedule,
  steps: number,
  factor: number,
  group: number,
  typed: boolean,
): Series {
  const out = allocate(steps, typed);
  // The bare formula: steps 0 … steps − 1 need no per-call validation.
  fillOf(schedule)(out, 0, 0, steps);
  let sum = 0;
  if (factor === 1) {
    for (let i = 0; i < steps; i++) sum += out[i]!;
  } else {
    for (let i = 0; i < steps; i++) {
      const value = factor * out[i]!;
      out[i] = value;
      sum += value;
    }
  }
  // NaN or ±Infinity anywhere makes the sum non-finite; only then look for the step.
  if (!Number.isFinite(sum)) {
    const i = Array.prototype.findIndex.call(out, (v: number) => !Number.isFinite(v));
    if (i >= 0) invalid(`schedule[${group}]`, out[i], `must give a finite lr (at step ${i})`);
  }
  return out;
}

/** The fast path: closed forms are evaluated directly, without a scheduler or an optimizer. */
function previewClosedForm(schedule: Schedule, scale: ScheduleLRMode, options: Checked): Curve {
  const { steps, baseLrs, typed } = options;
  const lr: Series[] = [];
  let absolute: Series | undefined;
  baseLrs.forEach((baseLr, g) => {
    if (scale === 'multiplier') {
      lr.push(evaluate(schedule, steps, baseLr, g, typed));
      return;
    }
    // Absolute lrs do not depend on the group: compute once, copy for the others.
    absolute = absolute ? absolute.slice() : evaluate(schedule, steps, 1, g, typed);
    lr.push(absolute);
  });
  return curveOf(steps, typed, lr);
}

/** Steps a real scheduler on a throwaway optimizer and records every group. */
function previewStepped(
  build: SchedulerFactory,
  options: Checked,
  withMomentum: boolean | 'observed',
  what: string,
): Curve {
  const { steps, baseLrs, metrics, typed } = options;
  const groups: ParamGroup[] = baseLrs.map((lr) =>
    withMomentum === false ? { lr } : { lr, momentum: START_MOMENTUM },
  );
  const optimizer: Optimizer = { paramGroups: groups };
  const scheduler = build(optimizer);
  const metricDriven = isMetricDriven(scheduler);
  if (metricDriven && metrics.length < steps - 1) {
    invalid(
      'metrics',
      metrics,
      `must hold ${steps - 1} values (one per step after the first): ${what} is stepped with a metric`,
    );
  }
  const lr = groups.map(() => allocate(steps, typed));
  const momentum = groups.map(() => allocate(steps, typed));
  let moved = false;
  for (let i = 0; i < steps; i++) {
    if (i > 0) {
      if (metricDriven) scheduler.step(metrics[i - 1]);
      else scheduler.step();
    }
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      lr[g]![i] = group.lr;
      const m = group.momentum ?? Number.NaN;
      momentum[g]![i] = m;
      if (m !== START_MOMENTUM) moved = true;
    }
  }
  const curve = curveOf(steps, typed, lr);
  if (withMomentum === true || (withMomentum === 'observed' && moved)) curve.momentum = momentum;
  return curve;
}

/** What `preview` draws: a spec, a closed-form Schedule, or a factory of a scheduler. */
export type PreviewSource =
  | SchedulerFactory
  | Schedule
  | SchedulerSpec
  | Readonly<Record<string, unknown>>;

/**
 * The lr curve of a schedule without a user optimizer: `lr[group][i]` is the lr at step i.
 * Closed-form specs (and closed-form Schedule objects) are evaluated directly, which takes a few
 * milliseconds for a million steps; stateful specs step a real scheduler on a throwaway optimizer
 * whose groups start at `baseLrs` (default 0.1 each). Metric-driven specs (ReduceLROnPlateau)
 * need `metrics`. A factory `(optimizer) => scheduler` previews a scheduler built in code.
 * `typed: true` returns Float64Arrays (for millions of points).
 */
export function preview(
  spec: PreviewSource,
  options: PreviewOptions & { typed: true },
): TypedPreviewCurve;
export function preview(
  spec: PreviewSource,
  options: PreviewOptions & { typed?: false },
): PreviewCurve;
export function preview(
  spec: PreviewSource,
  options: PreviewOptions,
): PreviewCurve | TypedPreviewCurve;
export function preview(spec: PreviewSource, options: PreviewOptions): Curve {
  if (typeof spec === 'function') {
    const checked = checkOptions(options, () => 1);
    return previewStepped(spec as SchedulerFactory, checked, 'observed', 'the scheduler');
  }
  if (isSchedule(spec)) {
    const checked = checkOptions(options, () => 1);
    return previewClosedForm(spec, defaultScaleOf(spec.spec.type), checked);
  }
  checkJson(spec, '');
  if (!isPlainObject(spec))
    invalid('spec', spec, 'must be a spec object { version: 1, type, ... }');
  if (spec.version !== 1) {
    invalid('version', spec.version, 'must be 1 (the spec format version, at the top level)');
  }
  const checked = checkOptions(options, () => groupCountOf(spec));
  if (isScheduleType(spec.type)) {
    const schedule = scheduleFromSpec(spec, '');
    return previewClosedForm(schedule, defaultScaleOf(schedule.spec.type), checked);
  }
  return previewStepped(
    (optimizer) => fromSpec(optimizer, spec),
    checked,
    cyclesMomentum(spec),
    String(spec.type),
  );
}
