import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/content/article';
import type { Author, Person, Place, Registries, Topic } from '../../lib/content/registries';
import { TAXONOMIES, articlesByEntry, countArticles, entityPagePath, entityPath, type TaxonomyKind } from '../../lib/taxonomy';
import { makeArticle } from './helpers';

const place = (key: string, name: string): Place => ({ key, name, aliases: [], latitude: 32, longitude: 13, approximate: false });
const ZAWIYA = place('zawiya', 'Az Zawiyah');
const BENGHAZI = place('benghazi', 'Benghazi');
const TRIPOLI = place('tripoli', 'Tripoli');
const HIFTER: Person = { key: 'khalifa-hifter', name: 'Khalifa Hifter', aliases: ['Haftar'] };
const SARRAJ: Person = { key: 'fayez-al-sarraj', name: 'Fayez al-Sarraj', aliases: [] };
const OFFENSIVE: Topic = { key: 'tripoli-offensive', name: 'Battle for Tripoli', aliases: [] };
const OIL: Topic = { key: 'oil', name: 'Oil blockade', aliases: [] };
const STAFF: Author = { key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] };
const GUEST: Author = { key: 'guest', name: 'A Guest Writer', aliases: [] };

const map = <T extends { key: string }>(...entries: T[]) => new Map(entries.map((entry) => [entry.key, entry]));

/** Registries in an order that is neither by key nor by name. */
const REGISTRIES: Registries = {
  authors: map(STAFF, GUEST),
  places: map(TRIPOLI, ZAWIYA, BENGHAZI),
  people: map(SARRAJ, HIFTER),
  topics: map(OIL, OFFENSIVE),
};

const day = (n: number) => new Date(Date.UTC(2019, 3, n, 10));

// Newest first, as everywhere on the site.
const ARTICLES: Article[] = [
  makeArticle({ slug: 'd', published: day(4), authors: [STAFF], places: [TRIPOLI, BENGHAZI], people: [HIFTER], topics: [OFFENSIVE] }),
  makeArticle({ slug: 'c', published: day(3), authors: [STAFF], places: [BENGHAZI], topics: [OIL] }),
  makeArticle({ slug: 'b', published: day(2), authors: [STAFF, GUEST], places: [TRIPOLI], people: [HIFTER, SARRAJ], topics: [OFFENSIVE] }),
  makeArticle({ slug: 'a', published: day(1), authors: [STAFF], people: [HIFTER] }),
];

const slugs = (articles: readonly Article[]) => articles.map((a) => a.slug);

describe('TAXONOMIES', () => {
  it('covers the four kinds of taxonomy pages', () => {
    expect(Object.keys(TAXONOMIES).sort()).toEqual(['authors', 'people', 'places', 'topics']);
    expect(TAXONOMIES.people).toEqual({ title: 'People', singular: 'Person' });
  });
});

describe('entityPath and entityPagePath', () => {
  it('gives /<kind>/<key>', () => {
    expect(entityPath('people', 'khalifa-hifter')).toBe('/people/khalifa-hifter');
    expect(entityPath('topics', 'tripoli-offensive')).toBe('/topics/tripoli-offensive');
  });

  it('gives the plain entity path for page 1, with no /page/1', () => {
    expect(entityPagePath('places', 'tripoli', 1)).toBe('/places/tripoli');
  });

  it('adds /page/<n> for later pages', () => {
    expect(entityPagePath('places', 'tripoli', 2)).toBe('/places/tripoli/page/2');
    expect(entityPagePath('authors', 'conflict-desk', 12)).toBe('/authors/conflict-desk/page/12');
  });
});

describe('articlesByEntry', () => {
  const articlesFor = (kind: TaxonomyKind, key: string, articles: typeof ARTICLES) =>
    articlesByEntry(kind, articles).get(key) ?? [];

  it.each([
    ['topics', 'tripoli-offensive', ['d', 'b']],
    ['places', 'tripoli', ['d', 'b']],
    ['places', 'benghazi', ['d', 'c']],
    ['people', 'khalifa-hifter', ['d', 'b', 'a']],
    ['people', 'fayez-al-sarraj', ['b']],
    ['authors', 'guest', ['b']],
    ['authors', 'conflict-desk', ['d', 'c', 'b', 'a']],
  ] as const)('lists the %s entry %s in the order given', (kind, key, expected) => {
    expect(slugs(articlesFor(kind, key, ARTICLES))).toEqual(expected);
  });

  it('keeps the order it is given rather than sorting', () => {
    const shuffled = [ARTICLES[2]!, ARTICLES[0]!, ARTICLES[3]!];
    expect(slugs(articlesFor('people', 'khalifa-hifter', shuffled))).toEqual(['b', 'd', 'a']);
  });

  it('has an entry for each key the articles carry, and no other', () => {
    expect([...articlesByEntry('authors', ARTICLES).keys()].sort()).toEqual(['conflict-desk', 'guest']);
  });

  it('gives no articles for a key no article carries, or a key of another kind', () => {
    expect(articlesFor('places', 'zawiya', ARTICLES)).toEqual([]);
    expect(articlesFor('topics', 'tripoli', ARTICLES)).toEqual([]);
    expect(articlesFor('people', 'no-such-person', ARTICLES)).toEqual([]);
  });
});

describe('countArticles', () => {
  const counts = (kind: TaxonomyKind) =>
    countArticles(kind, REGISTRIES, ARTICLES).map(({ entry, count }) => [entry.key, count] as const);

  it('lists every entry, including those with no articles, sorted by name (not key)', () => {
    expect(counts('places')).toEqual([
      ['zawiya', 0], // Az Zawiyah
      ['benghazi', 2],
      ['tripoli', 2],
    ]);
  });

  it('counts the articles of each entry for every kind', () => {
    expect(counts('people')).toEqual([
      ['fayez-al-sarraj', 1],
      ['khalifa-hifter', 3],
    ]);
    expect(counts('topics')).toEqual([
      ['tripoli-offensive', 2], // Battle for Tripoli
      ['oil', 1], // Oil blockade
    ]);
    expect(counts('authors')).toEqual([
      ['guest', 1], // A Guest Writer
      ['conflict-desk', 4],
    ]);
  });

  it('returns the registry entries themselves', () => {
    const [first] = countArticles('people', REGISTRIES, ARTICLES);
    expect(first!.entry).toBe(SARRAJ);
  });

  it('gives every entry a count of zero when there are no articles', () => {
    expect(countArticles('places', REGISTRIES, []).map(({ count }) => count)).toEqual([0, 0, 0]);
  });

  it('gives an empty list for an empty registry', () => {
    expect(countArticles('topics', { ...REGISTRIES, topics: new Map() }, ARTICLES)).toEqual([]);
  });
});
