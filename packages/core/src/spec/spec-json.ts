import type { JsonValue } from '../internal/state';
import { invalid } from '../internal/validate';
import { checkNesting } from '../limits';

/**
 * A scheduler spec: `{ version: 1, type: 'StepLR', stepSize: 30 }`. `version` is at the top only;
 * nested specs (children of SequentialLR, ChainedScheduler, ParamwiseScheduler, or the schedules
 * inside a closed form) omit it.
 */
export interface SchedulerSpec {
  readonly version?: 1;
  readonly type: string;
  readonly [field: string]: JsonValue | undefined;
}

/** `a` + `b` → `a.b`, `a` + `[1]` → `a[1]`, '' + `b` → `b`. */
export function joinPath(path: string, field: string): string {
  if (path === '') return field;
  return field.startsWith('[') ? `${path}${field}` : `${path}.${field}`;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks that a value is JSON data throughout, naming the path of the first offence: a function
 * (never serializable, specs never run code), a class instance, a non-finite number, undefined.
 */
export function checkJson(value: unknown, path: string): void {
  if (path === '') checkNesting(value, 'spec');
  const where = path || 'spec';
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalid(where, value, 'must be a finite number (specs are JSON)');
    return;
  }
  if (typeof value === 'function') {
    invalid(
      where,
      value,
      'is a function, and functions are not serializable: a spec holds JSON data only and never runs code',
    );
  }
  if (typeof value !== 'object') {
    invalid(where, value, 'must be JSON data (objects, arrays, numbers, strings, booleans)');
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkJson(v, joinPath(path, `[${i}]`));
    });
    return;
  }
  if (!isPlain(value)) {
    invalid(where, value, 'must be plain JSON data (objects, arrays, numbers, strings, booleans)');
  }
  // An undefined field is an absent one (as JSON.stringify drops it).
  for (const [k, v] of Object.entries(value)) if (v !== undefined) checkJson(v, joinPath(path, k));
}

/** A deep copy of JSON data (checked first), so a spec never shares arrays with a scheduler. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
