import { LrkitError } from './lrkit-error';

const marker = /* @__PURE__ */ Symbol.for('lrkit.error.non-finite-lr');

/**
 * A scheduler computed an lr (or momentum) that is not a finite number, say gamma 1e308 after a
 * few steps or a lambda returning 1e308 on an lr of 10. Thrown before any param group is written:
 * the scheduler and the optimizer are left exactly as they were before the offending `step()`.
 */
export class NonFiniteLrError extends LrkitError {
  declare protected readonly [marker]: true;
  readonly scheduler: string;
  /** The param group whose value was not finite. */
  readonly group: number;
  /** What was computed: the lr or the cycled momentum (Adam's beta1). */
  readonly field: 'lr' | 'momentum';
  readonly value: number;
  /** The step (PyTorch's `last_epoch`) that was being taken. */
  readonly step: number;

  constructor(options: {
    scheduler: string;
    group: number;
    field: 'lr' | 'momentum';
    value: number;
    step: number;
  }) {
    super(
      `${options.scheduler} computed a non-finite ${options.field} (${options.value}) for param group ${options.group} ` +
        `at step ${options.step}; nothing was written. Check the options (a gamma or a lambda that grows the lr without bound) or the base lr.`,
    );
    // Branded in the constructor (not a class field) so that bundlers can drop the unused class.
    (this as unknown as { [marker]: true })[marker] = true;
    this.name = 'NonFiniteLrError';
    this.scheduler = options.scheduler;
    this.group = options.group;
    this.field = options.field;
    this.value = options.value;
    this.step = options.step;
  }

  static override isInstance(error: unknown): error is NonFiniteLrError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
