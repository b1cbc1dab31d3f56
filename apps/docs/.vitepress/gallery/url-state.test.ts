import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues, galleryEntries } from './catalog';
import type { GalleryEntry, OptionControl, OptionValue } from './types';
import { type ChartSettings, readSettings, writeSettings } from './url-state';

// -0 and 0 are the same option value; a link spells both "0".
const noNegativeZero = (value: number) => (value === 0 ? 0 : value);

function arbitraryValue(option: OptionControl): fc.Arbitrary<OptionValue> {
  switch (option.kind) {
    case 'boolean':
      return fc.boolean();
    case 'select':
      return fc.constantFrom(...(option.choices ?? ['x']));
    case 'integer':
      return fc.integer({ min: 0, max: 10_000 });
    case 'integers':
      return fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 5 });
    case 'numbers':
      return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 });
    default:
      return fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(noNegativeZero);
  }
}

function arbitrarySettings(entry: GalleryEntry): fc.Arbitrary<ChartSettings> {
  const values = fc.record(
    Object.fromEntries(entry.options.map((o) => [o.key, arbitraryValue(o)])),
  ) as fc.Arbitrary<Record<string, OptionValue>>;
  return fc.record({
    values,
    baseLrs: fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 4 }),
    steps: fc.integer({ min: 2, max: 5000 }),
  });
}

const defaultsOf = (entry: GalleryEntry): ChartSettings => ({
  values: defaultValues(entry),
  baseLrs: entry.baseLrs.slice(),
  steps: entry.steps,
});

describe('gallery settings in the URL', () => {
  it('a link written for any settings reads back as the same settings, on every page', () => {
    for (const entry of galleryEntries) {
      const defaults = defaultsOf(entry);
      fc.assert(
        fc.property(arbitrarySettings(entry), (settings) => {
          const search = writeSettings(entry, settings, defaults);
          expect(readSettings(entry, search, defaults)).toEqual(settings);
        }),
        { numRuns: 20 },
      );
    }
  });

  it('the defaults make an empty query, and an empty query gives the defaults', () => {
    for (const entry of galleryEntries) {
      const defaults = defaultsOf(entry);
      expect(writeSettings(entry, defaults, defaults)).toBe('');
      expect(readSettings(entry, '', defaults)).toEqual(defaults);
    }
  });

  it('ignores malformed values instead of plotting them', () => {
    const entry = galleryEntries.find((e) => e.slug === 'step-lr')!;
    const defaults = defaultsOf(entry);
    const read = readSettings(entry, '?stepSize=abc&lrs=1,x&steps=1', defaults);
    expect(read).toEqual(defaults);
  });
});
