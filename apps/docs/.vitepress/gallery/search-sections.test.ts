import { describe, expect, it } from 'vitest';
import { galleryEntries } from './catalog';
import { SEARCH_ALIASES } from './search-aliases';
import { gallerySearchSections } from './search-sections';

describe('gallery search sections', () => {
  it('gives every gallery page its name, summary and aliases', () => {
    for (const entry of galleryEntries) {
      const sections = gallerySearchSections(`/site/gallery/${entry.slug}.md`);
      expect(sections, entry.slug).toHaveLength(1);
      const [section] = sections!;
      expect(section!.titles.at(-1)).toBe(entry.name);
      expect(section!.text).toContain(entry.summary);
      const aliases = SEARCH_ALIASES[entry.slug];
      expect(aliases?.length, `${entry.slug} has search aliases`).toBeGreaterThan(0);
      for (const alias of aliases!) expect(section!.text).toContain(alias);
    }
  });

  it('has no aliases for pages that do not exist', () => {
    const slugs = new Set(galleryEntries.map((e) => e.slug));
    expect(Object.keys(SEARCH_ALIASES).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('leaves other pages to VitePress', () => {
    expect(gallerySearchSections('/site/gallery/index.md')).toBeUndefined();
    expect(gallerySearchSections('/site/gallery/playground.md')).toBeUndefined();
    expect(gallerySearchSections('/site/guide/specs.md')).toBeUndefined();
    expect(gallerySearchSections('C:\\site\\gallery\\step-lr.md')).toHaveLength(1);
  });
});
