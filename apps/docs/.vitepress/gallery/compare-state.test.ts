import { describe, expect, it } from 'vitest';
import { defaultValues, galleryEntries } from './catalog';
import {
  COMPARE_COLOURS,
  type CompareState,
  defaultCompareState,
  MAX_CURVES,
  parseOption,
  readCompareState,
  styleOf,
  writeCompareState,
} from './compare-state';
import { PALETTE } from './plot';
import type { OptionControl } from './types';

/** sRGB hex → CIELAB (D65), the standard formulas (IEC 61966-2-1, CIE 15). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('compare colours', () => {
  it('has twelve colours, pairwise at least ΔE*ab 25 apart, the first seven the schedule pages’', () => {
    expect(COMPARE_COLOURS).toHaveLength(12);
    expect(COMPARE_COLOURS.slice(0, 7)).toEqual(PALETTE);
    const close: string[] = [];
    for (let i = 0; i < COMPARE_COLOURS.length; i++) {
      for (let j = i + 1; j < COMPARE_COLOURS.length; j++) {
        const [a, b] = [lab(COMPARE_COLOURS[i]!), lab(COMPARE_COLOURS[j]!)];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        if (distance < 25) close.push(`${COMPARE_COLOURS[i]} ${COMPARE_COLOURS[j]} ${distance}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('every colour stands out of VitePress’s light and dark page backgrounds (≥ 2:1)', () => {
    for (const colour of COMPARE_COLOURS) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(2);
      expect(contrast(colour, '#1b1b1f'), colour).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every curve up to MAX_CURVES its own colour and dash', () => {
    const styles = Array.from({ length: MAX_CURVES }, (_, i) => JSON.stringify(styleOf(i)));
    expect(new Set(styles).size).toBe(MAX_CURVES);
    expect(new Set(styles.slice(0, 12).map((s) => JSON.parse(s).colour)).size).toBe(12);
  });
});

describe('compare selection in the URL', () => {
  it('the defaults write an empty query and read back', () => {
    expect(writeCompareState(defaultCompareState())).toBe('');
    expect(readCompareState('')).toEqual(defaultCompareState());
  });

  it('round-trips a selection with changed options of every gallery schedule', () => {
    for (const entry of galleryEntries) {
      const values = defaultValues(entry);
      for (const option of entry.options) {
        if (option.kind === 'boolean') values[option.key] = !values[option.key];
        else if (option.kind === 'select') values[option.key] = option.choices!.at(-1)!;
        else if (option.kind === 'integers' || option.kind === 'numbers')
          values[option.key] = [...(values[option.key] as number[]), 7];
        else values[option.key] = Math.min(option.max ?? 1e6, (values[option.key] as number) + 1);
      }
      const state: CompareState = {
        slugs: ['step-lr', entry.slug].filter((s, i, all) => all.indexOf(s) === i),
        values: { 'step-lr': defaultValues(galleryEntries.find((e) => e.slug === 'step-lr')!) },
        steps: 321,
        baseLr: 0.05,
        logScale: true,
      };
      state.values[entry.slug] = values;
      const query = writeCompareState(state);
      expect(readCompareState(query), `${entry.slug}: ${query}`).toEqual(state);
    }
  });

  it('ignores unknown schedules, duplicates, invalid values and out-of-range settings', () => {
    const state = readCompareState(
      '?curves=step-lr,nope,step-lr,one-cycle-lr&step-lr.gamma=abc&one-cycle-lr.totalSteps=1e12&steps=9999999&lr=-1&log=yes',
    );
    expect(state.slugs).toEqual(['step-lr', 'one-cycle-lr']);
    expect(state.values['step-lr']).toEqual(
      defaultValues(galleryEntries.find((e) => e.slug === 'step-lr')!),
    );
    expect(state.values['one-cycle-lr']!.totalSteps).not.toBe(1e12);
    expect(state.steps).toBe(100);
    expect(state.baseLr).toBe(0.1);
    expect(state.logScale).toBe(false);
    const many = galleryEntries.map((e) => e.slug).join(',');
    expect(readCompareState(`?curves=${many}`).slugs.length).toBe(
      Math.min(MAX_CURVES, galleryEntries.length),
    );
  });

  it('parseOption caps numbers and explains what it refuses', () => {
    const option: OptionControl = { key: 'n', kind: 'integer', default: 5, max: 100, help: '' };
    expect(parseOption(option, '7')).toBe(7);
    expect(parseOption(option, '1e12')).toMatch(/at most 100/);
    expect(parseOption(option, '2.5')).toMatch(/integer/);
    expect(parseOption(option, '')).toMatch(/number/);
    const { max: _max, ...unbounded } = option;
    expect(parseOption(unbounded, '1e12')).toMatch(/1000000/);
    const list: OptionControl = { key: 'm', kind: 'integers', default: [1], help: '' };
    expect(parseOption(list, '3, 5')).toEqual([3, 5]);
    expect(parseOption(list, '3,,5')).toMatch(/comma/);
    expect(parseOption({ key: 'b', kind: 'boolean', default: true, help: '' }, 'false')).toBe(
      false,
    );
  });
});
