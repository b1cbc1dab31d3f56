const marker = Symbol.for('lrkit.error');

/** Base class of every error lrkit throws; `LrkitError.isInstance` works across bundled copies. */
export class LrkitError extends Error {
  protected readonly [marker] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LrkitError';
  }

  static isInstance(error: unknown): error is LrkitError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
