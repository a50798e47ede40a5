import { articleBodyHtml } from '../content/article-body';
import { livePageHtml } from '../content/live-body';
import { getContent, getCorrectablePages, getPublishedArticles, getPublishedLivePages, publishedTimeline } from '../content/store';
import { correctionsLog } from '../corrections';
import { correctionsRss } from './corrections-feed';
import { atomXml, buildFeed, jsonFeed11, rssXml, type FeedEdition } from './feeds';
import { getPublishedArabicArticles, getPublishedArabicLivePages } from '../content/store';
import { entryName } from '../i18n/entry-name';
import { UI } from '../i18n/ui-strings';
import { newsSitemapArticles, renderNewsSitemap, renderSitemap, renderUrlset, sitemapEntries, splitSitemap } from './sitemap';

/** The machine-readable documents of the site, from the published content. */
function entries() {
  const now = new Date();
  const timelineSlugs = publishedTimeline(now).map(({ article }) => article.slug);
  return sitemapEntries(getContent(), getPublishedArticles(now), timelineSlugs, getPublishedLivePages(now), getPublishedArabicArticles(now), getPublishedArabicLivePages(now));
}

export const sitemapXml = () => renderSitemap(entries());
export const sitemapParts = () => splitSitemap(entries());
export const sitemapPartXml = (index: number) => {
  const parts = sitemapParts();
  return parts.length > 1 && parts[index] ? renderUrlset(parts[index]) : undefined;
};
export const newsSitemapXml = (now: Date) => renderNewsSitemap(newsSitemapArticles(getPublishedArticles(), now));
const livePages = () => getPublishedLivePages();
const liveSummary = (page: Parameters<typeof livePageHtml>[0]) => livePageHtml(page).summary;
export const rssFeed = () => rssXml(getPublishedArticles(), articleBodyHtml, livePages(), liveSummary);
export const atomFeed = () => atomXml(getPublishedArticles(), articleBodyHtml, livePages(), liveSummary);
export const jsonFeed = () => jsonFeed11(buildFeed(getPublishedArticles(), articleBodyHtml, undefined, livePages(), liveSummary));
/** The Arabic edition's feeds: its published translations, Arabic names, no live pages. */
const ARABIC_EDITION: FeedEdition = {
  language: 'ar',
  title: UI.ar.siteName,
  description: UI.ar.tagline,
  home: '/ar',
  feeds: { rss: '/ar/feed.xml', atom: '/ar/atom.xml', json: '/ar/feed.json' },
  name: (entry) => entryName(entry, 'ar'),
  entityLinks: false,
};
export const arabicRssFeed = () => rssXml(getPublishedArabicArticles(), articleBodyHtml, [], undefined, ARABIC_EDITION);
export const arabicAtomFeed = () => atomXml(getPublishedArabicArticles(), articleBodyHtml, [], undefined, ARABIC_EDITION);
export const arabicJsonFeed = () => jsonFeed11(buildFeed(getPublishedArabicArticles(), articleBodyHtml, undefined, [], undefined, ARABIC_EDITION), 'ar');
export const correctionsFeed = () => correctionsRss(correctionsLog(getCorrectablePages()));

export function documentResponse(body: string, type = 'application/xml'): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
