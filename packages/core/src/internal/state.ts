import { invalid, isPlainObject } from './validate';

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** Non-finite numbers (ReduceLROnPlateau's `best` starts at ±Infinity) travel as strings in JSON. */
const NON_FINITE: Record<string, number> = {
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  NaN: Number.NaN,
};

function encode(value: unknown): JsonValue | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(encode);
    // A list holding anything that is not data (functions, child schedulers) is not state itself.
    return items.includes(undefined) ? undefined : (items as JsonValue[]);
  }
  if (isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const e = encode(v);
      if (e !== undefined) out[k] = e;
    }
    return out;
  }
  return undefined;
}

function isFunctionField(value: unknown): boolean {
  return (
    typeof value === 'function' ||
    (Array.isArray(value) && value.length > 0 && value.some((v) => typeof v === 'function'))
  );
}

/**
 * Own fields of a scheduler as JSON-safe data, as PyTorch's `state_dict` takes `__dict__`.
 * Functions cannot be serialized; their field names are returned in `notSerialized`.
 */
export function snapshotFields(
  target: object,
  exclude: ReadonlySet<string>,
): { fields: Record<string, JsonValue>; notSerialized: string[] } {
  const fields: Record<string, JsonValue> = {};
  const notSerialized: string[] = [];
  for (const [key, value] of Object.entries(target)) {
    if (exclude.has(key) || value === undefined) continue;
    if (isFunctionField(value)) {
      notSerialized.push(key);
      continue;
    }
    const encoded = encode(value);
    if (encoded !== undefined) fields[key] = encoded;
  }
  return { fields, notSerialized };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function decode(current: unknown, saved: unknown, path: string): unknown {
  if (typeof current === 'number') {
    if (typeof saved === 'number') return saved;
    if (typeof saved === 'string' && saved in NON_FINITE) return NON_FINITE[saved];
    invalid(path, saved, 'must be a number (as saved by stateDict)');
  }
  if (current === null || saved === null) return saved;
  if (Array.isArray(current)) {
    if (!Array.isArray(saved)) invalid(path, saved, 'must be an array (as saved by stateDict)');
    // Per-group lists and configured lists keep their length for a given configuration: a
    // different length means the state belongs to another optimizer or configuration.
    if (saved.length !== current.length) {
      invalid(
        path,
        saved,
        `must be an array of ${current.length} (the state was saved with a different optimizer or configuration)`,
      );
    }
    const template = current[0];
    return saved.map((v, i) => (template === undefined ? v : decode(template, v, `${path}[${i}]`)));
  }
  if (isPlainObject(current)) {
    if (!isPlainObject(saved)) invalid(path, saved, 'must be an object (as saved by stateDict)');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(saved)) {
      out[k] = k in current ? decode(current[k], v, `${path}.${k}`) : v;
    }
    return out;
  }
  if (kindOf(current) !== kindOf(saved)) {
    invalid(path, saved, `must be a ${kindOf(current)} (as saved by stateDict)`);
  }
  return saved;
}

/**
 * Validates every saved field against the live one, then assigns them all, so that a bad state
 * changes nothing.
 */
export function restoreFields(
  target: object,
  state: unknown,
  exclude: ReadonlySet<string>,
  schedulerName: string,
  checkValues?: (next: Readonly<Record<string, unknown>>) => void,
): void {
  if (!isPlainObject(state)) invalid('state', state, 'must be an object returned by stateDict()');
  if (state.version !== 1) invalid('state.version', state.version, 'must be 1');
  if (state.scheduler !== schedulerName) {
    invalid(
      'state.scheduler',
      state.scheduler,
      `must be '${schedulerName}' (the state of a different scheduler cannot be loaded)`,
    );
  }
  const live = target as Record<string, unknown>;
  checkFunctions(live, state.notSerialized, schedulerName);
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === 'version' || key === 'scheduler' || key === 'notSerialized') continue;
    if (exclude.has(key)) continue;
    if (!(key in live) || isFunctionField(live[key])) {
      invalid(`state.${key}`, value, `is not a field of ${schedulerName}`);
    }
    next[key] = decode(live[key], value, `state.${key}`);
  }
  for (const key of Object.keys(snapshotFields(target, exclude).fields)) {
    if (!(key in state)) invalid(`state.${key}`, undefined, 'is missing from the saved state');
  }
  checkValues?.(next);
  Object.assign(target, next);
}

/**
 * Functions are never saved: a state that was saved with some (listed in `notSerialized`) can only
 * be loaded by a scheduler that was built with them again.
 */
function checkFunctions(
  live: Record<string, unknown>,
  listed: unknown,
  schedulerName: string,
): void {
  if (listed === undefined) return;
  if (!Array.isArray(listed) || !listed.every((name) => typeof name === 'string')) {
    invalid('state.notSerialized', listed, 'must be a list of field names (as saved by stateDict)');
  }
  for (const name of listed) {
    if (!isFunctionField(live[name])) {
      invalid(
        'state.notSerialized',
        listed,
        `names ${name}, a function the state was saved with: functions are not part of stateDict(), so build the ${schedulerName} that loads it with the same ${name} again`,
      );
    }
  }
}
