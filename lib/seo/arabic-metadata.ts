import type { Metadata } from 'next';
import { toLibyaIso } from '../dates';
import type { ArabicArticle } from '../content/translation';
import type { ArabicLivePage } from '../content/arabic-live-checks';
import { lastModified, liveEntriesPath } from '../live-coverage';
import { entryName } from '../i18n/entry-name';
import { litePath } from '../lite/lite-paths';
import { UI } from '../i18n/ui-strings';
import { absoluteUrl } from '../site';
import { articleCard, CARD_SIZE } from './article-card';
import { languageAlternates } from './language-alternates';

/** The Arabic edition's feeds, linked from every Arabic page. */
export const ARABIC_FEED_ALTERNATES = {
  'application/rss+xml': [{ url: '/ar/feed.xml', title: `${UI.ar.siteName} (RSS)` }],
  'application/atom+xml': [{ url: '/ar/atom.xml', title: `${UI.ar.siteName} (Atom)` }],
  'application/feed+json': [{ url: '/ar/feed.json', title: `${UI.ar.siteName} (JSON Feed)` }],
};

/** The Arabic edition's card for pages that are not stories (app/ar/opengraph-image/route.ts). */
const ARABIC_SITE_CARD = { url: absoluteUrl('/ar/opengraph-image'), ...CARD_SIZE, alt: `${UI.ar.siteName}: ${UI.ar.tagline}` };

type ArabicPageInput = {
  title?: string;
  description: string;
  path: string;
  /** The same page in English, when it exists (hreflang pairs). */
  englishPath?: string;
  /** Site path of the page's lite edition (plain HTML, no scripts), announced as an alternate. */
  lite?: string;
  noindex?: boolean;
};

/** Title, description, canonical URL, hreflang alternates, OpenGraph and Twitter tags for an Arabic page. */
export function arabicPageMetadata({ title, description, path, englishPath, lite, noindex = false }: ArabicPageInput): Metadata {
  const url = absoluteUrl(path);
  const fullTitle = title ? `${title} | ${UI.ar.siteName}` : UI.ar.siteName;
  const languages = languageAlternates({ en: englishPath, ar: path });
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: url,
      ...(languages ? { languages } : {}),
      types: lite ? { ...ARABIC_FEED_ALTERNATES, 'text/html': [{ url: lite, title: UI.ar.lite.edition }] } : ARABIC_FEED_ALTERNATES,
    },
    robots: noindex ? { index: false, follow: true } : { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1 },
    openGraph: {
      type: 'website',
      url,
      title: fullTitle,
      description,
      siteName: UI.ar.siteName,
      locale: 'ar_LY',
      alternateLocale: englishPath ? ['en_US'] : undefined,
      images: [ARABIC_SITE_CARD],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [ARABIC_SITE_CARD.url] },
  };
}

/** Page metadata plus OpenGraph `article` tags, for an Arabic edition. */
export function arabicArticleMetadata(article: ArabicArticle): Metadata {
  const base = arabicPageMetadata({
    title: article.title,
    description: article.dek,
    path: article.path,
    englishPath: article.originalPath,
    lite: litePath(article.path),
  });
  const card = articleCard(article);
  return {
    ...base,
    authors: article.authors.map((author) => ({ name: entryName(author, 'ar') })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      title: article.title,
      publishedTime: toLibyaIso(article.published),
      modifiedTime: toLibyaIso(article.modified),
      tags: [...article.topics, ...article.places, ...article.people].map((entry) => entryName(entry, 'ar')),
      images: [card],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek, images: [{ url: card.url, alt: card.alt }] },
  };
}

/** An Arabic live page (page `n` of its entries): hreflang pair with the English page on page 1. */
export function arabicLiveMetadata(page: ArabicLivePage, n: number): Metadata {
  const base = arabicPageMetadata({
    title: n === 1 ? page.title : `${page.title}، الصفحة ${n}`,
    description: page.dek,
    path: liveEntriesPath(page, n),
    englishPath: n === 1 ? page.originalPath : undefined,
    lite: litePath(liveEntriesPath(page, n)),
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      title: page.title,
      publishedTime: toLibyaIso(page.published),
      modifiedTime: toLibyaIso(lastModified(page)),
    },
  };
}
