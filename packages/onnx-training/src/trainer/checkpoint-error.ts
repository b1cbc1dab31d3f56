import { InvalidArgumentError, LrkitError } from '@lrkit/core';

const invalidMarker = /* @__PURE__ */ Symbol.for('lrkit.error.checkpoint');
const saveMarker = /* @__PURE__ */ Symbol.for('lrkit.error.checkpoint-save');

/**
 * A checkpoint could not be read or does not fit the trainer it is restored into: a missing or
 * unparsable file, or a saved value out of range. `parameter` is the path into the checkpoint
 * (such as `checkpoint.optimizer.groups[0].lr`); nothing was changed when it is thrown.
 */
export class CheckpointError extends InvalidArgumentError {
  declare protected readonly [invalidMarker]: true;

  constructor(options: { parameter: string; value: unknown; expected: string; cause?: unknown }) {
    super(options);
    (this as unknown as Record<symbol, boolean>)[invalidMarker] = true;
    this.name = 'CheckpointError';
  }

  static override isInstance(error: unknown): error is CheckpointError {
    return typeof error === 'object' && error !== null && invalidMarker in error;
  }
}

/**
 * Writing a checkpoint failed (the file system's error is the `cause`). The previous checkpoint
 * file at `path`, if there was one, is unchanged.
 */
export class CheckpointSaveError extends LrkitError {
  declare protected readonly [saveMarker]: true;
  readonly path: string;

  constructor(path: string, cause: unknown) {
    super(
      `Could not save the checkpoint at ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    (this as unknown as Record<symbol, boolean>)[saveMarker] = true;
    this.name = 'CheckpointSaveError';
    this.path = path;
  }

  static override isInstance(error: unknown): error is CheckpointSaveError {
    return typeof error === 'object' && error !== null && saveMarker in error;
  }
}
