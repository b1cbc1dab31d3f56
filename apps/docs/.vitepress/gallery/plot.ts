import type uPlot from 'uplot';

/** Line colours of the groups / schedules, readable on light and dark backgrounds. */
export const PALETTE = [
  '#3b82f6',
  '#f97316',
  '#10b981',
  '#e11d48',
  '#8b5cf6',
  '#ca8a04',
  '#0891b2',
];

export interface PlotSeries {
  label: string;
  values: readonly number[];
  dashed?: boolean;
  /** Line colour; by default the series' place in PALETTE. */
  stroke?: string;
  /** Plot on the right-hand axis (momentum, metric). */
  right?: boolean;
}

type UPlotCtor = typeof uPlot;

const axisStyle = {
  stroke: '#8a8f98',
  grid: { stroke: 'rgba(128,128,128,0.15)', width: 1 },
  ticks: { stroke: 'rgba(128,128,128,0.3)', width: 1 },
};

function formatLr(value: number): string {
  if (value === 0) return '0';
  return Math.abs(value) < 1e-3 ? value.toExponential(1) : String(Number(value.toPrecision(3)));
}

/** Builds a uPlot chart of `series` against `x`; the caller destroys it. */
export function createPlot(
  UPlot: UPlotCtor,
  target: HTMLElement,
  x: readonly number[],
  series: readonly PlotSeries[],
  options: {
    width: number;
    height: number;
    leftLabel?: string;
    rightLabel?: string;
    xLabel?: string;
    /** A log10 left axis; values ≤ 0 are not drawn (null) there. */
    logScale?: boolean;
  },
): uPlot {
  const hasRight = series.some((s) => s.right);
  const opts: uPlot.Options = {
    width: options.width,
    height: options.height,
    scales: {
      x: { time: false },
      lr: options.logScale ? { auto: true, distr: 3 } : { auto: true },
      ...(hasRight ? { right: { auto: true } } : {}),
    },
    axes: [
      { ...axisStyle, label: options.xLabel ?? 'step' },
      {
        ...axisStyle,
        scale: 'lr',
        label: options.leftLabel ?? 'learning rate',
        size: 60,
        // A log axis leaves some ticks out (null) where labels would crowd.
        values: (_u, ticks) => ticks.map((v) => (v == null ? '' : formatLr(v))),
      },
      ...(hasRight
        ? [
            {
              ...axisStyle,
              scale: 'right',
              side: 1 as const,
              label: options.rightLabel ?? '',
              size: 55,
              grid: { show: false },
            },
          ]
        : []),
    ],
    series: [
      { label: 'step' },
      ...series.map((s, i) => ({
        label: s.label,
        scale: s.right ? 'right' : 'lr',
        stroke: s.stroke ?? PALETTE[i % PALETTE.length] ?? '#3b82f6',
        width: 2,
        ...(s.dashed ? { dash: [6, 4] } : {}),
        value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatLr(v)),
      })),
    ],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
  };
  const shown = (s: PlotSeries) =>
    options.logScale && !s.right ? s.values.map((v) => (v > 0 ? v : null)) : s.values.slice();
  const data = [x.slice(), ...series.map(shown)] as uPlot.AlignedData;
  return new UPlot(opts, data, target);
}
