import { InvalidArgumentError } from '@lrkit/core';

/** Validators for optimizer hyperparameters; `parameter` is the path named in the error. */
export function nonNegative(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError({
      parameter,
      value,
      expected: 'must be a non-negative finite number',
    });
  }
  return value;
}

/** A momentum or dampening: a number in [0, 1] (the core's range for momentum). */
export function unit(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new InvalidArgumentError({ parameter, value, expected: 'must be a number in [0, 1]' });
  }
  return value;
}

export function finite(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError({ parameter, value, expected: 'must be a finite number' });
  }
  return value;
}

export function flag(parameter: string, value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new InvalidArgumentError({ parameter, value, expected: 'must be a boolean' });
  return value;
}

/** Adam's betas: a pair of numbers in [0, 1). */
export function betasPair(parameter: string, value: unknown): readonly [number, number] {
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((b) => typeof b === 'number' && Number.isFinite(b) && b >= 0 && b < 1);
  if (!ok)
    throw new InvalidArgumentError({
      parameter,
      value,
      expected: 'must be a pair [beta1, beta2] of numbers in [0, 1)',
    });
  return [value[0], value[1]];
}

/** The value of option `key` for a group: its override, else the optimizer-wide value, else the default. */
/** Reads an options object once (a getter is not read again), after checking it is an object. */
export function snapshot<O extends object>(options: O | undefined): O {
  return { ...(options ?? ({} as O)) };
}

/** sessionOptions, when given, is an object passed to onnxruntime as is. */
export function sessionOptionsOf(value: unknown): void {
  if (
    value !== undefined &&
    (typeof value !== 'object' || value === null || Array.isArray(value))
  ) {
    throw new InvalidArgumentError({
      parameter: 'options.sessionOptions',
      value,
      expected: 'must be an onnxruntime InferenceSession.SessionOptions object',
    });
  }
}

export function pick<O, K extends keyof O>(
  key: K,
  override: Partial<O>,
  options: Partial<O>,
  fallback: O[K],
): unknown {
  if (override[key] !== undefined) return override[key];
  if (options[key] !== undefined) return options[key];
  return fallback;
}
