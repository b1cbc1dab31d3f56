import { invalid } from '../internal/validate';
import type { Scheduler } from '../scheduler';
import { ScheduleLR } from '../schedulers/schedule-lr';
import type { Schedule } from '../schedules/schedule';
import { defaultScaleOf } from './closed-form';
import { recordedOptions } from './recorded-options';
import { checkJson, copyJson, joinPath, type SchedulerSpec } from './spec-json';
import { type StatefulType, statefulSpecTypes, statefulTypes } from './stateful-types';

type SpecBody = { type: string } & Record<string, unknown>;

function isSchedule(value: unknown): value is Schedule {
  const v = value as Partial<Schedule> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.lrAt === 'function' &&
    typeof v.spec === 'object' &&
    v.spec !== null &&
    !('optimizer' in v)
  );
}

function typeOf(scheduler: object): [string, StatefulType] | undefined {
  for (const [name, entry] of Object.entries(statefulTypes())) {
    // Exact class: a user subclass may compute other numbers, so it has no spec of its parent.
    if (scheduler.constructor === entry.ctor) return [name, entry];
  }
  return undefined;
}

/**
 * A ScheduleLR built from one schedule for all groups, with the scale a bare closed-form spec
 * implies and no other option, is written as that bare spec (what `fromSpec` builds it from).
 */
function bareScheduleSpec(scheduler: ScheduleLR): Schedule | undefined {
  const options = recordedOptions(scheduler);
  if (!options || Array.isArray(options.schedule)) return undefined;
  const extra = Object.keys(options).filter(
    (k) => k !== 'schedule' && k !== 'scale' && options[k] !== undefined,
  );
  const schedule = options.schedule as Schedule;
  if (extra.length > 0 || options.scale !== defaultScaleOf(schedule.spec.type)) return undefined;
  return schedule;
}

function specBody(value: unknown, path: string): SpecBody {
  if (isSchedule(value)) {
    checkJson(value.spec, path);
    const { version: _version, ...spec } = copyJson(value.spec) as SpecBody;
    return spec as SpecBody;
  }
  if (typeof value !== 'object' || value === null) {
    invalid(path || 'scheduler', value, 'must be an lrkit scheduler or a closed-form schedule');
  }
  const found = typeOf(value);
  if (!found) {
    const name = (value.constructor as { name?: string } | undefined)?.name ?? 'object';
    invalid(
      path || 'scheduler',
      name,
      `has no spec: specs describe lrkit's own schedulers (${statefulSpecTypes().join(', ')}) and closed-form schedules`,
    );
  }
  const [type, entry] = found;
  if (value instanceof ScheduleLR) {
    const bare = bareScheduleSpec(value);
    if (bare) return specBody(bare, path);
  }
  const options = entry.describe
    ? entry.describe(value as Scheduler)
    : recordedOptions(value as Scheduler);
  if (!options) {
    invalid(path || 'scheduler', type, 'has no recorded construction options');
  }
  const body: SpecBody = { type };
  for (const [key, option] of Object.entries(options)) {
    if (option === undefined) continue;
    const at = joinPath(path, key);
    const kind = entry.fields[key];
    if (kind === 'specs') {
      body[key] = (option as unknown[]).map((child, i) => specBody(child, `${at}[${i}]`));
    } else if (kind === 'schedules') {
      body[key] = Array.isArray(option)
        ? option.map((child, i) => specBody(child, `${at}[${i}]`))
        : specBody(option, at);
    } else {
      checkJson(option, at);
      body[key] = copyJson(option);
    }
  }
  return body;
}

/**
 * The JSON spec of a scheduler or a closed-form schedule: `{ version: 1, type, ...fields }`,
 * where the fields are the options it was built with (nested specs for the children of
 * SequentialLR, ChainedScheduler and ParamwiseScheduler — one per param group for the latter).
 * `fromSpec(optimizer, toSpec(x))` rebuilds it with the same lr at every step. A function option
 * (lrLambda, scaleFn) cannot be described: the error names its path.
 */
export function toSpec(scheduler: Scheduler | Schedule): SchedulerSpec {
  return { version: 1, ...specBody(scheduler, '') } as SchedulerSpec;
}
