import { describe, expect, it } from 'vitest';
import type { ArabicLivePage } from '../../../lib/content/arabic-live-checks';
import type { ArabicArticle } from '../../../lib/content/translation';
import { UI } from '../../../lib/i18n/ui-strings';
import { ARABIC_FEED_ALTERNATES, arabicArticleMetadata, arabicLiveMetadata, arabicPageMetadata } from '../../../lib/seo/arabic-metadata';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';

const SITE_CARD = `${site.url}/ar/opengraph-image`;

describe('arabicPageMetadata', () => {
  const meta = arabicPageMetadata({ title: 'التغطية', description: 'كل القصص.', path: '/ar/libya', englishPath: '/libya' }) as any;

  it('sets the title, an absolute canonical URL, the Arabic feeds and the hreflang pair', () => {
    expect(meta.title).toBe('التغطية');
    expect(meta.alternates.canonical).toBe(`${site.url}/ar/libya`);
    expect(meta.alternates.types).toEqual(ARABIC_FEED_ALTERNATES);
    expect(meta.alternates.languages).toMatchObject({ ar: `${site.url}/ar/libya`, en: `${site.url}/libya` });
  });

  it('is an Arabic OpenGraph page of the Arabic site, with the Arabic site card on OpenGraph and Twitter', () => {
    expect(meta.openGraph).toMatchObject({ type: 'website', locale: 'ar_LY', alternateLocale: ['en_US'], siteName: UI.ar.siteName });
    expect(meta.openGraph.title).toBe(`التغطية | ${UI.ar.siteName}`);
    expect(meta.openGraph.images).toEqual([{ url: SITE_CARD, width: 1200, height: 630, alt: `${UI.ar.siteName}: ${UI.ar.tagline}` }]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [SITE_CARD] });
  });

  it('names no English alternate when the page has no English version, and can be noindex', () => {
    const alone = arabicPageMetadata({ description: 'x', path: '/ar/search', noindex: true }) as any;
    expect(alone.title).toBeUndefined();
    expect(alone.openGraph.title).toBe(UI.ar.siteName);
    expect(alone.openGraph.alternateLocale).toBeUndefined();
    expect(alone.robots).toEqual({ index: false, follow: true });
  });
});

const english = makeArticle({
  slug: 'a-story',
  published: new Date('2019-04-05T19:40:00Z'),
  modified: new Date('2019-04-06T08:00:00Z'),
  topics: [{ key: 'tripoli-offensive', name: 'Tripoli offensive', name_ar: 'الهجوم على طرابلس', aliases: [] }],
  authors: [{ key: 'conflict-desk', name: 'Conflict Desk staff', name_ar: 'فريق كونفليكت ديسك', aliases: [] }],
});
const arabic: ArabicArticle = {
  ...english,
  lang: 'ar',
  path: '/ar/articles/a-story',
  originalPath: english.path,
  title: 'قصة',
  dek: 'ملخصها.',
  translated: new Date('2019-04-07T08:00:00Z'),
};

describe('arabicArticleMetadata', () => {
  const meta = arabicArticleMetadata(arabic) as any;
  const card = `${site.url}/ar/articles/a-story/opengraph-image`;

  it("is an OpenGraph article with Libya-time times and Arabic tag and author names", () => {
    expect(meta.openGraph).toMatchObject({ type: 'article', title: 'قصة', publishedTime: '2019-04-05T21:40:00+02:00', modifiedTime: '2019-04-06T10:00:00+02:00' });
    expect(meta.openGraph.tags).toEqual(['الهجوم على طرابلس']);
    expect(meta.authors).toEqual([{ name: 'فريق كونفليكت ديسك' }]);
  });

  it("uses the story's own card, not the site card", () => {
    expect(meta.openGraph.images).toEqual([{ url: card, width: 1200, height: 630, alt: 'قصة', type: 'image/png' }]);
    expect(meta.twitter).toMatchObject({ title: 'قصة', description: 'ملخصها.', images: [{ url: card, alt: 'قصة' }] });
  });

  it('pairs the story with its English original', () => {
    expect(meta.alternates.languages).toMatchObject({ en: `${site.url}/articles/a-story`, ar: `${site.url}/ar/articles/a-story` });
  });
});

describe('arabicLiveMetadata', () => {
  const page = {
    slug: 'battle',
    path: '/ar/live/battle',
    originalPath: '/live/battle',
    title: 'المعركة',
    dek: 'تغطية مباشرة.',
    published: new Date('2019-04-04T10:00:00Z'),
    entries: [{ time: new Date('2019-04-05T10:00:00Z') }],
    corrections: [],
  } as unknown as ArabicLivePage;

  it('pairs page 1 with the English live page and dates it by its latest entry', () => {
    const meta = arabicLiveMetadata(page, 1) as any;
    expect(meta.alternates.canonical).toBe(`${site.url}/ar/live/battle`);
    expect(meta.alternates.languages).toMatchObject({ en: `${site.url}/live/battle` });
    expect(meta.openGraph).toMatchObject({ type: 'article', title: 'المعركة', modifiedTime: '2019-04-05T12:00:00+02:00' });
    expect(meta.openGraph.images[0].url).toBe(SITE_CARD);
  });

  it('dates it by a correction made after its latest entry', () => {
    const corrected = { ...page, corrections: [{ date: new Date('2019-04-09T22:00:00Z'), text: 'تصحيح.' }] } as ArabicLivePage;
    expect((arabicLiveMetadata(corrected, 1) as any).openGraph.modifiedTime).toBe('2019-04-10T00:00:00+02:00');
  });

  it('numbers older pages in the title and gives them no English pair', () => {
    const meta = arabicLiveMetadata(page, 2) as any;
    expect(meta.title).toBe('المعركة، الصفحة 2');
    expect(meta.alternates.canonical).toBe(`${site.url}/ar/live/battle/page/2`);
    expect(meta.alternates.languages).toBeUndefined();
  });
});
