import { contactEmail } from '../contact';
import type { Article, Correction } from '../content/article';
import type { Author } from '../content/registries';
import type { LivePage } from '../content/live-page';
import { langOf } from '../i18n/lang';
import { entryName } from '../i18n/entry-name';
import { coverageEnd, entryHeadline, entryHref, lastModified, liveEntriesPage } from '../live-coverage';
import { toLibyaIso } from '../dates';
import { EDITORIAL_PAGES, POLICY_SECTIONS } from '../editorial-pages';
import { absoluteUrl, site } from '../site';
import { entityPath } from '../taxonomy';
import { articleCard } from './article-card';

export type JsonLd = Record<string, unknown>;

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

/**
 * The publisher as a schema.org NewsMediaOrganization, with links to the
 * pages that say how it works (publishing principles, corrections, ethics,
 * sourcing, masthead, feedback) and where to send corrections.
 */
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
    publishingPrinciples: absoluteUrl(EDITORIAL_PAGES.standards.path),
    correctionsPolicy: absoluteUrl(POLICY_SECTIONS.corrections),
    ethicsPolicy: absoluteUrl(POLICY_SECTIONS.independence),
    verificationFactCheckingPolicy: absoluteUrl(POLICY_SECTIONS.sourcing),
    unnamedSourcesPolicy: absoluteUrl(POLICY_SECTIONS.anonymousSources),
    actionableFeedbackPolicy: absoluteUrl(POLICY_SECTIONS.contact),
    masthead: absoluteUrl(POLICY_SECTIONS.masthead),
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'corrections',
      email: contactEmail('corrections'),
      url: absoluteUrl(POLICY_SECTIONS.contact),
    },
  };
}

/** The publisher as a standalone document (the about page's structured data). */
export function organizationJsonLd(): JsonLd {
  return { '@context': 'https://schema.org', ...publisherJsonLd() };
}

/** An author as schema.org Person (or Organization, for a desk byline). */
export function authorJsonLd(author: Author): JsonLd {
  const bio = author.bio ?? author.description;
  return {
    '@type': author.kind === 'organization' ? 'Organization' : 'Person',
    name: author.name,
    url: absoluteUrl(entityPath('authors', author.key)),
    ...(bio ? { description: bio } : {}),
    ...(author.url ? { sameAs: [author.url] } : {}),
  };
}

/** An author's page: a ProfilePage about them (Google's profile-page markup). */
export function profilePageJsonLd(author: Author): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(entityPath('authors', author.key)),
    name: author.name,
    inLanguage: site.language,
    mainEntity: authorJsonLd(author),
    isPartOf: { '@type': 'WebSite', name: site.name, url: absoluteUrl('/') },
  };
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
    author: article.authors.map(({ kind, key, name }) => ({
      '@type': kind === 'organization' ? 'Organization' : 'Person',
      name,
      url: absoluteUrl(entityPath('authors', key)),
    })),
    publisher: publisherJsonLd(),
    publishingPrinciples: absoluteUrl(EDITORIAL_PAGES.standards.path),
    ...correctionsJsonLd(article.corrections),
    image: [article.image ? absoluteUrl(article.image.src) : articleCard(article).url],
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

/** A story's or live page's corrections as schema.org CorrectionComments (nothing when it has none). */
function correctionsJsonLd(corrections: readonly Correction[]): JsonLd {
  if (corrections.length === 0) return {};
  return {
    correction: corrections.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: toLibyaIso(correction.date),
    })),
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

/**
 * A live page as schema.org LiveBlogPosting: coverage start (and end, once
 * ended), and the entries of its first page (the newest) as `liveBlogUpdate`,
 * newest first, each with its permalink. Not every entry: the markup is on
 * the first page, and a long-running page would carry its whole history.
 */
export function liveBlogPostingJsonLd(page: LivePage): JsonLd {
  const url = absoluteUrl(page.path);
  const end = coverageEnd(page);
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: page.title,
    description: page.dek,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: toLibyaIso(page.published),
    dateModified: toLibyaIso(lastModified(page)),
    coverageStartTime: toLibyaIso(page.published),
    ...(end ? { coverageEndTime: toLibyaIso(end) } : {}),
    author: page.authors.map(authorJsonLd),
    publisher: publisherJsonLd(),
    articleSection: site.section,
    keywords: [...page.topics, ...page.places, ...page.people].map((entry) => entryName(entry, langOf(page))),
    isAccessibleForFree: true,
    inLanguage: langOf(page) === 'ar' ? 'ar' : site.language,
    ...correctionsJsonLd(page.corrections),
    liveBlogUpdate: (liveEntriesPage(page, 1)?.items ?? []).map((entry) => ({
      '@type': 'BlogPosting',
      headline: entryHeadline(entry),
      url: absoluteUrl(entryHref(page, entry)),
      datePublished: toLibyaIso(entry.time),
      articleBody: entry.excerpt,
    })),
  };
}
