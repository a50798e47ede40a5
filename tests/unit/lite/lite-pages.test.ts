import fc from 'fast-check';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiteDocument } from '../../../components/LiteDocument';
import { coverageIndexHref } from '../../../lib/coverage-index';
import { liteIndexHref, litePath } from '../../../lib/lite/lite-paths';
import { renderDocument } from '../../../lib/lite/render-html';
import { REGISTRY_YAML, articleText, makeContentDir, removeDir, writeFile } from '../helpers';

type Responses = typeof import('../../../lib/lite/lite-responses');
type Servable = typeof import('../../../lib/routing/servable-path');

// React's server renderer is loaded with Node's resolution (lib/lite/render-html.ts): load it
// now, in the test environment's mode, before tests switch NODE_ENV to production.
renderDocument(createElement('html'));

const NOW = new Date('2021-01-01T00:00:00Z');
let dir: string | undefined;
let lite: Responses;
let servable: Servable;

const FULL = articleText(
  {
    title: '"Drone strike hits Mitiga airport"',
    dateline: 'tripoli',
    updated: '2019-04-09T08:00',
    figures: "\n  - metric: displaced\n    value: 2800\n    qualifier: more than\n    unit: people\n    as_of: 2019-04-04\n    scope: Around Tripoli\n    reported_by: OCHA",
    corrections: '\n  - date: 2019-04-10T10:00\n    text: An earlier version misspelled Mitiga.',
  },
  'Flights were suspended.\n\n## What happened\n\nA *second* strike followed.',
);

async function useContent(articles: Record<string, string>) {
  dir = makeContentDir(articles);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  lite = await import('../../../lib/lite/lite-responses');
  servable = await import('../../../lib/routing/servable-path');
}

beforeEach(() => vi.stubEnv('SITE_URL', 'https://news.example.org'));

afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) removeDir(dir);
  dir = undefined;
});

const text = async (response: Response | undefined) => {
  expect(response).toBeDefined();
  return response!.text();
};

describe('lite paths', () => {
  it('put the full path under /lite, and page 1 of the index at /lite', () => {
    expect(litePath('/articles/a-b')).toBe('/lite/articles/a-b');
    expect(liteIndexHref(1)).toBe('/lite');
    expect(liteIndexHref(3)).toBe('/lite/page/3');
    expect(coverageIndexHref(1)).toBe('/libya');
    expect(coverageIndexHref(3)).toBe('/libya/page/3');
  });

  it('keep the Arabic edition under /ar: /ar/lite/articles/<slug>, and its index at /ar/lite', () => {
    expect(litePath('/ar/articles/a-b')).toBe('/ar/lite/articles/a-b');
    expect(liteIndexHref(1, 'ar')).toBe('/ar/lite');
    expect(liteIndexHref(3, 'ar')).toBe('/ar/lite/page/3');
    expect(coverageIndexHref(3, 'ar')).toBe('/ar/libya/page/3');
  });
});

describe('a lite article', () => {
  it('is a whole HTML document with the reporting, no scripts, no web fonts and no stylesheet request', async () => {
    await useContent({ 'mitiga.md': FULL });
    const response = lite.liteArticleResponse('mitiga', NOW);
    expect(response?.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await text(response);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/@font-face|<link[^>]+stylesheet|<img/i);
    expect(html).toContain('<h1>Drone strike hits Mitiga airport</h1>');
    expect(html).toContain('The UN chief leaves Libya without a truce.');
    expect(html).toContain('By Conflict Desk staff');
    expect(html).toContain('TRIPOLI');
    expect(html).toMatch(/Published <time dateTime="2019-04-05T21:40:00\+02:00">/i);
    expect(html).toMatch(/Updated <time dateTime="2019-04-09T08:00:00\+02:00">/i);
    expect(html).toContain('<em>second</em>');
    expect(html).toContain('More than 2,800 people displaced');
    expect(html).toContain('An earlier version misspelled Mitiga.');
    expect(html).toContain('Reuters');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/articles/mitiga"/>');
    expect(html).toContain('<a href="/articles/mitiga">Full version</a>');
  });

  it('does not exist for a draft, a scheduled story or an unknown slug', async () => {
    await useContent({
      'mitiga.md': FULL,
      'draft.md': articleText({ draft: 'true', title: 'A draft' }),
      'later.md': articleText({ published: '2030-01-01T10:00', title: 'A scheduled story' }),
    });
    expect(lite.liteArticleResponse('draft', NOW)).toBeUndefined();
    expect(lite.liteArticleResponse('later', NOW)).toBeUndefined();
    expect(lite.liteArticleResponse('nope', NOW)).toBeUndefined();
    // proxy.ts answers these addresses with the site's 404 before any route runs.
    expect(servable.isServablePath('/lite/articles/mitiga', NOW)).toBe(true);
    expect(servable.isServablePath('/lite/articles/draft', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/articles/later', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/articles/nope', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/articles/later', new Date('2030-01-02T00:00:00Z'))).toBe(true);
  });
});

describe('the lite coverage index', () => {
  it('lists published stories with links to their lite pages, canonical to /libya', async () => {
    await useContent({ 'mitiga.md': FULL, 'draft.md': articleText({ draft: 'true', title: 'Secret draft' }) });
    const html = await text(lite.liteIndexResponse(1, NOW));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<a href="/lite/articles/mitiga">Drone strike hits Mitiga airport</a>');
    expect(html).not.toContain('Secret draft');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/libya"/>');
  });

  it('has page 1 always, and no page past the last', async () => {
    await useContent({});
    expect(await text(lite.liteIndexResponse(1, NOW))).toContain('<h1>');
    expect(lite.liteIndexResponse(2, NOW)).toBeUndefined();
    expect(servable.isServablePath('/lite/page/2', NOW)).toBe(false);
  });
});

/** An Arabic edition of FULL, with its own figures and correction. */
const TRANSLATION = [
  '---',
  'translation_of: mitiga',
  'title: "غارة بطائرة مسيّرة تصيب مطار معيتيقة"',
  'dek: "الأمين العام للأمم المتحدة يغادر ليبيا دون هدنة."',
  'translated: 2019-04-10T12:00',
  'authors: [conflict-desk]',
  'dateline: tripoli',
  'sources:',
  '  - publisher: Reuters',
  '    date: 2019-04-01',
  'figures:',
  '  - metric: displaced',
  '    value: 2800',
  '    qualifier: more than',
  '    unit: people',
  '    as_of: 2019-04-04',
  '    scope: حول طرابلس',
  '    reported_by: أوتشا',
  'corrections:',
  '  - date: 2019-04-10T10:00',
  '    text: أخطأت نسخة سابقة في كتابة اسم معيتيقة.',
  '---',
  'عُلّقت الرحلات، وفق ما أفادت به وكالة رويترز.',
  '',
].join('\n');

async function useBilingualContent(translations: Record<string, string>) {
  await useContent({ 'mitiga.md': FULL, 'other.md': articleText({ title: 'A story with no Arabic edition', published: '2019-04-06T10:00' }) });
  writeFile(dir!, 'authors.yml', `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق كونفليكت ديسك\n`);
  writeFile(dir!, 'places.yml', REGISTRY_YAML.places.replace('  name: Tripoli\n', '  name: Tripoli\n  name_ar: طرابلس\n'));
  for (const [name, text] of Object.entries(translations)) writeFile(dir!, `ar/articles/${name}`, text);
  vi.resetModules();
  lite = await import('../../../lib/lite/lite-responses');
  servable = await import('../../../lib/routing/servable-path');
}

describe('the Arabic lite edition', () => {
  it('is a right-to-left document with the Arabic reporting and interface, canonical to the full Arabic page', async () => {
    await useBilingualContent({ 'mitiga.md': TRANSLATION });
    const html = await text(lite.liteArticleResponse('mitiga', NOW, 'ar'));
    expect(html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/@font-face|<link[^>]+stylesheet|<img/i);
    expect(html).toContain('<h1>غارة بطائرة مسيّرة تصيب مطار معيتيقة</h1>');
    expect(html).toContain('بقلم فريق كونفليكت ديسك');
    // Arabic names, never upper-cased or letter-spaced.
    expect(html).toContain('<span class="dateline">طرابلس · </span>');
    expect(html).toMatch(/نُشر في <time dateTime="2019-04-05T21:40:00\+02:00">/);
    expect(html).toContain('<h2 id="figures-heading">الأرقام</h2>');
    expect(html).toContain('حول طرابلس. حتى <time');
    expect(html).toContain('<h2 id="corrections-heading">تصحيحات</h2>');
    expect(html).toContain('أخطأت نسخة سابقة في كتابة اسم معيتيقة.');
    expect(html).toContain('<h2 id="sources-heading">المصادر</h2>');
    // The corrections log is English only: the Arabic page does not link to it.
    expect(html).not.toContain('All corrections');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/ar/articles/mitiga"/>');
    expect(html).toContain('<a href="/ar/articles/mitiga">النسخة الكاملة</a>');
    expect(html).toContain('<a href="/ar/lite">كونفليكت ديسك الخفيفة</a>');
    expect(html).toContain('<a href="/ar">الموقع الكامل</a>');
  });

  it('links each lite page to the same lite page in the other language, where there is one', async () => {
    await useBilingualContent({ 'mitiga.md': TRANSLATION });
    const english = await text(lite.liteArticleResponse('mitiga', NOW));
    expect(english).toContain('<a href="/ar/lite/articles/mitiga" hrefLang="ar" lang="ar" dir="rtl">اقرأ بالعربية</a>');
    const arabic = await text(lite.liteArticleResponse('mitiga', NOW, 'ar'));
    expect(arabic).toContain('<a href="/lite/articles/mitiga" hrefLang="en" lang="en" dir="ltr">Read in English</a>');
    // No translation, no link.
    expect(await text(lite.liteArticleResponse('other', NOW))).not.toContain('language-switch');
    expect(await text(lite.liteIndexResponse(1, NOW))).toContain('<a href="/ar/lite" hrefLang="ar"');
    expect(await text(lite.liteIndexResponse(1, NOW, 'ar'))).toContain('<a href="/lite" hrefLang="en"');
  });

  it('exists only for a published translation of a published story', async () => {
    await useBilingualContent({ 'mitiga.md': TRANSLATION.replace('translated: ', 'draft: true\ntranslated: ') });
    expect(lite.liteArticleResponse('mitiga', NOW, 'ar')).toBeUndefined();
    expect(lite.liteArticleResponse('other', NOW, 'ar')).toBeUndefined();
    // The English lite page is unaffected, and does not point to the draft.
    expect(await text(lite.liteArticleResponse('mitiga', NOW))).not.toContain('language-switch');
    for (const path of ['/ar/lite/articles/mitiga', '/ar/lite/articles/other', '/ar/lite/articles/nope', '/ar/lite/page/2', '/ar/lite/nothing']) {
      expect(servable.isServablePath(path, NOW), path).toBe(false);
    }
  });

  it('has an index of the translated stories only, canonical to /ar/libya, and no page past the last', async () => {
    await useBilingualContent({ 'mitiga.md': TRANSLATION });
    expect(servable.isServablePath('/ar/lite/articles/mitiga', NOW)).toBe(true);
    // A fixed address: proxy.ts lets it through to its route.
    expect(servable.isServablePath('/ar/lite', NOW)).toBeUndefined();
    const html = await text(lite.liteIndexResponse(1, NOW, 'ar'));
    expect(html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<a href="/ar/lite/articles/mitiga">غارة بطائرة مسيّرة تصيب مطار معيتيقة</a>');
    expect(html).not.toContain('A story with no Arabic edition');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/ar/libya"/>');
    expect(html).toContain('<title>تغطية ليبيا | كونفليكت ديسك الخفيفة</title>');
    expect(lite.liteIndexResponse(2, NOW, 'ar')).toBeUndefined();
    expect(lite.liteIndexPageResponse('2', 'ar').status).toBe(404);
    expect(lite.liteIndexPageResponse('1', 'ar').status).toBe(404);
  });
});

/** A live page with 10 entries (8 a page: two pages), the second of them a key event. */
const LIVE = [
  '---',
  'title: "Live: the push on Tripoli"',
  'dek: Updates as the offensive unfolds.',
  'summary: |',
  '  - Hifter ordered an advance on Tripoli.',
  'published: 2019-04-05T08:00',
  'status: ended',
  'authors: [conflict-desk]',
  'places: [tripoli]',
  '---',
  '',
  ...Array.from({ length: 10 }, (_, i) => [
    `## 2019-04-05T${String(9 + i).padStart(2, '0')}:00 | Update number ${i + 1}`,
    ...(i === 1 ? ['key: true'] : []),
    'sources:',
    '  - publisher: Reuters',
    '',
    `Entry ${i + 1} happened, Reuters reported.`,
    '',
  ]).flat(),
].join('\n');

describe('a lite live page', () => {
  it('has what we know, the key events and the newest entries, then older entries on later pages', async () => {
    await useContent({ 'mitiga.md': FULL });
    writeFile(dir!, 'live/tripoli-live.md', LIVE);
    vi.resetModules();
    lite = await import('../../../lib/lite/lite-responses');
    servable = await import('../../../lib/routing/servable-path');

    const first = await text(lite.liteLiveResponse('tripoli-live', 1, NOW));
    expect(first).not.toMatch(/<script/i);
    expect(first).toContain('<h1>Live: the push on Tripoli</h1>');
    expect(first).toContain('<strong>Ended</strong>');
    expect(first).toContain('Hifter ordered an advance on Tripoli.');
    expect(first).toContain('<h2 id="key-events">Key events</h2>');
    // The key event is on page 2: its link goes there, at the entry.
    expect(first).toMatch(/<a href="\/lite\/live\/tripoli-live\/page\/2#entry-20190405-1000">/);
    expect(first.match(/class="entry"/g)).toHaveLength(8);
    expect(first).toContain('Update number 10');
    expect(first).not.toContain('id="entry-20190405-1000"');
    expect(first).toContain('<a href="/lite/live/tripoli-live/page/2" rel="next">');
    expect(first).toContain('<link rel="canonical" href="https://news.example.org/live/tripoli-live"/>');
    expect(first).toContain('<a href="/live/tripoli-live">Full version</a>');

    const second = await text(lite.liteLiveResponse('tripoli-live', 2, NOW));
    expect(second).toContain('<h2 id="updates-heading">Earlier updates</h2>');
    expect(second.match(/class="entry"/g)).toHaveLength(2);
    expect(second).toContain('id="entry-20190405-1000"');
    expect(second).toContain('<link rel="canonical" href="https://news.example.org/live/tripoli-live/page/2"/>');
    expect(second).not.toContain('What we know');

    expect(lite.liteLiveResponse('tripoli-live', 3, NOW)).toBeUndefined();
    expect(lite.liteLiveResponse('nope', 1, NOW)).toBeUndefined();
    expect(lite.liteLivePageResponse('tripoli-live', '1', 'en').status).toBe(404);
    expect(servable.isServablePath('/lite/live/tripoli-live', NOW)).toBe(true);
    expect(servable.isServablePath('/lite/live/tripoli-live/page/2', NOW)).toBe(true);
    expect(servable.isServablePath('/lite/live/tripoli-live/page/3', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/live/nope', NOW)).toBe(false);
    expect(servable.isServablePath('/ar/lite/live/tripoli-live', NOW)).toBe(false);

    // The lite index lists it first, on its first page.
    const index = await text(lite.liteIndexResponse(1, NOW));
    expect(index).toContain('<a href="/lite/live/tripoli-live">Live: the push on Tripoli</a>');
    expect(index.indexOf('/lite/live/tripoli-live')).toBeLessThan(index.indexOf('/lite/articles/mitiga'));
  });
});

describe('LiteDocument', () => {
  it('escapes any title and description: no markup of theirs reaches the page', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, description) => {
        const html = renderDocument(createElement(LiteDocument, { title, description, fullPath: '/libya', children: null }));
        expect(html).not.toMatch(/<script|<img|<iframe/i);
        expect((html.match(/<title>/g) ?? []).length).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
