import { describe, expect, it } from 'vitest';
import {
  authorJsonLd,
  breadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  profilePageJsonLd,
  publisherJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from '../../../lib/seo/json-ld';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';

const author = { key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [], kind: 'organization' as const };
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

describe('trust signals in structured data', () => {
  const policies = {
    publishingPrinciples: `${site.url}/standards`,
    correctionsPolicy: `${site.url}/standards#corrections`,
    ethicsPolicy: `${site.url}/standards#independence`,
    verificationFactCheckingPolicy: `${site.url}/standards#sourcing`,
    unnamedSourcesPolicy: `${site.url}/standards#anonymous-sources`,
    actionableFeedbackPolicy: `${site.url}/about#contact`,
    masthead: `${site.url}/about#who-we-are`,
  };

  it('the publisher is a NewsMediaOrganization linking its policies and a corrections contact', () => {
    const publisher = publisherJsonLd() as Record<string, any>;
    expect(publisher['@type']).toBe('NewsMediaOrganization');
    expect(publisher).toMatchObject(policies);
    expect(publisher.contactPoint).toEqual({
      '@type': 'ContactPoint',
      contactType: 'corrections',
      email: `corrections@${new URL(site.url).hostname.replace(/^www\./, '')}`,
      url: `${site.url}/about#contact`,
    });
  });

  it('the organization document adds a context and round-trips through serializeJsonLd', () => {
    const org = organizationJsonLd();
    expect(org['@context']).toBe('https://schema.org');
    expect(JSON.parse(serializeJsonLd(org))).toEqual(org);
  });

  it('every article carries the publishing principles; a person byline is a Person', () => {
    const data = newsArticleJsonLd(article) as Record<string, any>;
    expect(data.publishingPrinciples).toBe(`${site.url}/standards`);
    expect(data.publisher).toMatchObject(policies);
    expect(data.correction).toBeUndefined();
    const person = { key: 'jane-doe', name: 'Jane Doe', aliases: [] };
    expect((newsArticleJsonLd({ ...article, authors: [person] }) as Record<string, any>).author).toEqual([
      { '@type': 'Person', name: 'Jane Doe', url: `${site.url}/authors/jane-doe` },
    ]);
  });

  it('lists an article\'s corrections as CorrectionComments with Libya-time dates', () => {
    const corrected = { ...article, corrections: [{ date: new Date('2019-06-29T08:00:00Z'), text: 'Fixed a </script> name.' }] };
    const data = newsArticleJsonLd(corrected) as Record<string, any>;
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Fixed a </script> name.', datePublished: '2019-06-29T10:00:00+02:00' }]);
    expect(serializeJsonLd(data)).not.toContain('</script');
  });
});

describe('authorJsonLd and profilePageJsonLd', () => {
  const jane = { key: 'jane-doe', name: 'Jane Doe', aliases: [], bio: 'Covered Tripoli.', description: 'Reporter.', url: 'https://example.org/jane' };

  it('describes a person with their bio, page and profile elsewhere', () => {
    expect(authorJsonLd(jane)).toEqual({
      '@type': 'Person',
      name: 'Jane Doe',
      url: `${site.url}/authors/jane-doe`,
      description: 'Covered Tripoli.',
      sameAs: ['https://example.org/jane'],
    });
  });

  it('falls back to the description, and leaves out what is missing', () => {
    expect(authorJsonLd({ ...jane, bio: undefined, url: undefined })).toEqual({
      '@type': 'Person', name: 'Jane Doe', url: `${site.url}/authors/jane-doe`, description: 'Reporter.',
    });
    expect(authorJsonLd(author)).toEqual({ '@type': 'Organization', name: 'Conflict Desk staff', url: `${site.url}/authors/conflict-desk` });
  });

  it('wraps the author in a ProfilePage for their page', () => {
    const page = profilePageJsonLd(jane) as Record<string, any>;
    expect(page['@context']).toBe('https://schema.org');
    expect(page['@type']).toBe('ProfilePage');
    expect(page.url).toBe(`${site.url}/authors/jane-doe`);
    expect(page.mainEntity).toEqual(authorJsonLd(jane));
  });
});
