import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARABIC_TAXONOMY_TITLES, arabicEntityPath } from '@/lib/i18n/arabic-taxonomy';
import { TAXONOMIES, entityPagePath, type TaxonomyKind } from '@/lib/taxonomy';

const KINDS = Object.keys(TAXONOMIES) as TaxonomyKind[];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = fc.stringMatching(SLUG);

describe('ARABIC_TAXONOMY_TITLES', () => {
  it('names every registry kind the English edition has, each in Arabic script and each differently', () => {
    expect(Object.keys(ARABIC_TAXONOMY_TITLES).sort()).toEqual([...KINDS].sort());
    const titles = Object.values(ARABIC_TAXONOMY_TITLES);
    for (const title of titles) expect(title).toMatch(/^[\u0600-\u06FF\s]+$/);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('arabicEntityPath', () => {
  it('is /ar/<kind>/<key> for the first page (explicit or by default)', () => {
    expect(arabicEntityPath('places', 'tripoli')).toBe('/ar/places/tripoli');
    expect(arabicEntityPath('people', 'khalifa-hifter', 1)).toBe('/ar/people/khalifa-hifter');
  });

  it('adds /page/<n> after the first page', () => {
    expect(arabicEntityPath('topics', 'tripoli-offensive', 2)).toBe('/ar/topics/tripoli-offensive/page/2');
    expect(arabicEntityPath('authors', 'conflict-desk', 15)).toBe('/ar/authors/conflict-desk/page/15');
  });

  it('for any kind, key and page: the English page path under /ar', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), slug, fc.integer({ min: 1, max: 100_000 }), (kind, key, page) => {
        expect(arabicEntityPath(kind, key, page)).toBe(`/ar${entityPagePath(kind, key, page)}`);
      }),
    );
  });
});
