import { isPlaygroundFormat, type PlaygroundFormat } from './playground-source';
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

/** What the playground's address carries: the editor's text, its format and the controls. */
export interface PlaygroundState {
  /** The editor's text; JSON is kept compact in the address and laid out again when read. */
  source: string | null;
  format: PlaygroundFormat | 'auto';
  steps: string | null;
  lrs: string | null;
  metric: string | null;
}

/** Reads `?spec=<source>&format=&steps=&lrs=&metric=`; an unknown format reads as auto. */
export function readPlaygroundState(search: string): PlaygroundState {
  const query = new URLSearchParams(search);
  const shared = query.get('spec');
  let source = shared;
  if (shared) {
    try {
      source = JSON.stringify(JSON.parse(shared), null, 2);
    } catch {
      // PyTorch text (or broken JSON) comes back as it was typed.
    }
  }
  const format = query.get('format');
  return {
    source,
    format: isPlaygroundFormat(format) ? format : 'auto',
    steps: query.get('steps'),
    lrs: query.get('lrs')?.split(',').join(', ') ?? null,
    metric: query.get('metric')?.split(',').join(', ') ?? null,
  };
}

/** The query string of a playground state (format only when forced). */
export function writePlaygroundState(state: PlaygroundState): string {
  const query = new URLSearchParams();
  if (state.source !== null) {
    let shared = state.source;
    try {
      shared = JSON.stringify(JSON.parse(state.source));
    } catch {
      // PyTorch text goes as it is.
    }
    query.set('spec', shared);
  }
  if (state.format !== 'auto') query.set('format', state.format);
  if (state.steps !== null) query.set('steps', state.steps);
  if (state.lrs !== null) query.set('lrs', state.lrs.replaceAll(' ', ''));
  if (state.metric !== null && state.metric.trim() !== '')
    query.set('metric', state.metric.replaceAll(' ', ''));
  return `?${query.toString()}`;
}
