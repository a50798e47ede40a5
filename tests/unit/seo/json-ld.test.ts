import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from '../../../lib/seo/json-ld';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';

const author = { key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] };
const article = makeArticle({
  slug: 'gna-retakes-gharyan',
  title: 'GNA retakes Gharyan',
  dek: 'The hill town falls.',
  published: new Date('2019-06-27T09:30:00Z'),
  modified: new Date('2019-06-28T10:00:00Z'),
  authors: [author],
  topics: [{ key: 'tripoli-offensive', name: 'Battle for Tripoli', aliases: [] }],
  wordCount: 600,
});

describe('serializeJsonLd', () => {
  it('cannot be closed by a </script> in any text and still parses to the same data', () => {
    const data = { headline: 'Evil </script><script>alert(1)</script> & <!-- done -->' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<');
    expect(out).not.toContain('>');
    expect(JSON.parse(out)).toEqual(data);
  });

  it('escapes the line and paragraph separators that break some JavaScript parsers', () => {
    const out = serializeJsonLd({ text: 'a\u2028b\u2029c' });
    expect(out).toContain('\\u2028');
    expect(JSON.parse(out)).toEqual({ text: 'a\u2028b\u2029c' });
  });
});

describe('newsArticleJsonLd', () => {
  const data = newsArticleJsonLd(article) as Record<string, any>;

  it('describes the article as a NewsArticle with times carrying the Libya offset', () => {
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('GNA retakes Gharyan');
    expect(data.description).toBe('The hill town falls.');
    expect(data.datePublished).toBe('2019-06-27T11:30:00+02:00');
    expect(data.dateModified).toBe('2019-06-28T12:00:00+02:00');
  });

  it('names authors with URLs, the publisher with a logo, the page and the image as absolute URLs', () => {
    expect(data.author).toEqual([{ '@type': 'Organization', name: 'Conflict Desk staff', url: `${site.url}/authors/conflict-desk` }]);
    expect(data.publisher.logo.url).toBe(`${site.url}/publisher-logo.png`);
    expect(data.mainEntityOfPage['@id']).toBe(`${site.url}/articles/gna-retakes-gharyan`);
    expect(data.image).toEqual([`${site.url}/articles/gna-retakes-gharyan/opengraph-image`]);
  });

  it('carries section, keywords and free access', () => {
    expect(data.articleSection).toBe('Libya');
    expect(data.keywords).toEqual(['Battle for Tripoli']);
    expect(data.isAccessibleForFree).toBe(true);
  });

  it('uses the article image when there is one', () => {
    const withImage = makeArticle({ ...article, image: { src: '/images/x.jpg', alt: 'x', credit: 'y' } });
    expect((newsArticleJsonLd(withImage) as any).image).toEqual([`${site.url}/images/x.jpg`]);
  });
});

describe('breadcrumbJsonLd and webSiteJsonLd', () => {
  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', path: '/' },
      { name: 'People', path: '/people' },
    ]) as any;
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
      { '@type': 'ListItem', position: 2, name: 'People', item: `${site.url}/people` },
    ]);
  });

  it('points the SearchAction at /search?q=', () => {
    const data = webSiteJsonLd() as any;
    expect(data.potentialAction.target.urlTemplate).toBe(`${site.url}/search?q={search_term_string}`);
    expect(data.potentialAction['query-input']).toBe('required name=search_term_string');
  });
});
