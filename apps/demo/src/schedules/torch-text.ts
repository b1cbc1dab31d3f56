import type { TorchSchedulerConfig } from '@lrkit/core';

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'object' && 'scheduler' in value) {
    return formatTorch(value as TorchSchedulerConfig);
  }
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  return String(value);
}

/** `{ scheduler: 'StepLR', kwargs: { step_size: 30 } }` → `StepLR(step_size=30)`. */
export function formatTorch(config: TorchSchedulerConfig): string {
  const args = Object.entries(config.kwargs ?? {}).map(([k, v]) => `${k}=${formatValue(v)}`);
  return `${config.scheduler}(${args.join(', ')})`;
}
