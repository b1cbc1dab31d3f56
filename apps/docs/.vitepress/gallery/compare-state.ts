import { defaultValues, galleryEntries } from './catalog';
import { PALETTE } from './plot';
import type { GalleryEntry, OptionControl, OptionValue, OptionValues } from './types';

/**
 * Line colours of the compare view: the schedule pages' seven, then five more, all far apart in
 * CIELAB (pairwise ΔE*ab ≥ 25, see compare-state.test.ts) and each at least 2:1 against the light
 * and the dark background. Past twelve curves the colours repeat, dashed.
 */
export const COMPARE_COLOURS: readonly string[] = [
  ...PALETTE,
  '#65a30d', // lime
  '#57534e', // stone
  '#92400e', // brown
  '#166534', // forest
  '#a21caf', // magenta
];

/** At most this many curves: each keeps a distinct colour and dash. */
export const MAX_CURVES = COMPARE_COLOURS.length * 2;

export function styleOf(index: number): { colour: string; dashed: boolean } {
  return {
    colour: COMPARE_COLOURS[index % COMPARE_COLOURS.length]!,
    dashed: Math.floor(index / COMPARE_COLOURS.length) % 2 === 1,
  };
}

export interface CompareState {
  /** Gallery slugs, in the order they were picked. */
  slugs: string[];
  /** Each curve's own option values. */
  values: Record<string, OptionValues>;
  steps: number;
  baseLr: number;
  logScale: boolean;
}

export const DEFAULT_SLUGS = [
  'cosine-annealing-lr',
  'one-cycle-lr',
  'step-lr',
  'linear-annealing-lr',
] as const;

export const STEPS_RANGE = { min: 2, max: 5000 } as const;
export const BASE_LR_RANGE = { min: 0, max: 10 } as const;
/** No option of a plotted schedule needs more; a typo such as 1e12 must not freeze the tab. */
export const MAX_MAGNITUDE = 1e6;

export function defaultCompareState(): CompareState {
  const slugs = DEFAULT_SLUGS.filter((slug) => galleryEntries.some((e) => e.slug === slug));
  return {
    slugs,
    values: Object.fromEntries(slugs.map((slug) => [slug, valuesFor(slug)])),
    steps: 100,
    baseLr: 0.1,
    logScale: false,
  };
}

function entryOf(slug: string): GalleryEntry | undefined {
  return galleryEntries.find((e) => e.slug === slug);
}

function valuesFor(slug: string): OptionValues {
  const entry = entryOf(slug);
  return entry ? defaultValues(entry) : {};
}

/**
 * A control's text as its value, or a message saying why not. Numbers are capped (the control's
 * max, a magnitude) so that a typo such as 1e12 cannot freeze the tab; values below a minimum go
 * through, and lrkit's own error about them shows under the curve.
 */
export function parseOption(option: OptionControl, text: string): OptionValue | string {
  if (option.kind === 'boolean') return text === 'true';
  if (option.kind === 'select') {
    return option.choices?.includes(text) ? text : `must be one of ${option.choices?.join(', ')}`;
  }
  const inRange = (value: number): string | null => {
    if (!Number.isFinite(value)) return 'must be a number';
    if (option.kind === 'integer' || option.kind === 'integers') {
      if (!Number.isInteger(value)) return 'must be an integer';
    }
    if (option.max !== undefined && value > option.max) return `must be at most ${option.max}`;
    if (Math.abs(value) > MAX_MAGNITUDE) return `must be at most ${MAX_MAGNITUDE} in magnitude`;
    return null;
  };
  if (option.kind === 'integers' || option.kind === 'numbers') {
    const parts = text.split(',').map((p) => p.trim());
    if (parts.some((p) => p === '')) return 'must be a comma-separated list of numbers';
    const list = parts.map(Number);
    for (const value of list) {
      const problem = inRange(value);
      if (problem) return `${problem} (each)`;
    }
    return list;
  }
  if (text.trim() === '') return 'must be a number';
  const value = Number(text);
  return inRange(value) ?? value;
}

function text(value: OptionValue | undefined): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Reads `?curves=a,b&a.key=v&steps=200&lr=0.05&log=1`; anything unknown or invalid is ignored. */
export function readCompareState(search: string): CompareState {
  const base = defaultCompareState();
  const query = new URLSearchParams(search);
  const listed = query.get('curves');
  const slugs =
    listed === null
      ? base.slugs
      : [...new Set(listed.split(',').filter((slug) => entryOf(slug) !== undefined))].slice(
          0,
          MAX_CURVES,
        );
  const values: Record<string, OptionValues> = {};
  for (const slug of slugs) {
    const entry = entryOf(slug)!;
    const own = valuesFor(slug);
    for (const option of entry.options) {
      const given = query.get(`${slug}.${option.key}`);
      if (given === null) continue;
      const parsed = parseOption(option, given);
      const valid =
        option.kind === 'select' ? option.choices?.includes(given) : typeof parsed !== 'string';
      if (valid) own[option.key] = parsed;
    }
    values[slug] = own;
  }
  const steps = Number(query.get('steps') ?? base.steps);
  const baseLr = Number(query.get('lr') ?? base.baseLr);
  return {
    slugs,
    values,
    steps:
      Number.isInteger(steps) && steps >= STEPS_RANGE.min && steps <= STEPS_RANGE.max
        ? steps
        : base.steps,
    baseLr:
      Number.isFinite(baseLr) && baseLr >= BASE_LR_RANGE.min && baseLr <= BASE_LR_RANGE.max
        ? baseLr
        : base.baseLr,
    logScale: query.get('log') === '1',
  };
}

/** The query string of a state: only what differs from the defaults ('' when nothing does). */
export function writeCompareState(state: CompareState): string {
  const base = defaultCompareState();
  const query = new URLSearchParams();
  if (state.slugs.join(',') !== base.slugs.join(',')) query.set('curves', state.slugs.join(','));
  for (const slug of state.slugs) {
    const entry = entryOf(slug);
    if (!entry) continue;
    const defaults = valuesFor(slug);
    for (const option of entry.options) {
      const value = text(state.values[slug]?.[option.key]);
      if (value !== text(defaults[option.key])) query.set(`${slug}.${option.key}`, value);
    }
  }
  if (state.steps !== base.steps) query.set('steps', String(state.steps));
  if (state.baseLr !== base.baseLr) query.set('lr', String(state.baseLr));
  if (state.logScale) query.set('log', '1');
  const search = query.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '';
}
