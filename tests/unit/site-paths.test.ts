import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/content/article';
import type { Author, Person, Place, Registries, Topic } from '../../lib/content/registries';
import { site } from '../../lib/site';
import { sitePaths } from '../../lib/site-paths';
import { TOLL_PAGE_SIZE } from '../../lib/figures/toll-pages';
import { makeArticle } from './helpers';

const TRIPOLI: Place = { key: 'tripoli', name: 'Tripoli', aliases: [], latitude: 32.887, longitude: 13.191, approximate: false };
const GHARYAN: Place = { key: 'gharyan', name: 'Gharyan', aliases: [], latitude: 32.17, longitude: 13.017, approximate: true };
const HIFTER: Person = { key: 'khalifa-hifter', name: 'Khalifa Hifter', aliases: ['Haftar'] };
const OFFENSIVE: Topic = { key: 'tripoli-offensive', name: 'Battle for Tripoli', aliases: [] };
const AIR_WAR: Topic = { key: 'air-war', name: 'Air war', aliases: [] };
const STAFF: Author = { key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] };

const map = <T extends { key: string }>(...entries: T[]) => new Map(entries.map((entry) => [entry.key, entry]));
const REGISTRIES: Registries = {
  authors: map(STAFF),
  places: map(TRIPOLI, GHARYAN),
  people: map(HIFTER),
  topics: map(OFFENSIVE, AIR_WAR),
};

const FIXED_PATHS = [
  '/',
  '/libya',
  '/libya/timeline',
  '/libya/map',
  '/libya/figures',
  '/search',
  '/topics',
  '/places',
  '/people',
  '/authors',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  '/about',
  '/standards',
  '/standards/figures',
  '/corrections',
  '/corrections.xml',
  '/lite',
];

/** `count` articles by the staff on the Tripoli offensive, newest first. */
function offensiveStories(count: number, fields: Partial<Article> = {}): Article[] {
  return Array.from({ length: count }, (_, i) =>
    makeArticle({
      slug: `story-${count - i}`,
      published: new Date(Date.UTC(2019, 3, 1, 0, count - i)),
      authors: [STAFF],
      topics: [OFFENSIVE],
      ...fields,
    }),
  );
}

const EMPTY: Registries = { authors: new Map(), places: new Map(), people: new Map(), topics: new Map() };

describe('sitePaths', () => {
  it('has the fixed pages, even with no articles and empty registries', () => {
    expect([...sitePaths([], EMPTY)].sort()).toEqual([...FIXED_PATHS].sort());
  });

  it('has the path of every article it is given', () => {
    const paths = sitePaths(offensiveStories(3), EMPTY);
    expect(paths).toContain('/articles/story-1');
    expect(paths).toContain('/articles/story-3');
    expect(paths).not.toContain('/articles/story-4');
    expect(paths).toContain('/lite/articles/story-3');
    expect(paths).not.toContain('/lite/articles/story-4');
  });

  it(`has no /libya/page/n while the articles fit on one page (${site.pageSize})`, () => {
    const paths = sitePaths(offensiveStories(site.pageSize), EMPTY);
    expect([...paths].filter((path) => path.startsWith('/libya/page/'))).toEqual([]);
  });

  it('has /libya/page/n for each page beyond the first, never /libya/page/1', () => {
    const paths = sitePaths(offensiveStories(2 * site.pageSize + 1), EMPTY);
    expect([...paths].filter((path) => path.startsWith('/libya/page/')).sort()).toEqual(['/libya/page/2', '/libya/page/3']);
    expect(paths).not.toContain('/libya/page/1');
    expect(paths).not.toContain('/libya/page/4');
    expect([...paths].filter((path) => path.startsWith('/lite/page/')).sort()).toEqual(['/lite/page/2', '/lite/page/3']);
  });

  it('has the page of every registry entry, as /<kind>/<key>', () => {
    const paths = sitePaths(offensiveStories(1, { places: [GHARYAN], people: [HIFTER] }), REGISTRIES);
    for (const path of [
      '/topics/tripoli-offensive',
      '/places/gharyan',
      '/people/khalifa-hifter',
      '/authors/conflict-desk',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('has the first page of an entry without articles too (it is served, listing none)', () => {
    const paths = sitePaths(offensiveStories(1), REGISTRIES);
    expect(paths).toContain('/topics/air-war');
    expect(paths).toContain('/places/tripoli');
    expect(paths).not.toContain('/topics/air-war/page/2');
  });

  it('has /page/n of an entry only beyond its first page of articles', () => {
    const articles = [
      ...offensiveStories(site.pageSize + 1),
      makeArticle({ slug: 'raid', published: new Date(Date.UTC(2019, 5, 1)), topics: [AIR_WAR] }),
    ];
    const paths = sitePaths(articles, REGISTRIES);
    expect(paths).toContain('/topics/tripoli-offensive');
    expect(paths).toContain('/topics/tripoli-offensive/page/2');
    expect(paths).not.toContain('/topics/tripoli-offensive/page/1');
    expect(paths).not.toContain('/topics/tripoli-offensive/page/3');
    expect(paths).toContain('/authors/conflict-desk/page/2'); // the 21 offensive stories are by the staff
    expect(paths).not.toContain('/topics/air-war/page/2');
  });

  it('has no pages for entries that are not in the registries, even if articles name them', () => {
    const stray: Topic = { key: 'oil', name: 'Oil', aliases: [] };
    const paths = sitePaths([makeArticle({ slug: 'oil-story', published: new Date(0), topics: [stray] })], REGISTRIES);
    expect(paths).not.toContain('/topics/oil');
  });

  it('counts only the articles it is given (so a list without drafts has fewer pages)', () => {
    const published = offensiveStories(site.pageSize);
    const draft = makeArticle({ slug: 'draft', published: new Date(Date.UTC(2019, 5, 1)), topics: [OFFENSIVE], draft: true });
    expect(sitePaths(published, REGISTRIES)).not.toContain('/topics/tripoli-offensive/page/2');
    expect(sitePaths([draft, ...published], REGISTRIES)).toContain('/topics/tripoli-offensive/page/2');
    expect(sitePaths(published, REGISTRIES)).not.toContain('/articles/draft');
  });

  it('has every page of each metric the articles report on the toll, and none for other metrics', () => {
    const figure = (metric: 'killed' | 'wounded' | 'oil-output', day: number) => ({
      metric,
      value: day,
      as_of: new Date(Date.UTC(2019, 3, day)),
      scope: 'people',
      reported_by: 'WHO',
    });
    const articles = [
      makeArticle({
        slug: 'toll',
        published: new Date(Date.UTC(2019, 5, 1)),
        figures: [...Array.from({ length: TOLL_PAGE_SIZE + 1 }, (_, i) => figure('killed', i + 1)), figure('oil-output', 2)],
      }),
    ];
    const paths = sitePaths(articles, REGISTRIES);
    expect(paths).toContain('/libya/figures/killed');
    expect(paths).toContain('/libya/figures/killed/page/2');
    expect(paths).not.toContain('/libya/figures/killed/page/3');
    expect(paths).not.toContain('/libya/figures/wounded');
    expect(paths).not.toContain('/libya/figures/oil-output');
  });
});
