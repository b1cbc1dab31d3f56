import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Optimizer, ParamGroup } from '../optimizer';
import type { MomentumKey } from './momentum';
import { invalid } from './validate';

const KEYS = ['lr', 'momentum', 'betas', 'initialLr'] as const;

/** What a scheduler may write on a param group, captured so a failed construction can undo it. */
export interface GroupsSnapshot {
  groups: readonly ParamGroup[];
  saved: { present: boolean[]; values: unknown[] }[];
}

export function snapshotGroups(optimizer: Optimizer): GroupsSnapshot {
  const groups = optimizer.paramGroups.slice();
  const saved = groups.map((group) => ({
    present: KEYS.map((key) => Object.hasOwn(group, key)),
    values: KEYS.map((key) => group[key]),
  }));
  return { groups, saved };
}

/** Puts every captured field back (and removes the ones that were absent). */
export function restoreGroups(snapshot: GroupsSnapshot): void {
  snapshot.groups.forEach((group, i) => {
    const { present, values } = snapshot.saved[i]!;
    const record = group as unknown as Record<string, unknown>;
    KEYS.forEach((key, k) => {
      if (present[k]) record[key] = values[k];
      else delete record[key];
    });
  });
}

/** Runs `fn`; if it throws, the param groups are restored to how they were before it. */
export function withGroupsRollback<T>(optimizer: Optimizer, fn: () => T): T {
  const snapshot = snapshotGroups(optimizer);
  try {
    return fn();
  } catch (error) {
    restoreGroups(snapshot);
    throw error;
  }
}

/** Whether `record[key] = value` would succeed (a writable field, a setter, or a new key). */
export function isWritable(record: object, key: string): boolean {
  let holder: object | null = record;
  while (holder !== null) {
    const descriptor = Object.getOwnPropertyDescriptor(holder, key);
    if (descriptor) {
      if (!('value' in descriptor) && !('writable' in descriptor))
        return descriptor.set !== undefined;
      return descriptor.writable === true && (holder === record || Object.isExtensible(record));
    }
    holder = Object.getPrototypeOf(holder) as object | null;
  }
  return Object.isExtensible(record);
}

/**
 * Refuses an optimizer whose groups cannot take what a scheduler writes (frozen groups, an `lr`
 * with only a getter), before any group is written.
 */
export function checkGroupsWritable(optimizer: Optimizer, keys: readonly string[]): void {
  optimizer.paramGroups.forEach((group, i) => {
    for (const key of keys) {
      if (!isWritable(group, key)) {
        invalid(
          `optimizer.paramGroups[${i}].${key}`,
          (group as unknown as Record<string, unknown>)[key],
          'must be writable: the scheduler sets it (the param group is frozen, or the field has no setter)',
        );
      }
    }
  });
}

/**
 * Writes `lrs[i]` to group i for i < n, all or nothing. The finiteness check rides in the same
 * pass: at the first non-finite lr the groups already written get their lr back and the index
 * of that lr is returned (n when all were written). If a write throws (a group frozen since
 * construction), the groups written get their lr back and a typed error is thrown. `previous` is
 * scratch space of at least n slots.
 */
export function writeLrs(
  groups: readonly ParamGroup[],
  lrs: readonly number[],
  n: number,
  previous: number[],
): number {
  let i = 0;
  try {
    for (; i < n; i++) {
      const lr = lrs[i]!;
      // x * 0 is 0 exactly when x is finite.
      if (lr * 0 !== 0) break;
      const group = groups[i]!;
      previous[i] = group.lr;
      group.lr = lr;
    }
  } catch (error) {
    undoLrs(groups, previous, i);
    notWritable(i, 'lr', groups[i], error);
  }
  // The failure paths live in their own functions: the step path stays small enough for V8 to
  // inline it whole into the caller's loop.
  if (i < n) undoLrs(groups, previous, i);
  return i;
}

/** Gives the first n groups back the lrs saved in `previous`. */
export function undoLrs(
  groups: readonly ParamGroup[],
  previous: readonly number[],
  n: number,
): void {
  for (let j = 0; j < n; j++) groups[j]!.lr = previous[j]!;
}

/** Puts back the first n momentums (or beta1s, beta2 as it is) saved before a write. */
export function undoMomentums(
  groups: readonly ParamGroup[],
  key: MomentumKey,
  saved: readonly number[],
  n: number,
): void {
  for (let j = 0; j < n; j++) {
    const group = groups[j]!;
    if (key === 'momentum') group.momentum = saved[j]!;
    else group.betas = [saved[j]!, group.betas![1]];
  }
}

/** The typed error for a param group field whose write threw `cause`. */
export function notWritable(index: number, key: string, group: unknown, cause: unknown): never {
  const value =
    typeof group === 'object' && group !== null ? (group as Record<string, unknown>)[key] : group;
  throw new InvalidArgumentError({
    parameter: `optimizer.paramGroups[${index}].${key}`,
    value,
    expected:
      'must be writable: the scheduler sets it (the param group is frozen, or the field has no setter)',
    cause,
  });
}
