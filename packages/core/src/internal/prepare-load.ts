import { InvalidArgumentError } from '../errors/invalid-argument-error';

/**
 * The method every lrkit scheduler has under this key: validates a saved state (errors name
 * paths under `root`) without changing anything, and returns the function that commits it.
 * Composites and the runner validate all their parts this way before committing any.
 */
export const PREPARE_LOAD: unique symbol = Symbol.for('lrkit.prepareLoad');

export type Commit = () => void;

interface Preparable {
  [PREPARE_LOAD](state: unknown, root: string): Commit;
}

interface Loadable {
  loadStateDict(state: never): void;
  validateStateDict?: (state: unknown) => void;
}

/**
 * Validates `state` for `scheduler` and returns its commit. A scheduler written outside lrkit
 * (only `loadStateDict`) is validated by its `validateStateDict` when it has one; its commit
 * may still throw, which `foreign` tells the caller (it must then back up and roll back).
 */
export function prepareLoadOf(
  scheduler: Loadable,
  state: unknown,
  root: string,
): { commit: Commit; foreign: boolean } {
  if (loadsByPrepare(scheduler)) {
    const prepare = (scheduler as unknown as Preparable)[PREPARE_LOAD];
    return { commit: prepare.call(scheduler, state, root), foreign: false };
  }
  try {
    scheduler.validateStateDict?.(state);
  } catch (error) {
    throw rerooted(error, root);
  }
  return {
    commit: () => {
      try {
        scheduler.loadStateDict(state as never);
      } catch (error) {
        throw rerooted(error, root);
      }
    },
    foreign: true,
  };
}

/**
 * Whether `loadStateDict` of this scheduler is the one that runs its PREPARE_LOAD method: false
 * for a subclass that overrides `loadStateDict` (its load must run as it is written).
 */
function loadsByPrepare(scheduler: object): boolean {
  for (let proto: object | null = scheduler; proto !== null; proto = Object.getPrototypeOf(proto)) {
    const prepares = Object.hasOwn(proto, PREPARE_LOAD);
    if (prepares) return true;
    if (Object.hasOwn(proto, 'loadStateDict')) return false;
  }
  return false;
}

/** Re-roots an error about `state.x` at `root.x`. */
export function rerooted(error: unknown, root: string): unknown {
  if (root === 'state' || !InvalidArgumentError.isInstance(error)) return error;
  if (!/^state(?=$|[.[])/.test(error.parameter)) return error;
  return new InvalidArgumentError({
    parameter: `${root}${error.parameter.slice('state'.length)}`,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
}
