import { invalid, isPlainObject } from './validate';

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** Checks one decoded field of a saved state with the constructor's rule; throws naming `parameter`. */
export type FieldRule = (parameter: string, value: unknown) => unknown;

/**
 * Non-finite numbers (ReduceLROnPlateau's `best` starts at ±Infinity) travel as strings in JSON.
 * A Map, so that a word such as 'constructor' never finds something on a prototype.
 */
const NON_FINITE: ReadonlyMap<string, number> = new Map([
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

/** A table's entry for `key`, own properties only: 'constructor' or '__proto__' find nothing. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Reads an own property only: a state is data, its prototype is never consulted. */
export function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

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

function decodeNumber(saved: unknown, path: string, nonFinite: boolean): number {
  if (typeof saved === 'number') {
    if (Number.isFinite(saved) || (nonFinite && !Number.isNaN(saved))) return saved;
    return invalid(path, saved, 'must be a finite number (as saved by stateDict)');
  }
  if (nonFinite && typeof saved === 'string') {
    const value = NON_FINITE.get(saved);
    if (value !== undefined) return value;
  }
  return invalid(
    path,
    saved,
    nonFinite
      ? "must be a number, 'Infinity' or '-Infinity' (as saved by stateDict)"
      : 'must be a finite number (as saved by stateDict)',
  );
}

/**
 * Decodes `saved` into a fresh value shaped exactly as the live `current` one: same kinds, same
 * array lengths, same object keys (none missing, none extra). Nothing of `saved` is shared.
 */
function decode(current: unknown, saved: unknown, path: string, nonFinite: boolean): unknown {
  if (typeof current === 'number') return decodeNumber(saved, path, nonFinite);
  if (kindOf(current) !== kindOf(saved)) {
    invalid(path, saved, `must be ${article(kindOf(current))} (as saved by stateDict)`);
  }
  if (Array.isArray(current)) {
    const list = saved as unknown[];
    // Per-group lists and configured lists keep their length for a given configuration: a
    // different length means the state belongs to another optimizer or configuration.
    if (list.length !== current.length) {
      invalid(
        path,
        saved,
        `must be an array of ${current.length} (the state was saved with a different optimizer or configuration)`,
      );
    }
    return current.map((item, i) => decode(item, list[i], `${path}[${i}]`, false));
  }
  if (typeof current === 'object' && current !== null) {
    if (!isPlainObject(saved))
      invalid(path, saved, 'must be a plain object (as saved by stateDict)');
    return decodeObject(current as Record<string, unknown>, saved, path);
  }
  return saved;
}

function decodeObject(
  current: Record<string, unknown>,
  saved: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  const keys = Object.keys(current);
  checkKeys(saved, keys, path, []);
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = decode(current[key], saved[key], `${path}.${key}`, false);
  return out;
}

/** `saved` holds exactly `keys` (besides `header`): none unknown, none missing. */
function checkKeys(
  saved: Record<string, unknown>,
  keys: readonly string[],
  path: string,
  header: readonly string[],
): void {
  for (const key of Object.keys(saved)) {
    if (!keys.includes(key) && !header.includes(key)) {
      invalid(
        `${path}.${key}`,
        saved[key],
        `is not a field here; the fields are ${keys.join(', ')}`,
      );
    }
  }
  for (const key of keys) {
    if (!Object.hasOwn(saved, key)) invalid(`${path}.${key}`, undefined, 'is missing');
  }
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** What `prepareFields` needs to know about the scheduler whose state it checks. */
export interface FieldsContext {
  /** The path of the state in error messages: `state`, or `state.schedulers[1]`. */
  root: string;
  schedulerName: string;
  /** Own fields that are never state (the optimizer). */
  exclude: ReadonlySet<string>;
  /** The constructor's rule for each field (fields without one are only shape-checked). */
  rules: ReadonlyMap<string, FieldRule>;
  /** Fields that may hold ±Infinity (saved as text). */
  nonFinite: ReadonlySet<string>;
}

/** The keys of a state that are not fields. */
const HEADER = ['version', 'scheduler', 'notSerialized'];

/**
 * Validates a saved state against the live scheduler: the header, exactly the fields that
 * `stateDict()` writes (none missing, none unknown: getters and hidden fields are unknown), each
 * with the live field's shape and the constructor's rule. Returns the decoded fields, copies
 * that share nothing with `state`; the scheduler itself is not touched.
 */
export function prepareFields(
  target: object,
  state: unknown,
  context: FieldsContext,
): Record<string, unknown> {
  const { root, schedulerName } = context;
  if (!isPlainObject(state)) invalid(root, state, 'must be an object returned by stateDict()');
  const version = ownValue(state, 'version');
  if (version !== 1) invalid(`${root}.version`, version, 'must be 1');
  const name = ownValue(state, 'scheduler');
  if (name !== schedulerName) {
    invalid(
      `${root}.scheduler`,
      name,
      `must be '${schedulerName}' (the state of a different scheduler cannot be loaded)`,
    );
  }
  const live = target as Record<string, unknown>;
  const { fields, notSerialized } = snapshotFields(target, context.exclude);
  checkFunctions(ownValue(state, 'notSerialized'), notSerialized, schedulerName, root);
  const known = Object.keys(fields);
  checkKeys(state, known, root, HEADER);
  const next: Record<string, unknown> = {};
  for (const key of known) {
    const path = `${root}.${key}`;
    const value = decode(live[key], state[key], path, context.nonFinite.has(key));
    context.rules.get(key)?.(path, value);
    next[key] = value;
  }
  return next;
}

/**
 * Functions are never saved: a state that was saved with some (listed in `notSerialized`) can only
 * be loaded by a scheduler that was built with them again.
 */
function checkFunctions(
  listed: unknown,
  live: readonly string[],
  schedulerName: string,
  root: string,
): void {
  if (listed === undefined && live.length === 0) return;
  // Field names are unique, so the same length with every live name in it is the same set.
  const same =
    Array.isArray(listed) &&
    listed.length === live.length &&
    live.every((name) => listed.includes(name));
  if (!same) {
    invalid(
      `${root}.notSerialized`,
      listed,
      `must list the functions of this ${schedulerName} (${live.join(', ') || 'none'}) as stateDict() does: functions are not part of stateDict(), so the scheduler that loads a state is built with the same functions again`,
    );
  }
}
