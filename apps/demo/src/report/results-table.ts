import type { RunResult } from '../runtimes/runtime';

/** The numbers a run ends with: its last epoch's losses and accuracy. */
export function finalOf(result: RunResult): {
  trainLoss: number;
  valLoss: number;
  valAccuracy: number;
} {
  const last = result.epochs.at(-1);
  return {
    trainLoss: last?.trainLoss ?? Number.NaN,
    valLoss: last?.valLoss ?? Number.NaN,
    valAccuracy: last?.valAccuracy ?? Number.NaN,
  };
}

const HEADER = ['runtime', 'schedule', 'train loss', 'vs constant', 'val loss', 'val acc', 'time'];

/** The results as an aligned plain-text table, one row per run. */
export function resultsTable(results: readonly RunResult[]): string {
  const rows = results.map((r) => {
    const final = finalOf(r);
    const constant = results.find((c) => c.runtime === r.runtime && c.schedule === 'constant');
    const base = constant ? finalOf(constant).trainLoss : Number.NaN;
    const change =
      r.schedule === 'constant' || !Number.isFinite(base)
        ? '—'
        : `${(((final.trainLoss - base) / base) * 100).toFixed(0)}%`;
    return [
      r.runtime,
      r.schedule,
      final.trainLoss.toFixed(4),
      change,
      final.valLoss.toFixed(4),
      `${(final.valAccuracy * 100).toFixed(1)}%`,
      `${r.seconds.toFixed(1)}s`,
    ];
  });
  const widths = HEADER.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  return [line(HEADER), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
