import type { Curve, OptionValues, SpecJson } from './types';

/**
 * What each chart on the page plotted, for the end-to-end test and for curious readers:
 * `window.__lrkitCharts[id]`.
 */
export interface ChartRecord {
  id: string;
  kind: 'schedule' | 'compare' | 'playground';
  /** Gallery slug(s) plotted. */
  slugs: string[];
  values: OptionValues[];
  /** The spec each curve is `preview(spec)` of; null where the schedule is built in code. */
  specs: (SpecJson | null)[];
  baseLrs: number[];
  steps: number;
  curves: Curve[];
  /** The arrays handed to the chart library: x first, then one per drawn series. */
  plotted: number[][];
  /** Bumped at every redraw. */
  revision: number;
  error: string | null;
  /** The lr axis is log10 (schedule pages' toggle). */
  logScale?: boolean;
}

declare global {
  interface Window {
    __lrkitCharts?: Record<string, ChartRecord>;
  }
}

export function publishChart(record: ChartRecord): void {
  window.__lrkitCharts ??= {};
  window.__lrkitCharts[record.id] = record;
}

export function unpublishChart(id: string): void {
  delete window.__lrkitCharts?.[id];
}
