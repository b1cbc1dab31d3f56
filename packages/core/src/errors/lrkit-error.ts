const marker = /* @__PURE__ */ Symbol.for('lrkit.error');

/** Base class of every error lrkit throws; `LrkitError.isInstance` works across bundled copies. */
export class LrkitError extends Error {
  declare protected readonly [marker]: true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Branded here rather than by a computed class field, which bundlers treat as a side effect
    // (the class would stay in every bundle). Symbol.for: the brand works across copies of lrkit.
    (this as unknown as Record<symbol, boolean>)[marker] = true;
    this.name = 'LrkitError';
  }

  static isInstance(error: unknown): error is LrkitError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
