import { invalid, isPlainObject } from '../internal/validate';

/**
 * Reads the `params` of a DeepSpeed `"scheduler"` section under DeepSpeed's own names, so every
 * error names the path the user wrote (`params.warmup_num_steps`). Python's `None` (`null`) is
 * accepted only where DeepSpeed's default is `None`.
 */
export class DeepSpeedParams {
  readonly #raw: Readonly<Record<string, unknown>>;

  constructor(type: string, raw: unknown, allowed: readonly string[]) {
    if (!isPlainObject(raw)) {
      invalid(
        'params',
        raw,
        `must be an object of ${type} arguments (DeepSpeed's engine calls ${type}(optimizer, **params))`,
      );
    }
    for (const key of Object.keys(raw)) {
      if (!allowed.includes(key)) {
        invalid(
          `params.${key}`,
          raw[key],
          `is not an argument of DeepSpeed's ${type}; valid ones are ${allowed.join(', ')}`,
        );
      }
    }
    this.#raw = raw;
  }

  has(key: string): boolean {
    return this.#raw[key] !== undefined && this.#raw[key] !== null;
  }

  /** A finite number; `fallback` undefined means the argument is required. */
  number(key: string, fallback?: number): number {
    const value = this.#raw[key] ?? fallback;
    if (value === undefined) invalid(`params.${key}`, value, 'is required');
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      invalid(`params.${key}`, value, 'must be a finite number');
    }
    return value;
  }

  nonNegative(key: string, fallback?: number): number {
    const value = this.number(key, fallback);
    if (value < 0) invalid(`params.${key}`, value, 'must be a non-negative finite number');
    return value;
  }

  positive(key: string, fallback?: number): number {
    const value = this.number(key, fallback);
    if (value <= 0) invalid(`params.${key}`, value, 'must be a positive finite number');
    return value;
  }

  integer(key: string, fallback: number, min: number): number {
    const value = this.number(key, fallback);
    if (!Number.isSafeInteger(value) || value < min) {
      invalid(`params.${key}`, value, `must be an integer ≥ ${min}`);
    }
    return value;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.#raw[key] ?? fallback;
    if (typeof value !== 'boolean') invalid(`params.${key}`, value, 'must be a boolean');
    return value;
  }

  string(key: string, fallback: string): string {
    const value = this.#raw[key] ?? fallback;
    if (typeof value !== 'string') invalid(`params.${key}`, value, 'must be a string');
    return value;
  }

  /** DeepSpeed's `_format_param`: one lr for every group, or a list of exactly one per group. */
  perGroupLr(key: string, fallback: number, groupCount: number): number[] {
    const value = this.#raw[key] ?? fallback;
    if (Array.isArray(value)) {
      if (value.length !== groupCount) {
        invalid(
          `params.${key}`,
          value,
          `must be one lr or a list of ${groupCount} (one per param group), but the list has ${value.length}`,
        );
      }
      return value.map((v, i) => lrValue(`params.${key}[${i}]`, v));
    }
    const one = lrValue(`params.${key}`, value);
    return Array.from({ length: groupCount }, () => one);
  }

  /** The first-step index DeepSpeed resumes from: -1 (a fresh start) or a step. */
  lastBatchIteration(): number {
    return this.integer('last_batch_iteration', -1, -1);
  }
}

export function lrValue(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    invalid(parameter, value, 'must be a non-negative finite lr');
  }
  return value;
}
