// The tables of results.md and the one-line conclusion of each row, computed from the numbers.

export interface Row {
  model: string;
  optimizer: string;
  /** ms per step by loop: trainer, raw, rawControl, tfjsCpu, tfjsWasm, webTrainer, webRaw. */
  ms: Record<string, number>;
}

/** The Trainer's own share must stay at most this fraction of the raw loop's step. */
export const TRAINER_OVERHEAD_TARGET = 0.05;

/** A markdown table with padded columns, as the repository's formatter writes them. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const ms = (x: number) => (x >= 10 ? x.toFixed(1) : x.toFixed(3));
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

export function overhead(r: Row): { trainer: number; noise: number; web: number } {
  return {
    trainer: r.ms.trainer! / r.ms.raw! - 1,
    noise: r.ms.rawControl! / r.ms.raw! - 1,
    web: r.ms.webTrainer! / r.ms.webRaw! - 1,
  };
}

export function stepTable(rows: readonly Row[]): string {
  return table(
    [
      'model (batch)',
      'optimizer',
      'onnx-training Node',
      'onnx-training web (wasm, Chromium)',
      'tfjs cpu',
      'tfjs wasm',
      'raw two-graph loop (Node)',
      'Trainer ÷ raw loop (A/A)',
      'web: Trainer ÷ raw loop',
    ],
    rows.map((r) => {
      const o = overhead(r);
      return [
        r.model,
        r.optimizer,
        ms(r.ms.trainer!),
        ms(r.ms.webTrainer!),
        ms(r.ms.tfjsCpu!),
        ms(r.ms.tfjsWasm!),
        ms(r.ms.raw!),
        `${(1 + o.trainer).toFixed(3)} (${signed(o.noise)})`,
        (1 + o.web).toFixed(3),
      ];
    }),
  );
}

/** One sentence from the row's numbers: the fastest runtime, the ratios, the Trainer's overhead. */
export function conclusion(r: Row): string {
  const runtimes: [string, number][] = [
    ['onnx-training on Node', r.ms.trainer!],
    ['onnx-training in Chromium (wasm)', r.ms.webTrainer!],
    ['tfjs cpu', r.ms.tfjsCpu!],
    ['tfjs wasm', r.ms.tfjsWasm!],
  ];
  const sorted = [...runtimes].sort((a, b) => a[1] - b[1]);
  const [fastest, time] = sorted[0]!;
  const others = sorted
    .slice(1)
    .map(([name, t]) => `${name} ${(t / time).toFixed(1)}×`)
    .join(', ');
  const o = overhead(r);
  const noise = Math.abs(o.noise);
  const verdict =
    o.trainer <= TRAINER_OVERHEAD_TARGET
      ? `within the ${TRAINER_OVERHEAD_TARGET * 100}% target`
      : o.trainer - noise <= TRAINER_OVERHEAD_TARGET
        ? `over the ${TRAINER_OVERHEAD_TARGET * 100}% target by less than the A/A noise`
        : `over the ${TRAINER_OVERHEAD_TARGET * 100}% target`;
  return `${fastest} is fastest (${others} its time); the Trainer adds ${signed(o.trainer)} to the raw loop (A/A ${signed(o.noise)}), ${verdict}.`;
}
