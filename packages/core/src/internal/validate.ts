import { InvalidArgumentError } from '../errors/invalid-argument-error';

/** Throws InvalidArgumentError; a function so call sites stay one line. */
export function invalid(parameter: string, value: unknown, expected: string): never {
  throw new InvalidArgumentError({ parameter, value, expected });
}

export function finiteNumber(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalid(parameter, value, 'must be a finite number');
  }
  return value;
}

export function positiveNumber(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    invalid(parameter, value, 'must be a positive finite number');
  }
  return value;
}

export function nonNegativeNumber(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    invalid(parameter, value, 'must be a non-negative finite number');
  }
  return value;
}

export function positiveInteger(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    invalid(parameter, value, 'must be a positive integer');
  }
  return value;
}

export function nonNegativeInteger(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    invalid(parameter, value, 'must be a non-negative integer');
  }
  return value;
}

/** A number in [min, max] (or with open ends), named in the message. */
export function numberInRange(
  parameter: string,
  value: unknown,
  range: { min: number; max: number; minOpen?: boolean; maxOpen?: boolean },
): number {
  const { min, max, minOpen = false, maxOpen = false } = range;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (minOpen ? value > min : value >= min) &&
    (maxOpen ? value < max : value <= max);
  if (!ok) {
    const interval = `${minOpen ? '(' : '['}${min}, ${max}${maxOpen ? ')' : ']'}`;
    invalid(parameter, value, `must be a number in ${interval}`);
  }
  return value as number;
}

export function oneOf<const T extends string>(
  parameter: string,
  value: unknown,
  options: readonly T[],
): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    invalid(parameter, value, `must be one of ${options.map((o) => `'${o}'`).join(', ')}`);
  }
  return value as T;
}

export function boolean(parameter: string, value: unknown): boolean {
  if (typeof value !== 'boolean') invalid(parameter, value, 'must be a boolean');
  return value;
}

export function func<F extends (...args: never[]) => unknown>(
  parameter: string,
  value: unknown,
): F {
  if (typeof value !== 'function') invalid(parameter, value, 'must be a function');
  return value as F;
}

/**
 * PyTorch's `_format_param`: one value for every group, or a list with one value per group.
 * Each value is checked by `check` with the indexed parameter name.
 */
export function perGroup<T>(
  parameter: string,
  value: unknown,
  groupCount: number,
  check: (parameter: string, value: unknown) => T,
): T[] {
  if (Array.isArray(value)) {
    if (value.length !== groupCount) {
      invalid(
        parameter,
        value,
        `must be one value or a list of ${groupCount} (one per param group), but the list has ${value.length}`,
      );
    }
    return value.map((v, i) => check(`${parameter}[${i}]`, v));
  }
  const one = check(parameter, value);
  return Array.from({ length: groupCount }, () => one);
}

/** The initial `lastEpoch` of a scheduler: -1 for a fresh start, or the step to resume from. */
export function lastEpochOption(value: unknown, parameter = 'lastEpoch'): number {
  if (value === undefined) return -1;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < -1) {
    invalid(
      parameter,
      value,
      'must be -1 (a fresh start) or a non-negative integer step to resume from',
    );
  }
  return value;
}

/** Rejects option keys the scheduler does not know, listing the valid ones. */
export function knownKeys(scheduler: string, options: unknown, allowed: readonly string[]): void {
  readOptions(scheduler, options, allowed);
}

/**
 * Checks the option keys (unknown ones are rejected with the list of valid ones) and returns a
 * snapshot of the options: every own option is read exactly once, so an options object with
 * getters cannot answer one thing to the check and another to the constructor.
 */
export function readOptions<T>(scheduler: string, options: T, allowed: readonly string[]): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    invalid(
      'options',
      options,
      `must be an object of ${scheduler} options (${allowed.join(', ')})`,
    );
  }
  const snapshot: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    const value: unknown = (options as Record<string, unknown>)[key];
    if (!allowed.includes(key)) {
      invalid(
        `${scheduler}.${key}`,
        value,
        `is not an option of ${scheduler}; valid options are ${allowed.join(', ')}`,
      );
    }
    // Only allowed names get here, so '__proto__' is never assigned.
    snapshot[key] = value;
  }
  return snapshot as T;
}

/** A rule for a list: every entry checked by `check` under its indexed name. */
export function eachOf(
  check: (parameter: string, value: unknown) => unknown,
): (parameter: string, value: unknown) => void {
  return (parameter, value) => {
    if (!Array.isArray(value)) invalid(parameter, value, 'must be an array');
    for (let i = 0; i < value.length; i++) check(`${parameter}[${i}]`, value[i]);
  };
}

/** An integer ≥ 1 (cycle multipliers). */
export function integerAtLeastOne(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    invalid(parameter, value, 'must be an integer >= 1');
  }
  return value;
}

/** A finite number ≥ 1. */
export function numberAtLeastOne(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) {
    invalid(parameter, value, 'must be a finite number >= 1');
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
