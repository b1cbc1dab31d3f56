/** One line of a chart: y values at x = xs[i] (or i when xs is absent). */
export interface Series {
  readonly name: string;
  readonly ys: readonly number[];
  readonly xs?: readonly number[];
  readonly color?: string;
  /** Drawn dashed (e.g. a baseline that other lines may hide). */
  readonly dashed?: boolean;
}

export interface ChartOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width?: number;
  readonly height?: number;
  /** A log-scaled y axis (for losses); non-positive values are dropped. */
  readonly logY?: boolean;
  /** Whether a linear y axis starts at 0 (default true); false fits the data (e.g. beta1). */
  readonly includeZero?: boolean;
}

export const PALETTE = [
  '#6b7280',
  '#2563eb',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#db2777',
];

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** About `count` round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    ticks.push(Number(t.toPrecision(12)));
  }
  return ticks;
}

function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e4 || abs < 1e-3) return value.toExponential(0);
  return String(Number(value.toPrecision(3)));
}

/** Ticks for a log axis given log10 bounds: decades, or 1-2-5 steps when the range is short. */
export function logTicks(logMin: number, logMax: number): number[] {
  for (const mantissas of [[1], [1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    const ticks: number[] = [];
    for (let k = Math.floor(logMin); k <= Math.ceil(logMax); k++) {
      for (const m of mantissas) {
        const t = Math.log10(m * 10 ** k);
        if (t >= logMin - 1e-9 && t <= logMax + 1e-9) ticks.push(t);
      }
    }
    if (ticks.length >= 3) return ticks;
  }
  return niceTicks(logMin, logMax);
}

/** Keeps at most `limit` points, evenly spaced, always with the first and last. */
function thin(xs: number[], ys: number[], limit: number): [number[], number[]] {
  if (xs.length <= limit) return [xs, ys];
  const keep = (i: number) => Math.round((i * (xs.length - 1)) / (limit - 1));
  return [
    Array.from({ length: limit }, (_, i) => xs[keep(i)] as number),
    Array.from({ length: limit }, (_, i) => ys[keep(i)] as number),
  ];
}

/** A self-contained SVG line chart (axes, ticks, legend), as a string. */
export function lineChartSvg(series: readonly Series[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const pad = { left: 64, right: 16, top: 48, bottom: 44 };
  const transform = options.logY ? Math.log10 : (y: number) => y;
  const lines = series.map((s, i) => {
    const xs: number[] = [];
    const ys: number[] = [];
    s.ys.forEach((y, j) => {
      if (Number.isFinite(y) && (!options.logY || y > 0)) {
        xs.push(s.xs?.[j] ?? j);
        ys.push(transform(y));
      }
    });
    return { ...s, xs, ys, color: s.color ?? PALETTE[i % PALETTE.length] };
  });
  const allX = lines.flatMap((l) => l.xs);
  const allY = lines.flatMap((l) => l.ys);
  const xMin = allX.length ? Math.min(...allX) : 0;
  const xMax = allX.length ? Math.max(...allX) : 1;
  let yMin = allY.length ? Math.min(...allY) : 0;
  let yMax = allY.length ? Math.max(...allY) : 1;
  if (!options.logY && options.includeZero !== false) yMin = Math.min(0, yMin);
  if (yMax - yMin < 1e-12) yMax = yMin + 1;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const sx = (x: number) => pad.left + ((x - xMin) / (xMax - xMin || 1)) * plotW;
  const sy = (y: number) => pad.top + (1 - (y - yMin) / (yMax - yMin)) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-label="${escapeXml(options.title)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="12" y="18" font-size="13" font-weight="600">${escapeXml(options.title)}</text>`,
  ];
  const yTicks = options.logY ? logTicks(yMin, yMax) : niceTicks(yMin, yMax);
  for (const t of yTicks) {
    const y = sy(t).toFixed(1);
    const label = options.logY ? formatTick(10 ** t) : formatTick(t);
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`,
      `<text x="${pad.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#374151">${label}</text>`,
    );
  }
  for (const t of niceTicks(xMin, xMax, 6)) {
    const x = sx(t).toFixed(1);
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${height - pad.bottom}" y2="${height - pad.bottom + 4}" stroke="#6b7280"/>`,
      `<text x="${x}" y="${height - pad.bottom + 16}" text-anchor="middle" fill="#374151">${formatTick(t)}</text>`,
    );
  }
  parts.push(
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${height - pad.bottom}" y2="${height - pad.bottom}" stroke="#6b7280"/>`,
    `<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="#6b7280"/>`,
    `<text x="${pad.left + plotW / 2}" y="${height - 8}" text-anchor="middle" fill="#374151">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(14 ${pad.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#374151">${escapeXml(options.yLabel)}</text>`,
  );
  for (const line of lines) {
    const [xs, ys] = thin(line.xs, line.ys, 800);
    const d = xs
      .map((x, i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)} ${sy(ys[i] as number).toFixed(1)}`)
      .join('');
    parts.push(
      `<path d="${d}" fill="none" stroke="${line.color}" stroke-width="1.6"${line.dashed ? ' stroke-dasharray="5 4"' : ''} data-series="${escapeXml(line.name)}"/>`,
    );
  }
  // The legend has its own row under the title, so that it never hides a curve or the title.
  let legendX = pad.left;
  for (const line of lines) {
    parts.push(
      `<rect x="${legendX.toFixed(1)}" y="29" width="16" height="3" fill="${line.color}"/>`,
      `<text x="${(legendX + 21).toFixed(1)}" y="31" dominant-baseline="middle" fill="#111827">${escapeXml(line.name)}</text>`,
    );
    legendX += line.name.length * 6.2 + 34;
  }
  parts.push('</svg>');
  return parts.join('\n');
}
