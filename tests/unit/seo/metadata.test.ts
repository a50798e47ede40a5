import { describe, expect, it } from 'vitest';
import { articleMetadata, entityPageMetadata, FEED_ALTERNATES, pageMetadata } from '../../../lib/seo/metadata';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';

describe('pageMetadata', () => {
  const meta = pageMetadata({ title: 'Libya coverage', description: 'Every story.', path: '/libya' }) as any;

  it('sets title, description and an absolute self-referencing canonical URL', () => {
    expect(meta.title).toBe('Libya coverage');
    expect(meta.description).toBe('Every story.');
    expect(meta.alternates.canonical).toBe(`${site.url}/libya`);
  });

  it('keeps the feed links (Next replaces alternates wholesale)', () => {
    expect(meta.alternates.types).toEqual(FEED_ALTERNATES);
  });

  it('lets large image previews and OpenGraph/Twitter cards through', () => {
    expect(meta.robots).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
    expect(meta.openGraph).toMatchObject({ type: 'website', url: `${site.url}/libya`, siteName: site.name });
    expect(meta.openGraph.title).toBe(`Libya coverage | ${site.name}`);
    expect(meta.twitter.card).toBe('summary_large_image');
  });

  it('marks pages noindex (but followable) when asked', () => {
    const noindex = pageMetadata({ title: 'Search', description: 'x', path: '/search', noindex: true }) as any;
    expect(noindex.robots).toEqual({ index: false, follow: true });
  });

  it('leaves the title to the layout default on the front page', () => {
    expect(pageMetadata({ description: 'x', path: '/' }).title).toBeUndefined();
  });
});

describe('articleMetadata', () => {
  const article = makeArticle({
    slug: 'a-story',
    title: 'A story',
    dek: 'Its dek.',
    published: new Date('2019-04-05T19:40:00Z'),
    modified: new Date('2019-04-06T08:00:00Z'),
    authors: [{ key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] }],
    people: [{ key: 'khalifa-hifter', name: 'Khalifa Hifter', aliases: [] }],
  });
  const meta = articleMetadata(article) as any;

  it('is an OpenGraph article with Libya-time published and modified times', () => {
    expect(meta.openGraph.type).toBe('article');
    expect(meta.openGraph.publishedTime).toBe('2019-04-05T21:40:00+02:00');
    expect(meta.openGraph.modifiedTime).toBe('2019-04-06T10:00:00+02:00');
  });

  it('names its own card at the address a publish regenerates, with the headline as alt text', () => {
    const card = { url: `${site.url}/articles/a-story/opengraph-image`, width: 1200, height: 630, alt: 'A story', type: 'image/png' };
    expect(meta.openGraph.images).toEqual([card]);
    expect(meta.twitter.images).toEqual([{ url: card.url, alt: 'A story' }]);
  });

  it('carries section, tags and author URLs', () => {
    expect(meta.openGraph.section).toBe('Libya');
    expect(meta.openGraph.tags).toEqual(['Khalifa Hifter']);
    expect(meta.openGraph.authors).toEqual([`${site.url}/authors/conflict-desk`]);
  });

  it('uses the dek as description and the article URL as canonical', () => {
    expect(meta.description).toBe('Its dek.');
    expect(meta.alternates.canonical).toBe(`${site.url}/articles/a-story`);
  });

  it('announces its lite edition as an HTML alternate, next to the feeds', () => {
    expect(meta.alternates.types['text/html']).toEqual([{ url: '/lite/articles/a-story', title: 'Lite edition' }]);
    expect(meta.alternates.types['application/rss+xml']).toEqual(FEED_ALTERNATES['application/rss+xml']);
    expect((pageMetadata({ description: 'd', path: '/about' }).alternates as any).types['text/html']).toBeUndefined();
  });
});

describe('entityPageMetadata', () => {
  const entry = { key: 'tripoli', name: 'Tripoli', aliases: [], description: 'The capital.', latitude: 1, longitude: 2, approximate: false };

  it('titles later pages with their number and points canonical at that page', () => {
    const first = entityPageMetadata('places', entry, 1) as any;
    const second = entityPageMetadata('places', entry, 2) as any;
    expect(first.title).toBe('Tripoli');
    expect(first.alternates.canonical).toBe(`${site.url}/places/tripoli`);
    expect(second.title).toBe('Tripoli, page 2');
    expect(second.alternates.canonical).toBe(`${site.url}/places/tripoli/page/2`);
    expect(first.description).toBe('The capital.');
  });
});
