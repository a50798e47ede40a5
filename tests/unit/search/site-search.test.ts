import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { articleText, makeContentDir, removeDir, writeFile } from '../helpers';

type SearchIndexModule = typeof import('../../../lib/search/search-index');
type SiteSearch = typeof import('../../../lib/search/site-search');

const LATER = new Date('2021-01-01T00:00:00Z');

let dir: string | undefined;
let searchArticles: SiteSearch['searchArticles'];
/** The real buildSearchIndex, wrapped to count how often an index is built. */
let buildSearchIndex: Mock<SearchIndexModule['buildSearchIndex']>;

function useContent(articles: Record<string, string>) {
  dir = makeContentDir(articles);
  vi.stubEnv('CONTENT_DIR', dir);
}

const slugsFor = (query: string) => searchArticles(query).results.map((result) => result.article.slug);

beforeEach(async () => {
  vi.stubEnv('NODE_ENV', 'development');
  vi.resetModules(); // fresh content cache and index cache
  const actual = await vi.importActual<SearchIndexModule>('../../../lib/search/search-index');
  buildSearchIndex = vi.fn(actual.buildSearchIndex);
  vi.doMock('../../../lib/search/search-index', () => ({ ...actual, buildSearchIndex }));
  ({ searchArticles } = await import('../../../lib/search/site-search'));
});

afterEach(() => {
  vi.doUnmock('../../../lib/search/search-index');
  vi.unstubAllEnvs();
  if (dir) removeDir(dir);
  dir = undefined;
});

describe('searchArticles', () => {
  it('finds an article in the content folder', () => {
    useContent({
      'gharyan.md': articleText({}, 'Government forces retook Gharyan on Wednesday.'),
      'other.md': articleText({ title: 'Rain' }, 'Rain fell on Benghazi.'),
    });
    const outcome = searchArticles('gharyan');
    expect(outcome.query).toBe('gharyan');
    expect(outcome.results.map((r) => r.article.slug)).toEqual(['gharyan']);
  });

  it("uses the registries' aliases and the articles' entities", () => {
    const title = 'An advance'; // the default title names Hifter; headlines must differ
    useContent({
      'alias.md': articleText({ title: `${title} from the south` }, 'Haftar ordered the advance.'),
      'entity.md': articleText({ title: `${title} from the east`, people: '[khalifa-hifter]' }, 'The LNA commander ordered the advance.'),
      'other.md': articleText({ title: 'Rain' }, 'Rain fell on Benghazi.'),
    });
    expect(slugsFor('Hifter').sort()).toEqual(['alias', 'entity']);
  });

  it('builds the index once while the content is unchanged', () => {
    useContent({ 'gharyan.md': articleText({}, 'Government forces retook Gharyan.') });
    const first = searchArticles('Gharyan');
    const second = searchArticles('government');
    expect(buildSearchIndex).toHaveBeenCalledTimes(1);
    expect(second.results[0]!.article).toBe(first.results[0]!.article);
  });

  it('rebuilds the index after a file is edited, finding the new text', () => {
    useContent({ 'story.md': articleText({}, 'Government forces retook Gharyan.') });
    expect(slugsFor('Gharyan')).toEqual(['story']);
    writeFile(dir!, 'articles/story.md', articleText({}, 'Drones struck Mitiga airport.'), LATER);
    expect(slugsFor('Mitiga')).toEqual(['story']);
    expect(slugsFor('Gharyan')).toEqual([]);
    expect(buildSearchIndex).toHaveBeenCalledTimes(2);
  });

  it('rebuilds the index after a registry alias is added', () => {
    useContent({ 'story.md': articleText({}, 'Fighters from Misurata moved west.') });
    writeFile(dir!, 'places.yml', 'misrata:\n  name: Misrata\n  latitude: 32.375\n  longitude: 15.092\n', LATER);
    expect(slugsFor('Misrata')).toEqual([]);
    writeFile(
      dir!,
      'places.yml',
      'misrata:\n  name: Misrata\n  aliases: [Misurata]\n  latitude: 32.375\n  longitude: 15.092\n',
      new Date('2022-01-01T00:00:00Z'),
    );
    expect(slugsFor('Misrata')).toEqual(['story']);
  });

  it('leaves drafts out in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContent({
      'draft-story.md': articleText({ title: 'Draft story', draft: 'true' }, 'Gharyan draft.'),
      'live-story.md': articleText({}, 'Gharyan live.'),
    });
    expect(slugsFor('Gharyan')).toEqual(['live-story']);
  });

  it('finds drafts while developing', () => {
    useContent({
      'draft-story.md': articleText({ title: 'Draft story', draft: 'true', published: '2019-04-06T10:00' }, 'Gharyan draft.'),
      'live-story.md': articleText({}, 'Gharyan live.'),
    });
    expect(slugsFor('Gharyan')).toEqual(['draft-story', 'live-story']);
  });

  it('gives an empty outcome for an empty query without failing', () => {
    useContent({ 'story.md': articleText() });
    expect(searchArticles('')).toEqual({ query: '', truncated: false, terms: [], results: [] });
  });

  it('throws the content error when the content has errors', () => {
    useContent({ 'story.md': articleText({ title: undefined }) });
    expect(() => searchArticles('anything')).toThrow(/Content has errors/);
  });
});

describe('searchArticles: scheduled articles', () => {
  /** `scheduled-story` goes out at 2019-04-10T12:00 Libya time (10:00Z). */
  const BEFORE = new Date('2019-04-10T09:59:00Z');
  const AFTER = new Date('2019-04-10T10:01:00Z');
  const files = () => ({
    'live-story.md': articleText({ title: 'Live story', published: '2019-04-06T10:00' }, 'Gharyan held.'),
    'scheduled-story.md': articleText({ title: 'Scheduled story', published: '2019-04-10T12:00' }, 'Gharyan fell at dawn.'),
  });
  const found = (query: string, now: Date) => searchArticles(query, now).results.map((result) => result.article.slug);

  it('does not find a scheduled article before its time in production, and finds it after, without a reload', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContent(files());
    expect(found('Gharyan', BEFORE)).toEqual(['live-story']);
    expect(found('dawn', BEFORE)).toEqual([]);
    expect(found('Gharyan', AFTER).sort()).toEqual(['live-story', 'scheduled-story']);
    expect(found('dawn', AFTER)).toEqual(['scheduled-story']);
  });

  it('rebuilds the index only when the set of published articles changes', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContent(files());
    found('Gharyan', BEFORE);
    found('held', new Date(BEFORE.getTime() + 1000)); // still before: same set
    expect(buildSearchIndex).toHaveBeenCalledTimes(1);
    found('dawn', AFTER);
    found('held', new Date(AFTER.getTime() + 1000)); // still after: same set
    expect(buildSearchIndex).toHaveBeenCalledTimes(2);
  });

  it('finds a scheduled article before its time while developing', () => {
    useContent(files());
    expect(found('dawn', BEFORE)).toEqual(['scheduled-story']);
  });
});
