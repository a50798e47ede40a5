import type { Metadata } from 'next';
import type { Article } from '../content/article';
import type { LivePage } from '../content/live-page';
import { lastModified, liveEntriesPath } from '../live-coverage';
import { toLibyaIso } from '../dates';
import { litePath } from '../lite/lite-paths';
import { absoluteUrl, site } from '../site';
import { entityPagePath, entityPath, type TaxonomyEntry, type TaxonomyKind } from '../taxonomy';
import { articleCard, CARD_SIZE } from './article-card';
import { languageAlternates } from './language-alternates';

/** Links to the feeds, on every page (`alternates` is replaced, not merged, by Next). */
export const FEED_ALTERNATES = {
  'application/rss+xml': [{ url: '/feed.xml', title: `${site.name} (RSS)` }],
  'application/atom+xml': [{ url: '/atom.xml', title: `${site.name} (Atom)` }],
  'application/feed+json': [{ url: '/feed.json', title: `${site.name} (JSON Feed)` }],
};

const SITE_CARD = { url: absoluteUrl('/opengraph-image'), ...CARD_SIZE, alt: `${site.name}: ${site.tagline}` };

type PageInput = {
  /** Page title; the layout's template adds " | Conflict Desk". */
  title?: string;
  description: string;
  /** Site path of the page, for its canonical URL. */
  path: string;
  /** Keep the page out of search results (it is still crawled for links). */
  noindex?: boolean;
  /** Site path of the page's lite edition (plain HTML, no scripts), announced as an alternate. */
  lite?: string;
  /** Name the site's card as the page's image (off for pages with a card of their own). */
  siteCard?: boolean;
};

/** Title, description, canonical URL, robots, OpenGraph and Twitter tags for a page. */
export function pageMetadata({ title, description, path, noindex = false, lite, siteCard = true }: PageInput): Metadata {
  const url = absoluteUrl(path);
  const fullTitle = title ? `${title} | ${site.name}` : `${site.name}: Libya war coverage`;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: url,
      types: lite ? { ...FEED_ALTERNATES, 'text/html': [{ url: lite, title: 'Lite edition' }] } : FEED_ALTERNATES,
    },
    robots: noindex
      ? { index: false, follow: true }
      : { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1 },
    // The site's card (app/opengraph-image.tsx): with two root layouts it is no longer inherited
    // from a root segment (decision 0014). A page's own card file still takes precedence.
    openGraph: { type: 'website', url, title: fullTitle, description, siteName: site.name, locale: 'en_US', ...(siteCard ? { images: [SITE_CARD] } : {}) },
    twitter: { card: 'summary_large_image', title: fullTitle, description, ...(siteCard ? { images: [SITE_CARD.url] } : {}) },
  };
}

/** Page metadata plus OpenGraph `article` tags: times, section, tags, authors. */
export function articleMetadata(article: Article): Metadata {
  // Its own card, not the site's.
  const card = articleCard(article);
  const base = pageMetadata({ title: article.title, description: article.dek, path: article.path, lite: litePath(article.path), siteCard: false });
  return {
    ...base,
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(entityPath('authors', author.key)) })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      title: article.title,
      publishedTime: toLibyaIso(article.published),
      modifiedTime: toLibyaIso(article.modified),
      section: site.section,
      tags: [...article.topics, ...article.places, ...article.people].map((entry) => entry.name),
      authors: article.authors.map((author) => absoluteUrl(entityPath('authors', author.key))),
      images: [card],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek, images: [{ url: card.url, alt: card.alt }] },
  };
}

/** Metadata for page `page` of a topic, place, person or author. */
export function entityPageMetadata(kind: TaxonomyKind, entry: TaxonomyEntry, page: number): Metadata {
  const base = pageMetadata({
    title: page === 1 ? entry.name : `${entry.name}, page ${page}`,
    description: entry.description ?? `Conflict Desk coverage of ${entry.name}.`,
    path: entityPagePath(kind, entry.key, page),
  });
  // The entry's Arabic page exists when it has an Arabic name (first page only).
  const languages = page === 1 && entry.name_ar ? languageAlternates({ en: entityPath(kind, entry.key), ar: `/ar/${kind}/${entry.key}` }) : undefined;
  return languages ? { ...base, alternates: { ...base.alternates, languages } } : base;
}

/** Metadata for page `n` of a live page. */
export function liveMetadata(page: LivePage, n: number, arabicPath?: string): Metadata {
  const base = pageMetadata({
    title: n === 1 ? page.title : `${page.title}, page ${n}`,
    description: page.dek,
    path: liveEntriesPath(page, n),
    lite: litePath(liveEntriesPath(page, n)),
  });
  // hreflang pair with the Arabic edition (first pages only; later pages hold different entries as both grow).
  const languages = n === 1 && arabicPath ? languageAlternates({ en: page.path, ar: arabicPath }) : undefined;
  return {
    ...base,
    ...(languages ? { alternates: { ...base.alternates, languages } } : {}),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      title: page.title,
      publishedTime: toLibyaIso(page.published),
      modifiedTime: toLibyaIso(lastModified(page)),
      section: site.section,
    },
  };
}
