import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleText, makeContentDir, removeDir } from './helpers';

type Routes = typeof import('../../lib/taxonomy-routes');

let dir: string | undefined;
let routes: Routes;

/** `count` articles on the Tripoli offensive, one a day from April 1, 2019; story-01 is the oldest. */
function offensiveStories(count: number, fields: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n++) {
    const day = String(n).padStart(2, '0');
    files[`story-${day}.md`] = articleText({
      title: `"Battle for Tripoli, day ${n}"`, // headlines must differ
      published: `2019-04-${day}T10:00`,
      topics: '[tripoli-offensive]',
      ...fields,
    });
  }
  return files;
}

function useContent(articles: Record<string, string>) {
  dir = makeContentDir(articles);
  vi.stubEnv('CONTENT_DIR', dir);
}

beforeEach(async () => {
  vi.stubEnv('NODE_ENV', 'development');
  vi.resetModules(); // a fresh content cache for each test
  routes = await import('../../lib/taxonomy-routes');
});

afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) removeDir(dir);
  dir = undefined;
});

describe('parseTaxonomyKind', () => {
  it.each(['topics', 'places', 'people', 'authors'])('accepts %j', (segment) => {
    expect(routes.parseTaxonomyKind(segment)).toBe(segment);
  });

  it.each(['tags', 'Topics', 'topic', 'person', '', ' topics', 'constructor', '__proto__', 'toString'])(
    'rejects %j',
    (segment) => {
      expect(routes.parseTaxonomyKind(segment)).toBeUndefined();
    },
  );
});

describe('taxonomyPage', () => {
  it('gives the first page, newest first, with the entry and the total', () => {
    useContent(offensiveStories(21));
    const result = routes.taxonomyPage('topics', 'tripoli-offensive');
    expect(result?.kind).toBe('topics');
    expect(result?.entry).toMatchObject({ key: 'tripoli-offensive', name: 'Battle for Tripoli' });
    expect(result?.total).toBe(21);
    expect(result?.page).toMatchObject({ page: 1, totalPages: 2, previous: undefined, next: 2 });
    expect(result?.page.items).toHaveLength(20);
    expect(result?.page.items[0]!.slug).toBe('story-21');
    expect(result?.page.items.at(-1)!.slug).toBe('story-02');
  });

  it('gives the same first page for the segment "1"', () => {
    useContent(offensiveStories(21));
    const implicit = routes.taxonomyPage('topics', 'tripoli-offensive');
    const explicit = routes.taxonomyPage('topics', 'tripoli-offensive', '1');
    expect(explicit?.page.items.map((a) => a.slug)).toEqual(implicit?.page.items.map((a) => a.slug));
  });

  it('gives the 21st article on page 2', () => {
    useContent(offensiveStories(21));
    const result = routes.taxonomyPage('topics', 'tripoli-offensive', '2');
    expect(result?.page).toMatchObject({ page: 2, totalPages: 2, previous: 1, next: undefined });
    expect(result?.page.items.map((a) => a.slug)).toEqual(['story-01']);
    expect(result?.total).toBe(21);
  });

  it('gives the articles of a place, a person or an author', () => {
    useContent({
      'with-people.md': articleText({ title: 'With people', places: '[gharyan]', people: '[khalifa-hifter]' }),
      'without.md': articleText({ title: 'Without', published: '2019-04-01T10:00' }),
    });
    expect(routes.taxonomyPage('places', 'gharyan')?.page.items.map((a) => a.slug)).toEqual(['with-people']);
    expect(routes.taxonomyPage('people', 'khalifa-hifter')?.page.items.map((a) => a.slug)).toEqual(['with-people']);
    expect(routes.taxonomyPage('authors', 'conflict-desk')?.page.items.map((a) => a.slug)).toEqual([
      'with-people',
      'without',
    ]);
  });

  it('gives one empty page for an entry without articles', () => {
    useContent(offensiveStories(2));
    const result = routes.taxonomyPage('places', 'gharyan');
    expect(result?.total).toBe(0);
    expect(result?.page).toMatchObject({ page: 1, totalPages: 1, items: [] });
    expect(routes.taxonomyPage('places', 'gharyan', '2')).toBeUndefined();
  });

  it.each(['tags', 'Topics', 'topic', ''])('returns undefined for the unknown kind %j', (kind) => {
    useContent(offensiveStories(2));
    expect(routes.taxonomyPage(kind, 'tripoli-offensive')).toBeUndefined();
  });

  it('returns undefined for an unknown key, or a key of another kind', () => {
    useContent(offensiveStories(2));
    expect(routes.taxonomyPage('topics', 'no-such-topic')).toBeUndefined();
    expect(routes.taxonomyPage('topics', 'tripoli')).toBeUndefined();
    expect(routes.taxonomyPage('people', 'tripoli-offensive')).toBeUndefined();
    expect(routes.taxonomyPage('topics', 'Tripoli-Offensive')).toBeUndefined();
  });

  it.each(['0', '01', '-1', '1.0', 'abc', '', ' 2', '2/'])('returns undefined for the page segment %j', (segment) => {
    useContent(offensiveStories(21));
    expect(routes.taxonomyPage('topics', 'tripoli-offensive', segment)).toBeUndefined();
  });

  it('returns undefined for a page past the last', () => {
    useContent(offensiveStories(21));
    expect(routes.taxonomyPage('topics', 'tripoli-offensive', '3')).toBeUndefined();
    expect(routes.taxonomyPage('topics', 'tripoli-offensive', '999999')).toBeUndefined();
  });

  it('leaves drafts out in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContent({ ...offensiveStories(20), 'story-21.md': articleText({ title: 'A draft', published: '2019-04-21T10:00', topics: '[tripoli-offensive]', draft: 'true' }) });
    const result = routes.taxonomyPage('topics', 'tripoli-offensive');
    expect(result?.total).toBe(20);
    expect(result?.page.totalPages).toBe(1);
    expect(result?.page.items.map((a) => a.slug)).not.toContain('story-21');
    expect(routes.taxonomyPage('topics', 'tripoli-offensive', '2')).toBeUndefined();
  });
});

describe('taxonomyPages', () => {
  const byKindAndKey = (a: { kind: string; key: string }, b: { kind: string; key: string }) =>
    a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key);

  it('lists every registry entry of every kind with its number of pages', () => {
    useContent({ ...offensiveStories(21), 'in-gharyan.md': articleText({ title: 'In Gharyan', places: '[gharyan]', published: '2019-05-01T10:00' }) });
    expect([...routes.taxonomyPages()].sort(byKindAndKey)).toEqual([
      { kind: 'authors', key: 'conflict-desk', count: 22, pages: 2 },
      { kind: 'people', key: 'khalifa-hifter', count: 0, pages: 1 }, // no articles: still one page
      { kind: 'places', key: 'gharyan', count: 1, pages: 1 },
      { kind: 'places', key: 'tripoli', count: 0, pages: 1 },
      { kind: 'topics', key: 'tripoli-offensive', count: 21, pages: 2 },
    ]);
  });

  it('has a page for every page taxonomyPage serves, and none past it', () => {
    useContent(offensiveStories(21));
    for (const { kind, key, pages } of routes.taxonomyPages()) {
      expect(routes.taxonomyPage(kind, key, String(pages))).toBeDefined();
      expect(routes.taxonomyPage(kind, key, String(pages + 1))).toBeUndefined();
    }
  });

  it('counts only published articles in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContent({ ...offensiveStories(20), 'story-21.md': articleText({ title: 'A draft', published: '2019-04-21T10:00', topics: '[tripoli-offensive]', draft: 'true' }) });
    expect(routes.taxonomyPages()).toContainEqual({ kind: 'topics', key: 'tripoli-offensive', count: 20, pages: 1 });
  });
});
