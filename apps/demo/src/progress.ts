import cliProgress from 'cli-progress';
import type { EpochRecord } from './runtimes/runtime';

/** Progress for a sequence of runs: live bars on a terminal, one line per run otherwise. */
export interface RunProgress {
  start(label: string, epochs: number): (record: EpochRecord) => void;
  finish(label: string, seconds: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): RunProgress {
  if (!stream.isTTY) {
    return {
      start: () => () => {},
      finish: (label, seconds) => stream.write(`✔ ${label} (${seconds.toFixed(1)}s)\n`),
      stop: () => {},
    };
  }
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: ' {label} {bar} {value}/{total} epochs │ loss {loss} │ val acc {acc} │ lr {lr}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(label, epochs) {
      const bar = bars.create(epochs, 0, { label: label.padEnd(20), loss: '—', acc: '—', lr: '—' });
      return (record) =>
        bar.update(record.epoch, {
          loss: record.trainLoss.toFixed(4),
          acc: `${(record.valAccuracy * 100).toFixed(1)}%`,
          lr: record.lr.toExponential(2),
        });
    },
    finish: () => {},
    stop: () => bars.stop(),
  };
}
