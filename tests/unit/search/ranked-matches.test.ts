import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchRowid, searchRowidFloor } from '../../../lib/content/content-index';
import { articleText, makeContentDir, makeTempDir, removeDir } from '../helpers';

const NOW = new Date('2020-06-01T12:00:00Z');
const RANK = 'bm25(search, 0, 8, 4, 5, 1, 0, 0)';
let dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  dirs.forEach(removeDir);
  dirs = [];
});

const story = (title: string, published: string, extra: Record<string, string> = {}, body = 'Forces advanced on the capital.') =>
  articleText({ title: `"${title}"`, published, ...extra }, body);

/** The content index of these articles, built as a production server builds it, and the ranking over it. */
async function indexOf(articles: Record<string, string>) {
  const dir = makeContentDir(articles);
  const index = makeTempDir();
  dirs.push(dir, index);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  const store = await import('../../../lib/content/store');
  const contentIndex = await import('../../../lib/content/content-index');
  const { rankMatches } = await import('../../../lib/search/ranked-matches');
  store.getPublishedArticles(NOW);
  const db = contentIndex.openContentIndex(contentIndex.contentIndexPath(dir));
  return (match: string, { page = 1, pageSize = 20, newest = 3 } = {}) =>
    rankMatches(db, { table: 'search', rank: RANK, match, hiddenSlugs: store.hiddenArticleSlugs(NOW), page, pageSize, newest });
}

describe('searchRowid', () => {
  it('orders keys by publication time and never gives a key twice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 4e12 }), { maxLength: 60 }), (times) => {
        const taken = new Set<number>();
        const keys = times.map((time) => {
          const key = searchRowid(time, (k) => taken.has(k));
          taken.add(key);
          return { time, key };
        });
        expect(taken.size).toBe(times.length);
        for (const a of keys) {
          expect(a.key).toBeGreaterThanOrEqual(searchRowidFloor(a.time));
          expect(Number.isSafeInteger(a.key)).toBe(true);
          // Fewer than 16 stories share a millisecond here, so an earlier story always has a smaller key.
          for (const b of keys) if (a.time < b.time) expect(a.key).toBeLessThan(b.key);
        }
      }),
    );
  });

  it('gives stories published in the same millisecond the next free keys', () => {
    const taken = new Set<number>();
    const take = (time: number) => {
      const key = searchRowid(time, (k) => taken.has(k));
      taken.add(key);
      return key;
    };
    expect([take(1000), take(1000), take(1000)]).toEqual([16000, 16001, 16002]);
  });
});

describe('rankMatches', () => {
  const archive = {
    'old-title.md': story('Convoy reaches Gharyan', '2019-04-06T10:00'),
    'a.md': story('Talks in Geneva', '2019-04-07T10:00', {}, 'A convoy was seen.'),
    'b.md': story('Talks in Tunis', '2019-04-08T10:00', {}, 'A convoy was seen.'),
    'c.md': story('Talks in Rome', '2019-04-09T10:00', {}, 'A convoy was seen.'),
    'd.md': story('Talks in Cairo', '2019-04-10T10:00', {}, 'A convoy was seen.'),
  };

  it('ranks only the newest matches, and says that more match', async () => {
    const rank = await indexOf(archive);
    const outcome = rank('"convoy"');
    expect(outcome).toMatchObject({ total: 3, capped: true, page: 1, totalPages: 1 });
    // The old headline match is past the newest three: left out, though it would rank first.
    expect(outcome.rows.map((row) => row.slug)).toEqual(['d', 'c', 'b']);
    expect(rank('"convoy"', { newest: 10 })).toMatchObject({ total: 5, capped: false });
    expect(rank('"convoy"', { newest: 10 }).rows[0]!.slug).toBe('old-title');
  });

  it('counts exactly the cap as not capped, and nothing for no match', async () => {
    const rank = await indexOf(archive);
    expect(rank('"convoy"', { newest: 5 })).toMatchObject({ total: 5, capped: false });
    expect(rank('"zzzz"')).toMatchObject({ total: 0, capped: false, page: 1, totalPages: 1, rows: [] });
  });

  it('leaves hidden stories out before the cap, so they take no place among the newest', async () => {
    const rank = await indexOf({
      ...archive,
      'draft.md': story('Draft convoy', '2019-04-11T10:00', { draft: 'true' }),
      'later.md': story('Scheduled convoy', '2021-01-01T10:00'),
    });
    const outcome = rank('"convoy"');
    expect(outcome.rows.map((row) => row.slug)).toEqual(['d', 'c', 'b']);
    expect(outcome.total).toBe(3);
  });

  it('pages within the ranked matches and shows the nearest page for one out of range', async () => {
    const rank = await indexOf(archive);
    const pages = [1, 2, 3].map((page) => rank('"convoy"', { page, pageSize: 2, newest: 5 }));
    expect(pages.map((p) => p.rows.map((row) => row.slug))).toEqual([['old-title', 'd'], ['c', 'b'], ['a']]);
    expect(pages.map((p) => p.totalPages)).toEqual([3, 3, 3]);
    for (const asked of [0, -1, Number.NaN, 1.5]) expect(rank('"convoy"', { page: asked, pageSize: 2, newest: 5 }).page).toBe(1);
    expect(rank('"convoy"', { page: 99, pageSize: 2, newest: 5 })).toMatchObject({ page: 3, rows: [{ slug: 'a' }] });
  });

  it('gives equal scores to the newer story first', async () => {
    const rank = await indexOf(archive);
    // a–d match the same way (same body, same-length titles): newest first.
    expect(rank('"convoy" AND "seen"', { newest: 10 }).rows.map((row) => row.slug)).toEqual(['d', 'c', 'b', 'a']);
  });
});
