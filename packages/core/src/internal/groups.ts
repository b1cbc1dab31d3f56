import type { Optimizer, ParamGroup } from '../optimizer';

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
