import { LrkitError } from './lrkit-error';

const marker = /* @__PURE__ */ Symbol.for('lrkit.error.schedule-exhausted');

/**
 * A scheduler with a fixed length (OneCycleLR) was stepped past its last step.
 * The scheduler and the optimizer are left exactly as they were before the offending `step()`.
 */
export class ScheduleExhaustedError extends LrkitError {
  declare protected readonly [marker]: true;
  /** The step (PyTorch's `last_epoch`) that was asked for. */
  readonly step: number;
  readonly totalSteps: number;

  constructor(options: { scheduler: string; step: number; totalSteps: number }) {
    super(
      `${options.scheduler} was stepped past its end: step ${options.step} was requested but totalSteps is ${options.totalSteps} ` +
        `(PyTorch: "Tried to step ${options.step + 1} times. The specified number of total steps is ${options.totalSteps}"). ` +
        'Raise totalSteps (or epochs × stepsPerEpoch), or stop stepping after the last batch.',
    );
    (this as unknown as Record<symbol, boolean>)[marker] = true;
    this.name = 'ScheduleExhaustedError';
    this.step = options.step;
    this.totalSteps = options.totalSteps;
  }

  static override isInstance(error: unknown): error is ScheduleExhaustedError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
