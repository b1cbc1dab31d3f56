import { LrkitError } from './lrkit-error';

const marker = /* @__PURE__ */ Symbol.for('lrkit.error.missing-metric');

/**
 * A metric-driven scheduler (ReduceLROnPlateau) was due to step but the metric it monitors was not
 * among the metrics given to the runner. Thrown before any scheduler or counter changes.
 */
export class MissingMetricError extends LrkitError {
  declare protected readonly [marker]: true;
  /** The runner entry whose scheduler needed the metric. */
  readonly entry: string;
  /** The metric key the entry monitors. */
  readonly monitor: string;
  /** The metric keys that were given. */
  readonly available: readonly string[];

  constructor(options: {
    entry: string;
    scheduler: string;
    monitor: string;
    available: readonly string[];
    hook: string;
  }) {
    const available = options.available.length
      ? options.available.map((k) => `'${k}'`).join(', ')
      : 'none';
    super(
      `${options.scheduler} (runner entry '${options.entry}') monitors the metric '${options.monitor}', ` +
        `which is not among the metrics given to ${options.hook}: ${available}. ` +
        `Pass '${options.monitor}' in the metrics, change 'monitor', or set strict: false to skip the step with a warning.`,
    );
    (this as unknown as Record<symbol, boolean>)[marker] = true;
    this.name = 'MissingMetricError';
    this.entry = options.entry;
    this.monitor = options.monitor;
    this.available = options.available.slice();
  }

  static override isInstance(error: unknown): error is MissingMetricError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
