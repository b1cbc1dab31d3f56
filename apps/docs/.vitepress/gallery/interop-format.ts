import type { OptionControl, OptionValue } from './types';

/**
 * Controls and code text of the pages about other libraries' schedulers: the controls carry the
 * library's own argument names (snake_case), and the code shows its own input as JSON.
 */

export const real = (key: string, value: number, help: string, step = 0.001): OptionControl => ({
  key,
  kind: 'number',
  default: value,
  min: 0,
  step,
  help,
});

export const whole = (key: string, value: number, help: string, min = 0): OptionControl => ({
  key,
  kind: 'integer',
  default: value,
  min,
  help,
});

export const choice = (
  key: string,
  value: string,
  choices: readonly string[],
  help: string,
): OptionControl => ({ key, kind: 'select', default: value, choices, help });

export const flag = (key: string, value: boolean, help: string): OptionControl => ({
  key,
  kind: 'boolean',
  default: value,
  help,
});

/** JSON over several lines, short arrays kept on one. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_m, inner) => {
    return `[${String(inner).replace(/\s*\n\s*/g, ' ')}]`;
  });
}

function pythonLiteral(value: OptionValue | null): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

/** `Name(optimizer, a=1, b='x')`: the call as it is written in Python. */
export function pythonCall(name: string, kwargs: Readonly<Record<string, OptionValue>>): string {
  const args = Object.entries(kwargs).map(([key, value]) => `${key}=${pythonLiteral(value)}`);
  return `${name}(optimizer, ${args.join(', ')})`;
}

/** TeX rows set one under the other, centred (MathJax breaks no line by itself). */
export function rows(...lines: string[]): string {
  return `\\begin{gathered} ${lines.join(' \\\\ ')} \\end{gathered}`;
}
