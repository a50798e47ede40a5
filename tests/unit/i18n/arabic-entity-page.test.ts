import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { arabicEntityPage } from '@/lib/i18n/arabic-entity-page';
import { site } from '@/lib/site';
import { REGISTRY_YAML, articleText, makeContentDir, makeTempDir, removeDir, writeFile } from '../helpers';

/** One more Arabic story about Tripoli than fits on a page. */
const TRIPOLI_STORIES = site.pageSize + 1;
const day = (n: number) => `2019-04-${String(n).padStart(2, '0')}T10:00`;
const slugOf = (n: number) => `tripoli-${n}`;

const translation = (slug: string, title: string) =>
  `---\ntranslation_of: ${slug}\ntitle: "${title}"\ndek: "قصة اختبارية عن الحرب في غرب ليبيا."\ntranslated: 2019-05-01T10:00\nauthors: [conflict-desk]\nplaces: [tripoli]\nsources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\nدخلت القوات مدينة طرابلس.\n`;

let dirs: string[] = [];

beforeAll(() => {
  const originals: Record<string, string> = {};
  for (let n = 1; n <= TRIPOLI_STORIES; n++) originals[`${slugOf(n)}.md`] = articleText({ title: `"Story ${n}"`, published: day(n), places: '[tripoli]' });
  originals['scheduled.md'] = articleText({ title: '"Scheduled"', published: '2099-01-01T10:00', places: '[tripoli]' });
  originals['draft.md'] = articleText({ title: '"Draft"', published: day(25), places: '[tripoli]', draft: 'true' });
  originals['gharyan-only.md'] = articleText({ title: '"Gharyan"', published: day(26), places: '[gharyan]' });
  const dir = makeContentDir(originals);
  writeFile(dir, 'authors.yml', `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق التحرير\n`);
  writeFile(dir, 'topics.yml', `${REGISTRY_YAML.topics.trimEnd()}\n  name_ar: معركة طرابلس\n`);
  // Tripoli has an Arabic name, Gharyan none.
  writeFile(dir, 'places.yml', REGISTRY_YAML.places.replace('  name: Tripoli\n', '  name: Tripoli\n  name_ar: طرابلس\n'));
  for (let n = 1; n <= TRIPOLI_STORIES; n++) writeFile(dir, `ar/articles/${slugOf(n)}.md`, translation(slugOf(n), `القصة رقم ${n} من طرابلس`));
  writeFile(dir, 'ar/articles/scheduled.md', translation('scheduled', 'قصة مجدولة في المستقبل'));
  writeFile(dir, 'ar/articles/draft.md', translation('draft', 'مسودة لم تنشر بعد'));
  const index = makeTempDir();
  dirs = [dir, index];
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  vi.stubEnv('NODE_ENV', 'production');
});

afterAll(() => {
  vi.unstubAllEnvs();
  dirs.forEach(removeDir);
});

describe('arabicEntityPage', () => {
  it("gives the first page of an entry's published Arabic stories, newest first, with the Arabic name", () => {
    const data = arabicEntityPage('places', 'tripoli')!;
    expect(data.kind).toBe('places');
    expect(data.entry).toMatchObject({ key: 'tripoli', name: 'Tripoli', name_ar: 'طرابلس' });
    expect(data.total).toBe(TRIPOLI_STORIES);
    expect(data.page).toMatchObject({ page: 1, totalPages: 2, previous: undefined, next: 2 });
    expect(data.page.items).toHaveLength(site.pageSize);
    expect(data.page.items.map((article) => article.slug).slice(0, 2)).toEqual([slugOf(TRIPOLI_STORIES), slugOf(TRIPOLI_STORIES - 1)]);
    for (const article of data.page.items) expect(article).toMatchObject({ lang: 'ar', path: `/ar/articles/${article.slug}` });
    expect(arabicEntityPage('places', 'tripoli', '1')).toEqual(data);
  });

  it('leaves out drafts and stories not yet published', () => {
    const slugs = [1, 2].flatMap((n) => arabicEntityPage('places', 'tripoli', String(n))!.page.items.map((article) => article.slug));
    expect(slugs).toHaveLength(TRIPOLI_STORIES);
    expect(slugs).not.toContain('scheduled');
    expect(slugs).not.toContain('draft');
  });

  it('gives the later pages, and nothing past the last', () => {
    const second = arabicEntityPage('places', 'tripoli', '2')!;
    expect(second.page).toMatchObject({ page: 2, totalPages: 2, previous: 1, next: undefined });
    expect(second.page.items.map((article) => article.slug)).toEqual([slugOf(1)]);
    expect(arabicEntityPage('places', 'tripoli', '3')).toBeUndefined();
  });

  it('gives nothing for a page segment that is not a page number', () => {
    for (const segment of ['0', '-1', '01', '1.5', 'x', '', ' 1', '1e1']) expect(arabicEntityPage('places', 'tripoli', segment)).toBeUndefined();
  });

  it('gives nothing for an entry without an Arabic name, even one with English stories', () => {
    expect(arabicEntityPage('places', 'gharyan')).toBeUndefined();
  });

  it('gives nothing for an unknown key or an unknown kind of registry', () => {
    expect(arabicEntityPage('places', 'benghazi')).toBeUndefined();
    expect(arabicEntityPage('cities', 'tripoli')).toBeUndefined();
    expect(arabicEntityPage('', 'tripoli')).toBeUndefined();
  });

  it('serves every kind of registry (authors too)', () => {
    const data = arabicEntityPage('authors', 'conflict-desk')!;
    expect(data).toMatchObject({ kind: 'authors', total: TRIPOLI_STORIES, entry: { name_ar: 'فريق التحرير' } });
  });

  it('gives one empty first page, and no other, for an entry with an Arabic name but no Arabic story', () => {
    const data = arabicEntityPage('topics', 'tripoli-offensive')!;
    expect(data).toMatchObject({ kind: 'topics', total: 0, entry: { name_ar: 'معركة طرابلس' } });
    expect(data.page).toMatchObject({ page: 1, totalPages: 1, items: [] });
    expect(arabicEntityPage('topics', 'tripoli-offensive', '2')).toBeUndefined();
  });
});
