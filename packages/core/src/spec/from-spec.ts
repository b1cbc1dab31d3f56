import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { ownEntry } from '../internal/state';
import { isPlainObject, knownKeys } from '../internal/validate';
import { type Optimizer, type ParamGroup, validateOptimizer } from '../optimizer';
import type { ResizeOptions } from '../resize/resize-plan';
import { ResizedLR } from '../resize/resized-lr';
import type { Scheduler } from '../scheduler';
import { ScheduleLR } from '../schedulers/schedule-lr';
import { isScheduleType, scheduleFromSpec, scheduleTypes } from '../schedules/registry';
import type { Schedule } from '../schedules/schedule';
import { defaultScaleOf } from './closed-form';
import { checkJson, copyJson, joinPath, type SchedulerSpec } from './spec-json';
import { statefulSpecTypes, statefulTypes } from './stateful-types';

/** Errors whose parameter is already the full path into the spec. */
const pathed = new WeakSet<object>();

function fail(parameter: string, value: unknown, expected: string): never {
  const error = new InvalidArgumentError({ parameter, value, expected });
  pathed.add(error);
  throw error;
}

/** A constructor's error names its option; put the path of the nested spec in front. */
function withPath(error: unknown, path: string): unknown {
  if (!InvalidArgumentError.isInstance(error) || pathed.has(error)) return error;
  const local = error.parameter;
  const keep = path === '' || local === 'optimizer' || local.startsWith('optimizer.');
  const pathedError = keep
    ? error
    : new InvalidArgumentError({
        parameter: joinPath(path, local),
        value: error.value,
        expected: error.expected,
        cause: error,
      });
  pathed.add(pathedError);
  return pathedError;
}

/** Every spec type: the stateful scheduler names, then the closed-form schedule types. */
export function specTypes(): string[] {
  return [...statefulSpecTypes(), ...scheduleTypes()];
}

/** Rebuilds a closed-form schedule; its errors already carry the full path. */
function scheduleAt(spec: unknown, path: string): Schedule {
  try {
    return scheduleFromSpec(spec, path);
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) pathed.add(error);
    throw error;
  }
}

/** A bare closed-form spec drives the optimizer through ScheduleLR, with its type's scale. */
function buildClosedForm(optimizer: Optimizer, spec: Record<string, unknown>, path: string) {
  const { version: _version, ...body } = spec;
  const schedule = scheduleAt(path === '' ? spec : body, path);
  try {
    return new ScheduleLR(optimizer, { schedule, scale: defaultScaleOf(schedule.spec.type) });
  } catch (error) {
    throw withPath(error, path);
  }
}

/** ScheduleLR's `schedule` field: one closed-form spec, or one per param group. */
function schedulesAt(value: unknown, path: string): Schedule | Schedule[] {
  if (Array.isArray(value)) return value.map((v, i) => scheduleAt(v, `${path}[${i}]`));
  if (!isPlainObject(value)) {
    fail(path, value, 'must be a closed-form schedule spec, or a list of them (one per group)');
  }
  return scheduleAt(value, path);
}

function build(optimizer: Optimizer, spec: unknown, path: string): Scheduler {
  if (!isPlainObject(spec)) fail(path || 'spec', spec, 'must be a spec object { type, ...fields }');
  if (path !== '' && spec.version !== undefined && spec.version !== 1) {
    fail(joinPath(path, 'version'), spec.version, 'must be 1 or absent in a nested spec');
  }
  const type = spec.type;
  if (isScheduleType(type)) return buildClosedForm(optimizer, spec, path);
  const entry = ownEntry(statefulTypes(), type);
  if (!entry) fail(joinPath(path, 'type'), type, `must be one of ${specTypes().join(', ')}`);
  const name = type as string;
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'type' || key === 'version' || value === undefined) continue;
    const kind = ownEntry(entry.fields, key);
    if (kind === undefined) {
      fail(
        joinPath(path, key),
        value,
        `is not a field of ${name}; valid fields are ${Object.keys(entry.fields).join(', ')}`,
      );
    }
    if (kind === 'function') {
      fail(joinPath(path, key), value, functionFieldMessage(name, key));
    }
  }
  for (const key of entry.required) {
    if (ownEntry(spec, key) !== undefined) continue;
    const expected =
      entry.fields[key] === 'function'
        ? `is required by ${name}, but ${functionFieldMessage(name, key)}`
        : `is required by ${name}`;
    fail(joinPath(path, key), undefined, expected);
  }
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'type' || key === 'version' || value === undefined) continue;
    const at = joinPath(path, key);
    const kind = ownEntry(entry.fields, key);
    if (kind === 'schedules') {
      options[key] = schedulesAt(value, at);
      continue;
    }
    if (kind !== 'specs') {
      options[key] = copyJson(value);
      continue;
    }
    if (!Array.isArray(value)) fail(at, value, 'must be an array of nested specs');
    options[key] =
      name === 'ParamwiseScheduler'
        ? value.map((child, i) => (view: Optimizer) => build(view, child, `${at}[${i}]`))
        : value.map((child, i) => build(optimizer, child, `${at}[${i}]`));
  }
  try {
    return entry.build(optimizer, options);
  } catch (error) {
    throw withPath(error, path);
  }
}

function functionFieldMessage(type: string, key: string): string {
  return (
    `${key} is a function, and functions are not serializable: a spec cannot carry ${type}'s ${key}. ` +
    `Build ${type} in code, or describe the curve with a closed-form schedule (${scheduleTypes().join(', ')})`
  );
}

/** A copy of the groups for a dry run, so that a bad spec leaves the real optimizer untouched. */
function probeOf(optimizer: Optimizer): Optimizer {
  return {
    paramGroups: optimizer.paramGroups.map((g) => {
      const copy: ParamGroup = { lr: g.lr };
      // Other numeric fields too: a HyperparameterScheduler spec schedules them.
      for (const [key, value] of Object.entries(g)) {
        if (typeof value === 'number') (copy as unknown as Record<string, number>)[key] = value;
      }
      if (g.momentum !== undefined) copy.momentum = g.momentum;
      if (g.betas !== undefined) copy.betas = [g.betas[0], g.betas[1]];
      if (g.initialLr !== undefined) copy.initialLr = g.initialLr;
      return copy;
    }),
  };
}

/** Options of {@link fromSpec}. */
export interface FromSpecOptions {
  /**
   * Resume the spec's plan with a new total length: the result is a ResizedLR positioned at
   * `resize.resumeStep`, with the lr of the named policy (see ResizePolicy).
   */
  resize?: ResizeOptions;
}

/**
 * Builds the scheduler a spec describes, on `optimizer`. A spec is JSON data and never runs code:
 * functions anywhere are rejected. Unknown types, unknown, missing or wrong-typed fields throw an
 * InvalidArgumentError whose `parameter` is the path into the spec (`schedulers[1].warmupSteps`),
 * before the optimizer is touched.
 */
export function fromSpec(
  optimizer: Optimizer,
  spec: unknown,
  options: FromSpecOptions = {},
): Scheduler {
  knownKeys('fromSpec', options, ['resize']);
  validateOptimizer(optimizer);
  checkJson(spec, '');
  if (!isPlainObject(spec)) fail('spec', spec, 'must be a spec object { version: 1, type, ... }');
  if (spec.version !== 1) {
    fail('version', spec.version, 'must be 1 (the spec format version, at the top level)');
  }
  build(probeOf(optimizer), spec, '');
  if (options.resize !== undefined) {
    return new ResizedLR(optimizer, { plan: spec as SchedulerSpec, resize: options.resize });
  }
  return build(optimizer, spec, '');
}
