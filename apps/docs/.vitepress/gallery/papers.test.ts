import { describe, expect, it } from 'vitest';
import { galleryEntries } from './catalog';
import { PAPERS } from './papers';

describe('papers of the gallery', () => {
  it('every paper is one of the known list, at an arXiv abstract page', () => {
    const known = Object.values(PAPERS);
    for (const entry of galleryEntries.filter((e) => e.paper)) {
      expect(known, entry.slug).toContainEqual(entry.paper);
      expect(entry.paper!.url).toMatch(/^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5}$/);
    }
    const urls = known.map((p) => p.url);
    expect(new Set(urls).size, 'one entry per paper').toBe(urls.length);
  });

  it('the schedules from a paper name it', () => {
    const paperOf = (slug: string) => galleryEntries.find((e) => e.slug === slug)?.paper;
    expect(paperOf('cosine-annealing-warm-restarts')).toBe(PAPERS.sgdr);
    expect(paperOf('cyclic-lr')).toBe(PAPERS.clr);
    expect(paperOf('one-cycle-lr')).toBe(PAPERS.super);
    expect(paperOf('inverse-sqrt')).toBe(PAPERS.attention);
    expect(paperOf('hf-warmup-stable-decay')).toBe(PAPERS.minicpm);
    expect(paperOf('linear-lr')).toBe(PAPERS.goyal);
    expect(paperOf('step-lr')).toBeUndefined();
  });
});
