import { InvalidArgumentError } from '@lrkit/core';

/** Throws the repo's InvalidArgumentError; a function so call sites stay one line. */
export function invalid(parameter: string, value: unknown, expected: string): never {
  throw new InvalidArgumentError({ parameter, value, expected });
}

export function nonNegativeFinite(parameter: string, value: unknown): number {
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

export function oneOf<T extends string>(
  parameter: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value as T)) {
    invalid(parameter, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
  return value as T;
}

/** A beta of Adam or Adamax: a number in [0, 1). */
export function beta(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1) {
    invalid(parameter, value, 'must be a number in [0, 1)');
  }
  return value;
}

/** Rejects option keys the function does not know (a typo must not be silently ignored). */
export function knownKeys(owner: string, options: unknown, keys: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    invalid(`${owner} options`, options, 'must be an object');
  }
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) {
      invalid(
        key,
        (options as Record<string, unknown>)[key],
        `is not an option of ${owner} (known: ${keys.join(', ')})`,
      );
    }
  }
}
