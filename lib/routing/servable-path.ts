import type { Article } from '../content/article';
import { getArabicArticle, getArabicLivePage, getArticle, getContent, getLivePage, getPublishedArabicArticles, getPublishedArticles, getPublishedLivePages, getWithdrawnArticle, getWithdrawnArticles, publishedArabicArticlesFor, publishedArticlesFor, publishedToll } from '../content/store';
import type { LivePage } from '../content/live-page';
import { CORRECTIONS_PAGE_SIZE } from '../corrections';
import { ARABIC_FIXED_PATHS } from '../i18n/arabic-site-paths';
import { isTollMetric } from '../figures/toll';
import { TOLL_PAGE_SIZE } from '../figures/toll-pages';
import { livePageCount } from '../live-coverage';
import { pageCount, parsePageNumber } from '../pagination';
import { site } from '../site';
import { INDEX_PAGE_SIZE, parseTaxonomyKind } from '../taxonomy-routes';

const ARTICLE = /^\/articles\/([^/]+)(?:\/opengraph-image)?\/?$|^\/lite\/articles\/([^/]+)\/?$/;
const LIBYA_PAGE = /^\/(?:libya|lite)\/page\/([^/]+)\/?$/;
const ARABIC_ARTICLE = /^\/ar\/articles\/([^/]+)(?:\/opengraph-image)?\/?$|^\/ar\/lite\/articles\/([^/]+)\/?$/;
const ARABIC_LIBYA_PAGE = /^\/ar\/(?:libya|lite)\/page\/([^/]+)\/?$/;
const ARABIC_ENTRY = /^\/ar\/(topics|places|people|authors)\/([^/]+)(?:\/page\/([^/]+))?\/?$/;
/** The Arabic edition's fixed addresses; any other /ar/... address not matched above is a 404. */
const ARABIC_FIXED = new Set([...ARABIC_FIXED_PATHS, '/ar/opengraph-image']);
const LIVE = /^\/(?:lite\/)?live\/([^/]+)(?:\/page\/([^/]+))?\/?$/;
const ARABIC_LIVE = /^\/ar\/(?:lite\/)?live\/([^/]+)(?:\/page\/([^/]+))?\/?$/;
const INDEX_PAGE = /^\/(topics|places|people|authors)\/page\/([^/]+)\/?$/;
const CORRECTIONS_PAGE = /^\/corrections\/page\/([^/]+)\/?$/;
const TOLL_METRIC = /^\/libya\/figures\/([^/]+)(?:\/page\/([^/]+))?\/?$/;
const ENTRY = /^\/(topics|places|people|authors)\/([^/]+)(?:\/page\/([^/]+))?\/?$/;

function withinPages(segment: string | undefined, total: number, pageSize: number = site.pageSize): boolean {
  if (segment === undefined) return true;
  const page = parsePageNumber(segment);
  return page !== undefined && page <= pageCount(total, pageSize);
}

/** A live page (either edition) that readers may see, and a page number within its pages of entries. */
function withinLivePages(page: LivePage | undefined, segment: string | undefined): boolean {
  if (!page) return false;
  if (segment === undefined) return true;
  const number = parsePageNumber(segment);
  return number !== undefined && number <= livePageCount(page);
}

type Corrected = Pick<Article | LivePage, 'corrections'> & { withdrawn?: unknown };
const correctionCounts = new WeakMap<readonly Corrected[], number>();

/**
 * Corrections across a list of published stories or live pages, counted once per list: the
 * published stories' list is held per content version, so it is not counted per request.
 */
function correctionCount(pages: readonly Corrected[]): number {
  let count = correctionCounts.get(pages);
  if (count === undefined) {
    // A withdrawn story's withdrawal is an entry of the log too.
    count = pages.reduce((sum, page) => sum + page.corrections.length + (page.withdrawn ? 1 : 0), 0);
    correctionCounts.set(pages, count);
  }
  return count;
}

/**
 * Whether a request for one of the site's dynamic routes names something
 * that exists and is published: an article (or its card, or its lite
 * edition; in English or Arabic), a page of the coverage index (full or lite), a page of a
 * registry index or of the corrections log, a registry entry or one of its
 * pages, a live page or one of its pages of older entries (full or lite), a reported toll
 * metric or one of its pages. `undefined` for
 * paths these rules do not cover. Anything else must answer the plain 404
 * without rendering, so that made-up addresses create no cache entries and
 * a scheduled story's 404 is the same as any other.
 */
export function isServablePath(pathname: string, now: Date = new Date()): boolean | undefined {
  const article = ARTICLE.exec(pathname);
  if (article) return getArticle(decodeSafely((article[1] ?? article[2])!), now) !== undefined;
  // Arabic editions: only published translations of published articles (drafts and embargoes carry over).
  const arabic = ARABIC_ARTICLE.exec(pathname);
  if (arabic) return getArabicArticle(decodeSafely((arabic[1] ?? arabic[2])!), now) !== undefined;
  const arabicLibya = ARABIC_LIBYA_PAGE.exec(pathname);
  if (arabicLibya) return withinPages(arabicLibya[1], getPublishedArabicArticles(now).length);
  const arabicEntry = ARABIC_ENTRY.exec(pathname);
  if (arabicEntry) {
    const kind = parseTaxonomyKind(arabicEntry[1]!)!;
    const key = decodeSafely(arabicEntry[2]!);
    const entry = getContent().registries[kind].get(key) as { name_ar?: string } | undefined;
    // Page 1 is the entry's own address; /page/1 names nothing.
    if (arabicEntry[3] === '1') return false;
    return entry?.name_ar !== undefined && withinPages(arabicEntry[3], publishedArabicArticlesFor(kind, key, now).length);
  }
  const arabicLive = ARABIC_LIVE.exec(pathname);
  if (arabicLive) return withinLivePages(getArabicLivePage(decodeSafely(arabicLive[1]!), now), arabicLive[2]);
  // Unmatched addresses under /ar would get the Arabic root layout's not-found as a JS-only shell
  // (decision 0014): answer them here with the full 404 page instead.
  if (pathname.startsWith('/ar/')) return ARABIC_FIXED.has(pathname.replace(/\/$/, '')) ? undefined : false;
  const libya = LIBYA_PAGE.exec(pathname);
  if (libya) return withinPages(libya[1], getPublishedArticles(now).length);
  const live = LIVE.exec(pathname);
  if (live) return withinLivePages(getLivePage(decodeSafely(live[1]!), now), live[2]);
  const index = INDEX_PAGE.exec(pathname);
  if (index) return withinPages(index[2], getContent().registries[parseTaxonomyKind(index[1]!)!].size, INDEX_PAGE_SIZE);
  const corrections = CORRECTIONS_PAGE.exec(pathname);
  if (corrections) {
    // The log lists stories' and live pages' corrections, and withdrawals.
    const entries = correctionCount(getPublishedArticles(now)) + correctionCount(getWithdrawnArticles(now)) + correctionCount(getPublishedLivePages(now));
    return withinPages(corrections[1], entries, CORRECTIONS_PAGE_SIZE);
  }
  const toll = TOLL_METRIC.exec(pathname);
  if (toll) {
    const metric = decodeSafely(toll[1]!);
    const count = isTollMetric(metric) ? (publishedToll(now).byMetric.get(metric)?.length ?? 0) : 0;
    return count > 0 && withinPages(toll[2], count, TOLL_PAGE_SIZE);
  }
  const entry = ENTRY.exec(pathname);
  if (entry) {
    const kind = parseTaxonomyKind(entry[1]!)!;
    const key = decodeSafely(entry[2]!);
    if (!getContent().registries[kind].has(key)) return false;
    return withinPages(entry[3], publishedArticlesFor(kind, key, now).length);
  }
  return undefined;
}

/**
 * The withdrawn story an address names (the story, its card, its lite edition, or its Arabic
 * edition and that edition's lite page if it had one), with the language of its notice;
 * undefined for any other address.
 */
export function withdrawnStoryAt(pathname: string, now: Date = new Date()): { article: Article; lang: 'en' | 'ar' } | undefined {
  const english = ARTICLE.exec(pathname);
  const arabic = english ? undefined : ARABIC_ARTICLE.exec(pathname);
  const found = english ?? arabic;
  const slug = found ? (found[1] ?? found[2])! : undefined;
  if (slug === undefined) return undefined;
  const article = getWithdrawnArticle(decodeSafely(slug), now);
  if (!article) return undefined;
  if (english) return { article, lang: 'en' };
  // The Arabic edition, if it was out (not a draft): its notice gives the translated reason if there is one.
  const edition = getContent().arabic.find((translation) => translation.slug === article.slug);
  return edition?.withdrawn ? { article: edition, lang: 'ar' } : undefined;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
