import { expect } from 'vitest';
import { InvalidArgumentError, type Optimizer, type ParamGroup } from '../src/index';

/** SGD-style groups: lr and momentum. */
export function sgd(groups = 1, lr = 0.1): Optimizer {
  return {
    paramGroups: Array.from({ length: groups }, (_, i) => ({ lr: lr / (i + 1), momentum: 0.9 })),
  };
}

/** Adam-style groups: lr and betas (beta1 is what schedules cycle). */
export function adam(groups = 1, lr = 1e-3): Optimizer {
  return {
    paramGroups: Array.from({ length: groups }, (_, i) => ({
      lr: lr / (i + 1),
      betas: [0.9, 0.999] as const,
    })),
  };
}

/** Groups with only an lr. */
export function plain(groups = 1, lr = 0.1): Optimizer {
  return { paramGroups: Array.from({ length: groups }, (_, i) => ({ lr: lr / (i + 1) })) };
}

/** A deep copy of every group, keeping which keys exist (toStrictEqual tells absent from undefined). */
export function snapshot(optimizer: Optimizer): ParamGroup[] {
  return optimizer.paramGroups.map((g) => structuredClone({ ...g }));
}

/** The error `fn` throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return expect.fail('expected a throw');
}

/**
 * Asserts that `fn` throws an InvalidArgumentError naming `parameter` and `value`, and that no
 * param group of `optimizer` changed (lr, momentum, betas, initialLr, and which keys exist).
 */
export function expectInvalid(
  optimizer: Optimizer,
  fn: () => unknown,
  parameter: string,
  value: unknown,
): InvalidArgumentError {
  const before = snapshot(optimizer);
  const error = thrown(fn);
  expect(error).toBeInstanceOf(InvalidArgumentError);
  const invalid = error as InvalidArgumentError;
  expect(invalid.parameter).toBe(parameter);
  if (isMatcher(value)) expect(invalid.value).toEqual(value);
  else if (!Object.is(invalid.value, value)) {
    expect.fail(`value: expected ${String(value)}, got ${String(invalid.value)}`);
  }
  expect(invalid.message).toContain(`parameter ${parameter}:`);
  expect(invalid.expected.length).toBeGreaterThan(0);
  expect(snapshot(optimizer)).toStrictEqual(before);
  return invalid;
}

/** expect.anything() and friends: for values the case cannot hold a reference to. */
function isMatcher(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'asymmetricMatch' in value;
}
