import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleText, makeContentDir, makeTempDir, removeDir, writeFile } from '../helpers';

const NOW = new Date('2020-06-01T12:00:00Z');
let dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  dirs.forEach(removeDir);
  dirs = [];
});

const translation = (slug: string, title: string, extra = '') =>
  `---\ntranslation_of: ${slug}\ntitle: "${title}"\ndek: "قصة اختبارية عن الحرب في غرب ليبيا."\ntranslated: 2019-05-01T10:00\nauthors: [conflict-desk]\n${extra}sources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\nدخلت القوات مدينة غريان الجبلية.\n`;

/** English originals and their Arabic editions, in a production store with its own content index. */
async function useContent(originals: Record<string, string>, arabic: Record<string, string>) {
  const dir = makeContentDir(originals);
  writeFile(dir, 'authors.yml', 'conflict-desk:\n  name: Conflict Desk staff\n  name_ar: فريق التحرير\n');
  for (const [slug, text] of Object.entries(arabic)) writeFile(dir, `ar/articles/${slug}.md`, text);
  const index = makeTempDir();
  dirs.push(dir, index);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  return import('../../../lib/search/arabic-search');
}

const original = (published: string, extra: Record<string, string> = {}) => articleText({ title: `"Story of ${published}"`, published, ...extra });

describe('searchArabicArticles', () => {
  it('finds Arabic editions by folded spelling, newest first on equal scores, and leaves hidden ones out of results and count', async () => {
    const search = await useContent(
      {
        'one.md': original('2019-04-06T10:00'),
        'two.md': original('2019-04-07T10:00'),
        'draft-original.md': original('2019-04-08T10:00', { draft: 'true' }),
        'draft-translation.md': original('2019-04-09T10:00'),
        'scheduled.md': original('2020-07-01T10:00'),
      },
      {
        one: translation('one', 'غريان أولا'),
        two: translation('two', 'غريان ثانيا'),
        'draft-original': translation('draft-original', 'غريان ثالثا'),
        'draft-translation': translation('draft-translation', 'غريان رابعا', 'draft: true\n'),
        scheduled: translation('scheduled', 'غريان خامسا'),
      },
    );
    const outcome = search.searchArabicArticles('الجبليّة', 1, NOW);
    expect(outcome).toMatchObject({ total: 2, capped: false, page: 1, totalPages: 1 });
    expect(outcome.results.map(({ article }) => article.slug)).toEqual(['two', 'one']);
    expect(search.searchArabicArticles('zzzz', 1, NOW)).toMatchObject({ total: 0, capped: false, results: [] });
    expect(search.searchArabicArticles('   ', 1, NOW)).toMatchObject({ query: '', total: 0, results: [] });
  });

  it('shows the passage of the body around the first of the reader\'s words, marked as the story spells them', async () => {
    const search = await useContent({ 'one.md': original('2019-04-06T10:00') }, { one: translation('one', 'أولا') });
    const [result] = search.searchArabicArticles('الجبليه', 1, NOW).results;
    expect(result!.snippet).toEqual([
      { text: 'دخلت القوات مدينة غريان ', highlight: false },
      { text: 'الجبلية', highlight: true },
    ]);
  });

  it("marks the reader's words in the dek when the body has none of them, however the query spelled them", async () => {
    const search = await useContent({ 'one.md': original('2019-04-06T10:00') }, { one: translation('one', 'غريان أولا') });
    // قصه folds with قصة (taa marbuta), الحَرب with الحرب (a vowel mark).
    const [result] = search.searchArabicArticles('قصه الحَرب', 1, NOW).results;
    expect(result!.snippet).toEqual([
      { text: 'قصة', highlight: true },
      { text: ' اختبارية عن ', highlight: false },
      { text: 'الحرب', highlight: true },
      { text: ' في غرب ليبيا.', highlight: false },
    ]);
  });
});
