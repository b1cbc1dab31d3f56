/** What one runtime did in a run, update by update. */
export interface RuntimeRecord {
  status: 'idle' | 'loading' | 'running' | 'done' | 'error';
  /** The lr the runtime used at each update, read from the runtime's side. */
  lrFed: number[];
  loss: number[];
  /** The metric passed to `scheduler.step(metric)` after each update (metric-driven schedules). */
  metrics: number[];
  /** Mean loss over the whole training set before the first update and after the last. */
  initialLoss: number | null;
  finalLoss: number | null;
  /** Wall-clock milliseconds per update, the first (session creation) excluded. */
  msPerUpdate: number | null;
  error: string | null;
}

/**
 * The live trainer's state for readers and the browser test: `window.__lrkitTraining`.
 * `run` grows by one each time training (re)starts.
 */
export interface TrainingRecord {
  run: number;
  slug: string;
  spec: unknown;
  baseLr: number;
  updates: number;
  /** The core's preview of the schedule (for a metric-driven one, with no metric yet). */
  preview: number[];
  runtimes: { ort: RuntimeRecord; tfjs: RuntimeRecord };
}

declare global {
  interface Window {
    __lrkitTraining?: TrainingRecord;
  }
}

export function emptyRuntimeRecord(status: RuntimeRecord['status'] = 'idle'): RuntimeRecord {
  return {
    status,
    lrFed: [],
    loss: [],
    metrics: [],
    initialLoss: null,
    finalLoss: null,
    msPerUpdate: null,
    error: null,
  };
}
