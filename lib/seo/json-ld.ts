import type { Article } from '../content/article';
import { toLibyaIso } from '../dates';
import { absoluteUrl, site } from '../site';
import { entityPath } from '../taxonomy';

type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` are
 * escaped as \u003c etc. (still valid JSON), so no text from front matter —
 * `</script>` in a headline, say — can close the element; U+2028/2029 too.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function publisherJsonLd(): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.publisher.name,
    url: absoluteUrl('/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.publisher.logo.path),
      width: site.publisher.logo.width,
      height: site.publisher.logo.height,
    },
  };
}

/** Absolute URL of an article's generated OpenGraph image. */
export function articleImageUrl(article: Article): string {
  return absoluteUrl(`${article.path}/opengraph-image`);
}

export function newsArticleJsonLd(article: Article): JsonLd {
  const url = absoluteUrl(article.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    datePublished: toLibyaIso(article.published),
    dateModified: toLibyaIso(article.modified),
    author: article.authors.map((author) => ({
      '@type': 'Organization',
      name: author.name,
      url: absoluteUrl(entityPath('authors', author.key)),
    })),
    publisher: publisherJsonLd(),
    image: [article.image ? absoluteUrl(article.image.src) : articleImageUrl(article)],
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: site.section,
    keywords: [...article.topics, ...article.places, ...article.people].map((entry) => entry.name),
    isAccessibleForFree: true,
    wordCount: article.wordCount,
    inLanguage: site.language,
    ...(article.dateline ? { locationCreated: { '@type': 'Place', name: article.dateline.name } } : {}),
  };
}

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export function webSiteJsonLd(): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl('/'),
    inLanguage: site.language,
    publisher: publisherJsonLd(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
