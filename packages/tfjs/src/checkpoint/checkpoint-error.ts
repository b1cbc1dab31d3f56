import { InvalidArgumentError, LrkitError } from '@lrkit/core';

const invalidMarker = /* @__PURE__ */ Symbol.for('lrkit.error.checkpoint');
const saveMarker = /* @__PURE__ */ Symbol.for('lrkit.error.checkpoint-save');

/**
 * A checkpoint could not be read or is not one lrkit can restore: a missing or unparsable file, a
 * manifest that points outside its directory, weights of the wrong size, or a state that does not
 * fit the objects it is restored into. `parameter` is the path into the checkpoint (such as
 * `checkpoint.lrkit.optimizers[0].iterations`); nothing was changed when it is thrown.
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
 * Writing a checkpoint failed (the file system's error is the `cause`). The previous checkpoint at
 * `path`, if there was one, is still complete and loadable.
 */
export class CheckpointSaveError extends LrkitError {
  declare protected readonly [saveMarker]: true;
  readonly path: string;

  constructor(path: string, cause: unknown) {
    super(`Could not save the checkpoint at ${path}: ${messageOf(cause)}`, { cause });
    (this as unknown as Record<symbol, boolean>)[saveMarker] = true;
    this.name = 'CheckpointSaveError';
    this.path = path;
  }

  static override isInstance(error: unknown): error is CheckpointSaveError {
    return typeof error === 'object' && error !== null && saveMarker in error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
