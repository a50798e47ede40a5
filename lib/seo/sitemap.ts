import type { Article } from '../content/article';
import type { Content } from '../content/build-content';
import type { LivePage } from '../content/live-page';
import { lastModified, liveEntriesPath, livePageCount, livePagePath } from '../live-coverage';
import type { ArabicLivePage } from '../content/arabic-live-checks';
import { toLibyaIso } from '../dates';
import { absoluteUrl, site } from '../site';
import { EDITORIAL_PAGES, EDITORIAL_PAGES_REVISED } from '../editorial-pages';
import { listPages, type ListPage } from '../site-paths';
import { escapeXml } from './xml-text';
import type { ArabicArticle } from '../content/translation';

/** The sitemap protocol's limit per file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export type SitemapEntry = {
  path: string;
  lastModified: Date;
  /** hreflang alternates (language → site path, x-default included) when the page exists in both editions. */
  alternates?: Readonly<Record<string, string>>;
};

const pair = (en: string, ar: string) => ({ en, ar, 'x-default': en });

function newest(articles: readonly Article[]): Date | undefined {
  return articles.reduce<Date | undefined>((max, a) => (!max || a.modified > max ? a.modified : max), undefined);
}

/**
 * Every indexable page with the time its content last changed: an
 * article's `modified` (updated, correction or published), and for a list
 * the newest change among the articles it shows. Never the build time.
 * Lists with no articles (empty taxonomy entries) are left out.
 */
export function sitemapEntries(
  content: Content,
  articles: readonly Article[],
  timelineSlugs: readonly string[],
  live: readonly LivePage[] = [],
  arabic: readonly ArabicArticle[] = [],
  arabicLive: readonly ArabicLivePage[] = [],
): SitemapEntry[] {
  const arabicLiveSlugs = new Set(arabicLive.map((page) => page.slug));
  const translated = new Set(arabic.map((a) => a.slug));
  const newestArabic = newest(arabic);
  const lists: ListPage[] = [
    { path: '/', articles: articles.slice(0, site.frontPageHeadlines + 1) },
    ...listPages(articles, content.registries),
    { path: '/libya/timeline', articles: articles.filter((a) => timelineSlugs.includes(a.slug)) },
  ];
  // The front page, the coverage index and the timeline exist in both editions.
  const arabicHome: Readonly<Record<string, string>> = { '/': '/ar', '/libya': '/ar/libya', '/libya/timeline': '/ar/libya/timeline' };
  return [
    ...lists.flatMap(({ path, articles: shown }) => {
      const lastModified = newest(shown);
      const ar = arabicHome[path];
      return lastModified ? [{ path, lastModified, ...(ar ? { alternates: pair(path, ar) } : {}) }] : [];
    }),
    ...articles.map((article) => ({
      path: article.path,
      lastModified: article.modified,
      ...(translated.has(article.slug) ? { alternates: pair(article.path, `/ar/articles/${article.slug}`) } : {}),
    })),
    ...(newestArabic
      ? Object.entries(arabicHome).map(([en, ar]) => ({ path: ar, lastModified: newestArabic, alternates: pair(en, ar) }))
      : []),
    ...arabic.map((article) => ({ path: article.path, lastModified: article.modified, alternates: pair(article.originalPath, article.path) })),
    // Every page of a live page changes with each new entry (entries move down a page).
    ...live.flatMap((page) =>
      Array.from({ length: livePageCount(page) }, (_, i) => ({
        path: livePagePath(page.slug, i + 1),
        lastModified: lastModified(page),
        // The first pages of both editions are a pair; later pages are not (decision 0015).
        ...(i === 0 && arabicLiveSlugs.has(page.slug) ? { alternates: pair(page.path, `/ar/live/${page.slug}`) } : {}),
      })),
    ),
    ...arabicLive.flatMap((page) =>
      Array.from({ length: livePageCount(page) }, (_, i) => ({
        path: liveEntriesPath(page, i + 1),
        lastModified: lastModified(page),
        ...(i === 0 ? { alternates: pair(page.originalPath, page.path) } : {}),
      })),
    ),
    ...editorialEntries([...articles, ...live]),
  ];
}

/**
 * The editorial pages, dated when their text was last revised; the
 * corrections page by its newest correction (stories' and live pages') when that is later.
 */
function editorialEntries(corrected: readonly Pick<Article | LivePage, 'corrections'>[]): SitemapEntry[] {
  const newestCorrection = corrected
    .flatMap((story) => story.corrections.map((correction) => correction.date))
    .reduce((max, date) => (date > max ? date : max), EDITORIAL_PAGES_REVISED);
  return Object.values(EDITORIAL_PAGES).map(({ path }) => ({
    path,
    lastModified: path === EDITORIAL_PAGES.corrections.path ? newestCorrection : EDITORIAL_PAGES_REVISED,
  }));
}

/** Splits entries into sitemap files of at most `max` URLs. */
export function splitSitemap<T>(entries: readonly T[], max = MAX_URLS_PER_SITEMAP): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += max) chunks.push(entries.slice(i, i + max));
  return chunks.length > 0 ? chunks : [[]];
}

export { escapeXml };

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function renderUrlset(entries: readonly SitemapEntry[]): string {
  const urls = entries
    .map(
      (e) =>
        `  <url>\n    <loc>${escapeXml(absoluteUrl(e.path))}</loc>\n    <lastmod>${toLibyaIso(e.lastModified)}</lastmod>\n${Object.entries(
          e.alternates ?? {},
        )
          .map(([lang, path]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(path))}"/>\n`)
          .join('')}  </url>`,
    )
    .join('\n');
  return `${XML_HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`;
}

/** Path of the n-th (0-based) sitemap file when the sitemap is split. */
export function sitemapPartPath(index: number): string {
  return `/sitemaps/${index}.xml`;
}

export function renderSitemapIndex(parts: readonly (readonly SitemapEntry[])[]): string {
  const items = parts
    .map((part, index) => {
      const lastModified = part.reduce((max, e) => (e.lastModified > max ? e.lastModified : max), new Date(0));
      return `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(sitemapPartPath(index)))}</loc>\n    <lastmod>${toLibyaIso(lastModified)}</lastmod>\n  </sitemap>`;
    })
    .join('\n');
  return `${XML_HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

/** `/sitemap.xml`: the URLs themselves, or an index of parts when there are too many. */
export function renderSitemap(entries: readonly SitemapEntry[], max = MAX_URLS_PER_SITEMAP): string {
  const parts = splitSitemap(entries, max);
  return parts.length === 1 ? renderUrlset(parts[0]!) : renderSitemapIndex(parts);
}

/** Google News: articles published in the last 48 hours, at most 1,000, newest first. */
export const NEWS_WINDOW_MS = 48 * 3600_000;
export const NEWS_MAX_ARTICLES = 1000;

export function newsSitemapArticles(articles: readonly Article[], now: Date): Article[] {
  return articles
    .filter((a) => a.published.getTime() <= now.getTime() && now.getTime() - a.published.getTime() <= NEWS_WINDOW_MS)
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, NEWS_MAX_ARTICLES);
}

export function renderNewsSitemap(articles: readonly Article[]): string {
  const urls = articles
    .map(
      (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(a.path))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.publisher.name)}</news:name>
        <news:language>${site.language}</news:language>
      </news:publication>
      <news:publication_date>${toLibyaIso(a.published)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return `${XML_HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}${urls ? '\n' : ''}</urlset>\n`;
}
