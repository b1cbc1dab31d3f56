/**
 * The options every LRScheduler was constructed with, kept beside the scheduler (never in its
 * state) so that `toSpec` can describe it. Arrays and plain objects are copied, so a caller that
 * later mutates its options object does not change the record; functions are kept as they are
 * (toSpec rejects them by path).
 */
const recorded = new WeakMap<object, Readonly<Record<string, unknown>>>();

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  }
  return value;
}

export function recordOptions(scheduler: object, options: unknown): void {
  if (typeof options !== 'object' || options === null) return;
  recorded.set(scheduler, copy(options) as Record<string, unknown>);
}

export function recordedOptions(scheduler: object): Readonly<Record<string, unknown>> | undefined {
  return recorded.get(scheduler);
}
