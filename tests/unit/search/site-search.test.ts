import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleText, makeContentDir, makeTempDir, removeDir, writeFile } from '../helpers';

type Search = typeof import('../../../lib/search/site-search');
let dirs: string[] = [];
let search: Search;

const NOW = new Date('2020-06-01T12:00:00Z');

/** A production store over these articles, with its own content index. */
async function useContent(articles: Record<string, string>) {
  const dir = makeContentDir(articles);
  const index = makeTempDir();
  dirs.push(dir, index);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  search = await import('../../../lib/search/site-search');
}

beforeEach(() => {
  dirs = [];
});
afterEach(() => {
  vi.unstubAllEnvs();
  dirs.forEach(removeDir);
});

const story = (title: string, published: string, extra: Record<string, string> = {}, body = 'Forces advanced on the capital.') =>
  articleText({ title: `"${title}"`, published, ...extra }, body);

describe('searchArticles', () => {
  it('leaves drafts and scheduled stories out of the results and the count', async () => {
    await useContent({
      'old.md': story('Convoy reaches Gharyan', '2019-04-06T10:00'),
      'new.md': story('Second convoy reaches Gharyan', '2019-04-07T10:00'),
      'draft.md': story('Draft convoy story', '2019-04-08T10:00', { draft: 'true' }),
      'later.md': story('Scheduled convoy story', '2021-01-01T10:00'),
    });
    const outcome = search.searchArticles('convoy', 1, NOW);
    expect(outcome.total).toBe(2);
    expect(outcome.capped).toBe(false);
    expect(outcome.results.map((r) => r.article.slug).sort()).toEqual(['new', 'old']);
  });

  it('ranks a title match first, and gives equal matches to the newer story first', async () => {
    await useContent({
      'body-only.md': story('Talks in Geneva', '2019-04-09T10:00', {}, 'A convoy was seen.'),
      'title-old.md': story('Convoy attacked in Gharyan', '2019-04-06T10:00'),
      'title-new.md': story('Convoy attacked in Tarhuna', '2019-04-07T10:00'),
    });
    const slugs = search.searchArticles('convoy', 1, NOW).results.map((r) => r.article.slug);
    expect(slugs).toEqual(['title-new', 'title-old', 'body-only']);
  });

  it('pages the results and highlights the matched words', async () => {
    const articles = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`s${i}.md`, story(`Convoy ${i}`, `2019-05-${String(1 + i).padStart(2, '0')}T10:00`)]),
    );
    await useContent(articles);
    const first = search.searchArticles('convoy', 1, NOW);
    const second = search.searchArticles('convoy', 2, NOW);
    expect([first.total, first.totalPages, first.results.length, second.results.length]).toEqual([25, 2, 20, 5]);
    const seen = new Set([...first.results, ...second.results].map((r) => r.article.slug));
    expect(seen.size).toBe(25);
    expect(search.searchArticles('capital', 1, NOW).results[0]!.snippet.some((part) => part.highlight && /capital/i.test(part.text))).toBe(true);
  });

  it('finds nothing for a word no story has, and nothing for an empty query', async () => {
    await useContent({ 'one.md': story('Convoy', '2019-04-06T10:00') });
    expect(search.searchArticles('zzzz', 1, NOW)).toMatchObject({ total: 0, results: [] });
    expect(search.searchArticles('   ', 1, NOW)).toMatchObject({ total: 0, results: [] });
  });

  it('shows a page past the last as the last page, and a page below 1 as the first', async () => {
    const articles = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`s${i}.md`, story(`Convoy ${i}`, `2019-05-${String(1 + i).padStart(2, '0')}T10:00`)]),
    );
    await useContent(articles);
    expect(search.searchArticles('convoy', 9, NOW)).toMatchObject({ page: 2, totalPages: 2, capped: false });
    expect(search.searchArticles('convoy', 9, NOW).results).toHaveLength(5);
    expect(search.searchArticles('convoy', -3, NOW).page).toBe(1);
  });

  it('finds a story again after it is re-dated, in its new place among the newest', async () => {
    await useContent({
      'a.md': story('Talks in Geneva', '2019-04-06T10:00', {}, 'A convoy was seen.'),
      'b.md': story('Talks in Tunis', '2019-04-07T10:00', {}, 'A convoy was seen.'),
    });
    expect(search.searchArticles('convoy', 1, NOW).results.map((r) => r.article.slug)).toEqual(['b', 'a']);
    const dir = process.env.CONTENT_DIR!;
    writeFile(dir, 'articles/a.md', story('Talks in Geneva', '2019-04-08T10:00', {}, 'A convoy was seen.'), new Date('2020-02-01T00:00:00Z'));
    const { reloadContent } = await import('../../../lib/content/store');
    expect(reloadContent()).toMatchObject({ ok: true });
    expect(search.searchArticles('convoy', 1, NOW).results.map((r) => r.article.slug)).toEqual(['a', 'b']);
  });
});
