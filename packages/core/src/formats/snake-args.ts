import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { invalid, isPlainObject } from '../internal/validate';

/**
 * Checks a library's argument object (snake_case, as in its Python source) against the names it
 * takes, and returns the lrkit options: each argument renamed, Python's `None` (null) dropped so
 * the default applies.
 */
export function renameArgs(
  library: string,
  args: unknown,
  names: Readonly<Record<string, string>>,
): Record<string, unknown> {
  if (!isPlainObject(args)) {
    invalid(
      'args',
      args,
      `must be an object of ${library} arguments (${Object.keys(names).join(', ')})`,
    );
  }
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    const option = Object.hasOwn(names, key) ? names[key] : undefined;
    if (option === undefined) {
      invalid(
        key,
        value,
        `is not an argument of ${library}; valid ones are ${Object.keys(names).join(', ')}`,
      );
    }
    if (value !== null && value !== undefined) options[option] = value;
  }
  return options;
}

/** Re-throws an lrkit option error under the library's own argument name. */
export function inLibraryTerms(error: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!InvalidArgumentError.isInstance(error)) return error;
  const match = /^([A-Za-z0-9]+)(.*)$/s.exec(error.parameter);
  const own = match ? Object.keys(names).find((k) => names[k] === match[1]) : undefined;
  if (!match || own === undefined) return error;
  return new InvalidArgumentError({
    parameter: `${own}${match[2]}`,
    value: error.value,
    expected: error.expected,
    cause: error,
  });
}
