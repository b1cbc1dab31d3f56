import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared LR range test oracle (test/fixtures/lrfind-traces.json, see its README): recorded
 * from fastai (fastai/callback/schedule.py @ 0a049e8a90b8, learner.py @ 5bc369c27846) and
 * Lightning (src/lightning/pytorch/tuner/lr_finder.py @ 7f0c3436cd3f) on torch 1.13.
 * Non-finite numbers are stored as strings; `num` turns them back into numbers.
 */
type Num = number | 'NaN' | 'Infinity' | '-Infinity';

export interface TraceSuggestion {
  lr?: number;
  index?: number;
  none?: string;
  margin?: number;
}

export interface StyleTrace {
  iterations: number;
  smoothed: Num[];
  stop: number | null;
  recorded: { lrs: number[]; losses: Num[] };
  suggestions: Record<string, TraceSuggestion>;
  start_lr?: number;
  end_lr?: number;
  min_lr?: number;
  max_lr?: number;
  mode?: string;
}

export interface TraceCase {
  name: string;
  num_it: number;
  raw_losses: Num[];
  fastai: StyleTrace;
  lightning: StyleTrace;
  extra_smoothing?: { beta: number; fastai: Num[]; lightning: Num[] };
}

export interface LrFindTraces {
  source: Record<string, string>;
  lr_settings: {
    style: 'fastai' | 'lightning';
    args: { startLr: number; endLr: number; numIt: number; mode: 'exp' | 'linear' } | null;
    lrs: number[];
  }[];
  cases: TraceCase[];
  direct: {
    name: string;
    method: 'minimum' | 'steep' | 'valley' | 'slide' | 'lightning';
    lrs: number[];
    losses: Num[];
    options: Record<string, number>;
    expected: TraceSuggestion;
  }[];
}

export function num(value: Num): number {
  return typeof value === 'number' ? value : Number(value);
}

export function nums(values: readonly Num[]): number[] {
  return values.map(num);
}

export const traces: LrFindTraces = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/lrfind-traces.json', import.meta.url)), 'utf8'),
);

/** |a − b| ≤ tol·max(1, |b|), with NaN = NaN and equal infinities equal. */
export function close(a: number, b: number, tol = 1e-12): boolean {
  if (Number.isNaN(b)) return Number.isNaN(a);
  if (!Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}
