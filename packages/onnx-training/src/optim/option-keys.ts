import { InvalidArgumentError } from '@lrkit/core';

/** `weight_decay`, `weightDecay`, `WeightDecay` and `weight-decay` all normalize to `weightdecay`. */
const normalized = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** The option a misspelled key most likely meant: same letters in another case or style, or a typo. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const wanted = normalized(key);
  const exact = allowed.find((a) => normalized(a) === wanted);
  if (exact) return exact;
  // A shortened name (`meta` for `metadata`).
  const prefix = allowed.filter((a) => wanted.length >= 3 && normalized(a).startsWith(wanted));
  if (prefix.length === 1) return prefix[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 4)) + 1;
  for (const a of allowed) {
    const d = editDistance(wanted, normalized(a));
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Refuses an options object that is not a plain object, or that has a key the owner does not
 * know (a misspelled option must not be silently ignored), naming the closest valid key.
 */
export function checkOptionKeys(
  owner: string,
  path: string,
  options: unknown,
  allowed: readonly string[],
): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError({
      parameter: path,
      value: options,
      expected: `must be an object of ${owner} options (${allowed.join(', ')})`,
    });
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const guess = closestKey(key, allowed);
    throw new InvalidArgumentError({
      parameter: `${path}.${key}`,
      value: (options as Record<string, unknown>)[key],
      expected: `is not an option of ${owner}${guess ? ` (did you mean '${guess}'?)` : ''}; valid options are ${allowed.join(', ')}`,
    });
  }
}
