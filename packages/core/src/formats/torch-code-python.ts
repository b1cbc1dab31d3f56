import { invalid } from '../internal/validate';

/**
 * A JS number as a Python literal that reads back as the same float64: integers as Python ints
 * (exact below 2^53, and what PyTorch's integer arguments expect), others in JS's shortest
 * round-trip form, which Python parses to the same double.
 */
export function pyNumber(value: number, path: string): string {
  if (!Number.isFinite(value))
    invalid(path, value, 'must be a finite number to be written as Python');
  if (Number.isSafeInteger(value)) return Object.is(value, -0) ? '-0.0' : String(value);
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A float literal (integers get `.0`), where Python must compute in floats from the start. */
export function pyFloat(value: number, path: string): string {
  const text = pyNumber(value, path);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A Python literal of JSON data: numbers, strings, booleans, None and lists of them. */
export function pyLiteral(value: unknown, path: string): string {
  if (typeof value === 'number') return pyNumber(value, path);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((v, i) => pyLiteral(v, `${path}[${i}]`)).join(', ')}]`;
  }
  return invalid(path, value, 'must be a number, string, boolean or list to be written as Python');
}

/** `stepSize` → `step_size`, `t0` → `t_0`, `tMax` → `t_max`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z0-9]/g, (c) => `_${c.toLowerCase()}`);
}

/** A Python string of a spec path, for comments (never empty). */
export function pathLabel(path: string): string {
  return path === '' ? '(top level)' : path;
}

/** `table[key]` for the table's own keys only: 'constructor' or '__proto__' find nothing. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
