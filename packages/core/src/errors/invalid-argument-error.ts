import { formatValue } from './format-value';
import { LrkitError } from './lrkit-error';

const marker = /* @__PURE__ */ Symbol.for('lrkit.error.invalid-argument');

/**
 * A constructor option, spec field, step argument or saved state was rejected.
 * `parameter` names the option (or the path into a spec, such as `schedulers[1].warmupSteps`),
 * `value` is what was given and `expected` says what would have been accepted.
 * Thrown before any param group or scheduler state changes.
 */
export class InvalidArgumentError extends LrkitError {
  declare protected readonly [marker]: true;
  readonly parameter: string;
  readonly value: unknown;
  readonly expected: string;

  constructor(options: { parameter: string; value: unknown; expected: string; cause?: unknown }) {
    super(
      `Invalid argument for parameter ${options.parameter}: ${options.expected}, got ${formatValue(options.value)}`,
      { cause: options.cause },
    );
    (this as unknown as Record<symbol, boolean>)[marker] = true;
    this.name = 'InvalidArgumentError';
    this.parameter = options.parameter;
    this.value = options.value;
    this.expected = options.expected;
  }

  static override isInstance(error: unknown): error is InvalidArgumentError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
