import type { OptionValue, OptionValues, SpecJson } from './types';

/** A number as a person would type it: 0.1, 1e-4, 30. */
export function num(value: OptionValue | undefined): string {
  if (typeof value !== 'number') return JSON.stringify(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential();
  return String(Number(value.toPrecision(12)));
}

function literal(value: OptionValue): string {
  if (Array.isArray(value)) return `[${value.map(num).join(', ')}]`;
  if (typeof value === 'string') return `'${value}'`;
  return typeof value === 'number' ? num(value) : String(value);
}

/** `new Name(optimizer, { a: 1, b: 2 })` with the given option keys in order. */
export function constructorCall(
  name: string,
  values: OptionValues,
  keys: readonly string[],
): string {
  const fields = keys
    .filter((key) => values[key] !== undefined)
    .map((key) => `${key}: ${literal(values[key] as OptionValue)}`);
  const oneLine = `new ${name}(optimizer, { ${fields.join(', ')} })`;
  if (oneLine.length <= 90) return oneLine;
  return `new ${name}(optimizer, {\n${fields.map((f) => `  ${f},`).join('\n')}\n})`;
}

/** The spec of a scheduler whose gallery controls are exactly its options. */
export function plainSpec(type: string): (values: OptionValues) => SpecJson {
  return (values) => ({ version: 1, type, ...values });
}
