import { describe, expect, it } from 'vitest';
import type { Person, Place, Registries } from '../../../lib/content/registries';
import { ARABIC_FIXED_PATHS, arabicSitePaths } from '../../../lib/i18n/arabic-site-paths';
import { isServablePath } from '../../../lib/routing/servable-path';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';

const TRIPOLI: Place & { name_ar: string } = { key: 'tripoli', name: 'Tripoli', name_ar: 'طرابلس', aliases: [], latitude: 32.887, longitude: 13.191, approximate: false };
const GHARYAN: Place = { key: 'gharyan', name: 'Gharyan', aliases: [], latitude: 32.17, longitude: 13.017, approximate: true };
const HIFTER: Person & { name_ar: string } = { key: 'khalifa-hifter', name: 'Khalifa Hifter', name_ar: 'خليفة حفتر', aliases: [] };
const map = <T extends { key: string }>(...entries: T[]) => new Map(entries.map((entry) => [entry.key, entry]));
const REGISTRIES: Registries = { authors: new Map(), places: map(TRIPOLI, GHARYAN), people: map(HIFTER), topics: new Map() };

/** Arabic stories as the content layer builds them: an article's fields at an /ar/ address. */
function arabicStories(count: number, tags: { places?: Place[]; people?: Person[] } = {}) {
  return Array.from({ length: count }, (_, i) => {
    const slug = `story-${i + 1}`;
    return makeArticle({ slug, path: `/ar/articles/${slug}`, published: new Date(Date.UTC(2020, 0, 1 + i)), ...tags });
  });
}

describe('arabicSitePaths', () => {
  it('lists the fixed pages, each story and its lite page, each live page, and each entry with an Arabic name', () => {
    const paths = arabicSitePaths(arabicStories(2, { places: [TRIPOLI, GHARYAN] }), REGISTRIES, [{ path: '/ar/live/battle' }]);
    expect([...paths].sort()).toEqual(
      [
        ...ARABIC_FIXED_PATHS,
        '/ar/articles/story-1',
        '/ar/articles/story-2',
        '/ar/lite/articles/story-1',
        '/ar/lite/articles/story-2',
        '/ar/live/battle',
        '/ar/lite/live/battle',
        '/ar/places/tripoli',
        '/ar/people/khalifa-hifter',
      ].sort(),
    );
    expect(ARABIC_FIXED_PATHS).toContain('/ar/lite');
  });

  it('has one page of the index and of an entry per page of stories, and no more', () => {
    const paths = arabicSitePaths(arabicStories(site.pageSize * 2 + 1, { people: [HIFTER] }), REGISTRIES);
    expect(paths.has('/ar/libya/page/3')).toBe(true);
    expect(paths.has('/ar/libya/page/4')).toBe(false);
    expect(paths.has('/ar/libya/page/1')).toBe(false);
    // The lite index has the same pages.
    expect(paths.has('/ar/lite/page/3')).toBe(true);
    expect(paths.has('/ar/lite/page/4')).toBe(false);
    expect(paths.has('/ar/people/khalifa-hifter/page/3')).toBe(true);
    expect(paths.has('/ar/people/khalifa-hifter/page/4')).toBe(false);
    expect(paths.has('/ar/people/khalifa-hifter/page/1')).toBe(false);
  });

  it('names the fixed addresses that the router lets through to their pages', () => {
    for (const path of ARABIC_FIXED_PATHS.filter((path) => path !== '/ar')) expect(isServablePath(path)).toBeUndefined();
    expect(isServablePath('/ar/nothing-here')).toBe(false);
  });
});
