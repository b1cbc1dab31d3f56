import { invalid, isPlainObject, nonNegativeNumber, positiveInteger } from '../internal/validate';
import type { Optimizer, ParamGroup } from '../optimizer';
import { isMetricDriven } from '../runner/scheduler-runner';
import type { Scheduler } from '../scheduler';
import type { ScheduleLRMode } from '../schedulers/schedule-lr';
import { isScheduleType, scheduleFromSpec } from '../schedules/registry';
import type { Schedule } from '../schedules/schedule';
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
}

/** A curve: `lr[group][i]` is the lr at `steps[i]`; `momentum` where the schedule cycles it. */
export interface PreviewCurve {
  steps: number[];
  lr: number[][];
  momentum?: number[][];
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

function checkOptions(options: unknown, groupsFromSpec: () => number): Required<PreviewOptions> {
  if (!isPlainObject(options)) invalid('options', options, 'must be an object { steps, ... }');
  for (const key of Object.keys(options)) {
    if (!['steps', 'baseLrs', 'metrics'].includes(key)) {
      invalid(`options.${key}`, options[key], 'is not a preview option (steps, baseLrs, metrics)');
    }
  }
  const steps = positiveInteger('steps', options.steps);
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
  return { steps, baseLrs, metrics };
}

function stepIndices(steps: number): number[] {
  const out = new Array<number>(steps);
  for (let i = 0; i < steps; i++) out[i] = i;
  return out;
}

/** Evaluates a closed form at 0 … steps − 1 into a plain array, with no per-step allocation. */
function evaluate(schedule: Schedule, steps: number, factor: number, group: number): number[] {
  const out = new Array<number>(steps);
  for (let i = 0; i < steps; i++) {
    const value = schedule.lrAt(i);
    if (!Number.isFinite(value)) {
      invalid(`schedule[${group}]`, value, `must give a finite lr (at step ${i})`);
    }
    out[i] = factor * value;
  }
  return out;
}

/** The fast path: closed forms are evaluated directly, without a scheduler or an optimizer. */
function previewClosedForm(
  schedule: Schedule,
  scale: ScheduleLRMode,
  options: Required<PreviewOptions>,
): PreviewCurve {
  const { steps, baseLrs } = options;
  const lr: number[][] = [];
  let absolute: number[] | undefined;
  baseLrs.forEach((baseLr, g) => {
    if (scale === 'multiplier') {
      lr.push(evaluate(schedule, steps, baseLr, g));
      return;
    }
    // Absolute lrs do not depend on the group: compute once, copy for the others.
    absolute = absolute ? absolute.slice() : evaluate(schedule, steps, 1, g);
    lr.push(absolute);
  });
  return { steps: stepIndices(steps), lr };
}

/** Steps a real scheduler on a throwaway optimizer and records every group. */
function previewStepped(
  build: SchedulerFactory,
  options: Required<PreviewOptions>,
  withMomentum: boolean | 'observed',
  what: string,
): PreviewCurve {
  const { steps, baseLrs, metrics } = options;
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
  const lr = groups.map(() => new Array<number>(steps));
  const momentum = groups.map(() => new Array<number>(steps));
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
  const curve: PreviewCurve = { steps: stepIndices(steps), lr };
  if (withMomentum === true || (withMomentum === 'observed' && moved)) curve.momentum = momentum;
  return curve;
}

/**
 * The lr curve of a schedule without a user optimizer: `lr[group][i]` is the lr at step i.
 * Closed-form specs (and closed-form Schedule objects) are evaluated directly, which takes a few
 * milliseconds for a million steps; stateful specs step a real scheduler on a throwaway optimizer
 * whose groups start at `baseLrs` (default 0.1 each). Metric-driven specs (ReduceLROnPlateau)
 * need `metrics`. A factory `(optimizer) => scheduler` previews a scheduler built in code.
 */
export function preview(
  spec: SchedulerFactory | Schedule | SchedulerSpec | Readonly<Record<string, unknown>>,
  options: PreviewOptions,
): PreviewCurve {
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
