import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UI } from '@/lib/i18n/ui-strings';
import { site } from '@/lib/site';
import { REGISTRY_YAML, articleText, makeContentDir, makeTempDir, removeDir, writeFile } from '../helpers';

type Documents = typeof import('@/lib/seo/site-documents');

const url = (path: string) => `${site.url}${path}`;
const ENGLISH_ONLY = 'Gharyan falls to the GNA';
const CORRECTED = 'Drone strike hits Mitiga airport';
const CORRECTION = 'An earlier version misspelled Mitiga.';
const ARABIC_TITLE = 'غارة بطائرة مسيرة على مطار معيتيقة';
const LIVE_TITLE = 'Live: Tripoli';

let dirs: string[] = [];

/** A production content folder; each call is a fresh server process reading it. */
async function useContent(files: Record<string, string>): Promise<Documents> {
  const dir = makeContentDir();
  for (const [file, text] of Object.entries(files)) writeFile(dir, file, text);
  const index = makeTempDir();
  dirs.push(dir, index);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  return import('@/lib/seo/site-documents');
}

const CONTENT = {
  'authors.yml': `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق التحرير\n`,
  'articles/mitiga.md': articleText({
    title: `"${CORRECTED}"`,
    published: '2019-04-05T10:00',
    updated: '2019-04-09T08:00',
    corrections: `\n  - date: 2019-04-10T10:00\n    text: ${CORRECTION}`,
  }),
  'articles/gharyan.md': articleText({ title: `"${ENGLISH_ONLY}"`, published: '2019-06-26T10:00' }),
  'articles/scheduled.md': articleText({ title: '"Scheduled for 2099"', published: '2099-01-01T10:00' }),
  'articles/unfinished.md': articleText({ title: '"An unfinished draft"', published: '2019-04-06T10:00', draft: 'true' }),
  'ar/articles/mitiga.md': `---\ntranslation_of: mitiga\ntitle: "${ARABIC_TITLE}"\ndek: "توقف الرحلات في مطار العاصمة الوحيد العامل."\ntranslated: 2019-05-01T10:00\nauthors: [conflict-desk]\nsources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\nتوقفت الرحلات في مطار معيتيقة.\n`,
  'ar/articles/scheduled.md': `---\ntranslation_of: scheduled\ntitle: "قصة مجدولة في المستقبل"\ndek: "قصة اختبارية عن الحرب في غرب ليبيا."\ntranslated: 2019-05-01T10:00\nauthors: [conflict-desk]\nsources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\nنص لم يحن موعده.\n`,
  'live/tripoli-live.md': `---\ntitle: "${LIVE_TITLE}"\ndek: Updates.\nsummary: "- A point."\npublished: 2019-04-05T09:00\nstatus: live\nauthors: [conflict-desk]\n---\n\n## 2019-04-05T09:00Z | First update\nsources:\n  - publisher: Reuters\n\nForces moved, Reuters reported.\n`,
};

let documents: Documents;

beforeAll(async () => {
  documents = await useContent(CONTENT);
});

afterEach(() => vi.doUnmock('@/lib/seo/sitemap'));

afterAll(() => {
  vi.unstubAllEnvs();
  dirs.forEach(removeDir);
});

const hidden = (text: string) => {
  expect(text).not.toContain('scheduled');
  expect(text).not.toContain('unfinished');
  expect(text).not.toContain('Scheduled for 2099');
};

describe('sitemaps', () => {
  it('list every published page of both editions, and no draft or scheduled story', () => {
    const xml = documents.sitemapXml();
    expect(xml).toContain('<urlset');
    for (const path of ['/articles/mitiga', '/articles/gharyan', '/ar/articles/mitiga', '/live/tripoli-live']) expect(xml).toContain(`<loc>${url(path)}</loc>`);
    hidden(xml);
  });

  it('are one file while the site fits in one: no numbered part exists', () => {
    expect(documents.sitemapParts()).toHaveLength(1);
    for (const index of [0, 1, -1]) expect(documents.sitemapPartXml(index)).toBeUndefined();
  });

  it('serve each part of a split sitemap by its index, and nothing past the last', async () => {
    vi.doMock('@/lib/seo/sitemap', async (importOriginal) => {
      const original = await importOriginal<typeof import('@/lib/seo/sitemap')>();
      return { ...original, splitSitemap: <T>(entries: readonly T[]) => original.splitSitemap(entries, 2) };
    });
    vi.resetModules();
    const split = await import('@/lib/seo/site-documents');
    const parts = split.sitemapParts();
    expect(parts.length).toBeGreaterThan(1);
    const xml = parts.map((_, index) => split.sitemapPartXml(index)!);
    for (const part of xml) expect(part).toContain('<urlset');
    expect(xml.join('')).toContain(`<loc>${url('/articles/gharyan')}</loc>`);
    expect(split.sitemapPartXml(parts.length)).toBeUndefined();
  });

  it('the news sitemap lists the stories of the 48 hours before `now`, and none published after it', () => {
    const xml = documents.newsSitemapXml(new Date('2019-06-27T12:00:00Z'));
    expect(xml).toContain(url('/articles/gharyan'));
    expect(xml).not.toContain(url('/articles/mitiga'));
    expect(documents.newsSitemapXml(new Date('2019-06-26T07:00:00Z'))).not.toContain(url('/articles/gharyan'));
    expect(documents.newsSitemapXml(new Date('2019-06-29T09:00:00Z'))).not.toContain(url('/articles/gharyan'));
  });
});

describe('English feeds', () => {
  it('RSS and Atom carry the published stories and live pages, and no draft or scheduled story', () => {
    for (const xml of [documents.rssFeed(), documents.atomFeed()]) {
      for (const text of [CORRECTED, ENGLISH_ONLY, LIVE_TITLE, url('/articles/gharyan')]) expect(xml).toContain(text);
      expect(xml).not.toContain(ARABIC_TITLE);
      hidden(xml);
    }
    expect(documents.rssFeed()).toContain('<rss');
    expect(documents.atomFeed()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  });

  it('JSON Feed 1.1 in English lists the same items', () => {
    const feed = JSON.parse(documents.jsonFeed());
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'en', title: site.name });
    const urls = feed.items.map((item: { url: string }) => item.url);
    expect(urls).toEqual(expect.arrayContaining([url('/articles/gharyan'), url('/articles/mitiga'), url('/live/tripoli-live')]));
    expect(urls).toHaveLength(3);
  });
});

describe('Arabic feeds', () => {
  it('RSS and Atom carry only the published translations, in Arabic, and no live page', () => {
    for (const xml of [documents.arabicRssFeed(), documents.arabicAtomFeed()]) {
      expect(xml).toContain(ARABIC_TITLE);
      expect(xml).toContain(url('/ar/articles/mitiga'));
      expect(xml).toContain(UI.ar.siteName);
      expect(xml).not.toContain(ENGLISH_ONLY);
      expect(xml).not.toContain(LIVE_TITLE);
      hidden(xml);
    }
    expect(documents.arabicRssFeed()).toMatch(/<language>ar<\/language>/);
  });

  it('JSON Feed 1.1 in Arabic lists the translations only', () => {
    const feed = JSON.parse(documents.arabicJsonFeed());
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'ar', title: UI.ar.siteName, home_page_url: url('/ar') });
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([url('/ar/articles/mitiga')]);
  });
});

describe('correctionsFeed', () => {
  it('carries each correction with the corrected story', () => {
    const xml = documents.correctionsFeed();
    expect(xml).toContain(CORRECTION);
    expect(xml).toContain(`Correction: ${CORRECTED}`);
    expect(xml).toContain(url('/articles/mitiga'));
  });
});

describe('documentResponse', () => {
  it('answers the document as UTF-8 XML by default', async () => {
    const response = documents.documentResponse('<urlset/>');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await response.text()).toBe('<urlset/>');
  });

  it('answers with the given type, in UTF-8', async () => {
    const response = documents.documentResponse('{"items":["غريان"]}', 'application/feed+json');
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(await response.json()).toEqual({ items: ['غريان'] });
  });
});

// Last: it points the process at another content folder.
describe('invalid content', () => {
  it('gives no document at all: each throws the content error', async () => {
    const broken = await useContent({ 'articles/broken.md': articleText({ authors: '[nobody]' }) });
    for (const make of [broken.sitemapXml, broken.rssFeed, broken.arabicRssFeed, broken.correctionsFeed, () => broken.newsSitemapXml(new Date())]) {
      expect(make).toThrow(/Unknown author "nobody"/);
    }
  });
});
