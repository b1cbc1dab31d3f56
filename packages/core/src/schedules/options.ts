import { invalid, isPlainObject } from '../internal/validate';
import type { Schedule, ScheduleSpec } from './schedule';

/**
 * Checks that a builder got one options object and no key it does not know, listing the valid
 * ones (a misspelt `warmupStep` fails instead of being ignored).
 */
export function checkOptions(type: string, options: unknown, keys: readonly string[]): void {
  if (!isPlainObject(options)) {
    invalid('options', options, `must be an object of '${type}' options (${keys.join(', ')})`);
  }
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) {
      invalid(
        key,
        options[key],
        `is not an option of the '${type}' schedule; valid options are ${keys.join(', ')}`,
      );
    }
  }
}

/** A Schedule: an object with `lrAt(step)` and its JSON `spec`. */
export function scheduleOption(parameter: string, value: unknown): Schedule {
  const candidate = value as Partial<Schedule> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.lrAt !== 'function' ||
    typeof candidate.spec !== 'object' ||
    candidate.spec === null ||
    typeof (candidate.spec as ScheduleSpec).type !== 'string'
  ) {
    invalid(parameter, value, 'must be a Schedule (an object with lrAt(step) and a spec)');
  }
  return candidate as Schedule;
}

/** A non-empty list of Schedules. */
export function scheduleListOption(parameter: string, value: unknown): Schedule[] {
  if (!Array.isArray(value) || value.length === 0) {
    invalid(parameter, value, 'must be a non-empty array of Schedules');
  }
  return value.map((s, i) => scheduleOption(`${parameter}[${i}]`, s));
}

/** A list of numbers, each checked by `check`. */
export function numberList(
  parameter: string,
  value: unknown,
  check: (parameter: string, value: unknown) => number,
): number[] {
  if (!Array.isArray(value)) invalid(parameter, value, 'must be an array of numbers');
  return value.map((v, i) => check(`${parameter}[${i}]`, v));
}

/** Throws unless every entry is ≥ the previous one (`strict`: >). */
export function increasing(parameter: string, list: readonly number[], strict: boolean): void {
  for (let i = 1; i < list.length; i++) {
    if (strict ? list[i]! <= list[i - 1]! : list[i]! < list[i - 1]!) {
      invalid(parameter, list, `must be ${strict ? 'strictly increasing' : 'non-decreasing'}`);
    }
  }
}

/** A value that must not exceed another option's value. */
export function atMost(parameter: string, value: number, limitName: string, limit: number): void {
  if (value > limit) invalid(parameter, value, `must be at most ${limitName} (${limit})`);
}

/** How many entries of a sorted list are ≤ x (bisect right). */
export function countAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many entries of a sorted list are < x (bisect left). */
export function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
