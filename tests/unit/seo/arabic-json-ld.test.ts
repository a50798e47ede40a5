import { describe, expect, it } from 'vitest';
import type { ArabicArticle } from '@/lib/content/translation';
import { arabicNewsArticleJsonLd } from '@/lib/seo/arabic-json-ld';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/site';
import { makeArticle } from '../helpers';

const tripoli = { key: 'tripoli', name: 'Tripoli', name_ar: 'طرابلس', aliases: [], latitude: 32.887, longitude: 13.191, approximate: false };
const gharyan = { key: 'gharyan', name: 'Gharyan', aliases: [], latitude: 32.17, longitude: 13.017, approximate: true };
const english = makeArticle({
  slug: 'a-story',
  title: 'A story',
  published: new Date('2019-04-05T19:40:00Z'),
  modified: new Date('2019-04-06T08:00:00Z'),
  authors: [
    { key: 'conflict-desk', name: 'Conflict Desk staff', name_ar: 'فريق كونفليكت ديسك', aliases: [], kind: 'organization' },
    { key: 'jane-doe', name: 'Jane Doe', aliases: [] },
  ],
  topics: [{ key: 'tripoli-offensive', name: 'Tripoli offensive', name_ar: 'الهجوم على طرابلس', aliases: [] }],
  places: [tripoli, gharyan],
  people: [{ key: 'khalifa-hifter', name: 'Khalifa Hifter', name_ar: 'خليفة حفتر', aliases: [] }],
});
const arabic = (extra: Partial<ArabicArticle> = {}): ArabicArticle => ({
  ...english,
  lang: 'ar',
  path: '/ar/articles/a-story',
  originalPath: english.path,
  title: 'قصة',
  dek: 'ملخصها.',
  translated: new Date('2019-04-07T08:00:00Z'),
  ...extra,
});

describe('arabicNewsArticleJsonLd', () => {
  const data = arabicNewsArticleJsonLd(arabic()) as Record<string, any>;

  it('is a NewsArticle in Arabic with the Arabic headline and description at the Arabic address', () => {
    expect(data['@type']).toBe('NewsArticle');
    expect(data.inLanguage).toBe('ar');
    expect(data.headline).toBe('قصة');
    expect(data.description).toBe('ملخصها.');
    expect(data.url).toBe(`${site.url}/ar/articles/a-story`);
    expect(data.mainEntityOfPage['@id']).toBe(`${site.url}/ar/articles/a-story`);
  });

  it("keeps the original's dates, in Libya time", () => {
    expect(data.datePublished).toBe('2019-04-05T21:40:00+02:00');
    expect(data.dateModified).toBe('2019-04-06T10:00:00+02:00');
  });

  it('names authors in Arabic (the English name where there is none), organizations as such, with their Arabic pages', () => {
    expect(data.author).toEqual([
      { '@type': 'Organization', name: 'فريق كونفليكت ديسك', url: `${site.url}/ar/authors/conflict-desk` },
      { '@type': 'Person', name: 'Jane Doe', url: `${site.url}/ar/authors/jane-doe` },
    ]);
  });

  it('lists topics, places and people, in that order, by their Arabic names', () => {
    expect(data.keywords).toEqual(['الهجوم على طرابلس', 'طرابلس', 'Gharyan', 'خليفة حفتر']);
  });

  it("points to the English work it translates", () => {
    expect(data.translationOfWork).toEqual({ '@type': 'NewsArticle', '@id': `${site.url}/articles/a-story`, url: `${site.url}/articles/a-story` });
  });

  it("uses the Arabic edition's card as image, or the story's own image when it has one", () => {
    expect(data.image).toEqual([`${site.url}/ar/articles/a-story/opengraph-image`]);
    const withImage = arabicNewsArticleJsonLd(arabic({ image: { src: '/images/x.jpg', alt: 'س', credit: 'AFP' } })) as any;
    expect(withImage.image).toEqual([`${site.url}/images/x.jpg`]);
  });

  it('names the dateline in Arabic, and names no place of creation without a dateline', () => {
    expect(data.locationCreated).toBeUndefined();
    const datelined = arabicNewsArticleJsonLd(arabic({ dateline: tripoli })) as any;
    expect(datelined.locationCreated).toEqual({ '@type': 'Place', name: 'طرابلس' });
    const untranslatedPlace = arabicNewsArticleJsonLd(arabic({ dateline: gharyan })) as any;
    expect(untranslatedPlace.locationCreated).toEqual({ '@type': 'Place', name: 'Gharyan' });
  });

  it('keeps the rest of the English record (publisher, section, free access, word count)', () => {
    const base = newsArticleJsonLd(arabic()) as Record<string, any>;
    for (const field of ['@context', 'publisher', 'publishingPrinciples', 'articleSection', 'isAccessibleForFree', 'wordCount']) {
      expect(data[field]).toEqual(base[field]);
    }
    expect(data.publisher).toBeDefined();
  });
});
