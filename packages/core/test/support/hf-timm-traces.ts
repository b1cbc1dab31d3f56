import { readFileSync } from 'node:fs';

// The recorded hf-timm conformance cases (test/fixtures/hf-timm-traces.json), for the timm and
// HuggingFace import tests.

export interface TraceCase {
  name: string;
  library: 'timm' | 'transformers';
  class?: string;
  function?: string;
  kwargs: Record<string, unknown>;
  groups: Record<string, number>[];
  steps: number;
  calls: string;
  ts?: number[];
  metrics?: number[];
  optimizer: { type: string; lr: number };
  lrs: number[][];
  error?: { at: string; type: string; message: string };
}

export const traces = JSON.parse(
  readFileSync(new URL('../fixtures/hf-timm-traces.json', import.meta.url), 'utf8'),
) as { source: Record<string, unknown>; cases: TraceCase[] };

/** Relative error ≤ 1e-12 (exact equality for 0). */
export function closeTo(actual: number, expected: number): boolean {
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(actual), Math.abs(expected));
}

/** The param groups of a case, timm's `lr_scale` as lrkit's `lrScale`. */
export function groupsOf(c: TraceCase): { lr: number; lrScale?: number }[] {
  return c.groups.map(({ lr, lr_scale }) =>
    lr_scale === undefined ? { lr: lr! } : { lr: lr!, lrScale: lr_scale },
  );
}
