import type { GalleryEntry, OptionValue, OptionValues } from './types';

/** The chart's settings that a link carries: option values, base lrs and steps. */
export interface ChartSettings {
  values: OptionValues;
  baseLrs: number[];
  steps: number;
}

function parseValue(kind: string, text: string, fallback: OptionValue): OptionValue {
  if (kind === 'boolean') return text === 'true';
  if (kind === 'select') return text;
  if (kind === 'integers' || kind === 'numbers') {
    const list = text
      .split(',')
      .filter((part) => part !== '')
      .map(Number);
    return list.every(Number.isFinite) ? list : fallback;
  }
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? value : fallback;
}

/** Reads settings from a query string such as `?stepSize=10&lrs=0.1,0.05&steps=200`. */
export function readSettings(
  entry: GalleryEntry,
  search: string,
  base: ChartSettings,
): ChartSettings {
  const query = new URLSearchParams(search);
  const values = { ...base.values };
  for (const option of entry.options) {
    const text = query.get(option.key);
    if (text !== null) values[option.key] = parseValue(option.kind, text, values[option.key]!);
  }
  const lrs = query.get('lrs');
  const baseLrs = lrs === null ? base.baseLrs : lrs.split(',').map(Number);
  const steps = Number(query.get('steps') ?? base.steps);
  return {
    values,
    baseLrs:
      baseLrs.length > 0 &&
      baseLrs.length <= 4 &&
      baseLrs.every((lr) => Number.isFinite(lr) && lr >= 0)
        ? baseLrs
        : base.baseLrs,
    steps: Number.isInteger(steps) && steps >= 2 && steps <= 5000 ? steps : base.steps,
  };
}

/** The query string of the settings that differ from the defaults ('' when none do). */
export function writeSettings(
  entry: GalleryEntry,
  settings: ChartSettings,
  defaults: ChartSettings,
): string {
  const query = new URLSearchParams();
  const text = (value: OptionValue | undefined) =>
    Array.isArray(value) ? value.join(',') : String(value);
  for (const option of entry.options) {
    const value = text(settings.values[option.key]);
    if (value !== text(defaults.values[option.key])) query.set(option.key, value);
  }
  if (text(settings.baseLrs) !== text(defaults.baseLrs)) query.set('lrs', text(settings.baseLrs));
  if (settings.steps !== defaults.steps) query.set('steps', String(settings.steps));
  const search = query.toString();
  return search ? `?${search}` : '';
}
