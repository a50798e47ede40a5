import { getArticle, getContent, getLivePage, getPublishedArticles, publishedArticlesFor } from '../content/store';
import { CORRECTIONS_PAGE_SIZE } from '../corrections';
import { livePageCount } from '../live-coverage';
import { pageCount, parsePageNumber } from '../pagination';
import { site } from '../site';
import { INDEX_PAGE_SIZE, parseTaxonomyKind } from '../taxonomy-routes';

const ARTICLE = /^\/articles\/([^/]+)(?:\/opengraph-image(?:-\w+)?)?\/?$|^\/lite\/articles\/([^/]+)\/?$/;
const LIBYA_PAGE = /^\/(?:libya|lite)\/page\/([^/]+)\/?$/;
const LIVE = /^\/live\/([^/]+)(?:\/page\/([^/]+))?\/?$/;
const INDEX_PAGE = /^\/(topics|places|people|authors)\/page\/([^/]+)\/?$/;
const CORRECTIONS_PAGE = /^\/corrections\/page\/([^/]+)\/?$/;
const ENTRY = /^\/(topics|places|people|authors)\/([^/]+)(?:\/page\/([^/]+))?\/?$/;

function withinPages(segment: string | undefined, total: number, pageSize: number = site.pageSize): boolean {
  if (segment === undefined) return true;
  const page = parsePageNumber(segment);
  return page !== undefined && page <= pageCount(total, pageSize);
}

/**
 * Whether a request for one of the site's dynamic routes names something
 * that exists and is published: an article (or its card, or its lite
 * edition), a page of the coverage index (full or lite), a page of a
 * registry index or of the corrections log, a registry entry or one of its
 * pages, a live page or one of its pages of older entries. `undefined` for
 * paths these rules do not cover. Anything else must answer the plain 404
 * without rendering, so that made-up addresses create no cache entries and
 * a scheduled story's 404 is the same as any other.
 */
export function isServablePath(pathname: string, now: Date = new Date()): boolean | undefined {
  const article = ARTICLE.exec(pathname);
  if (article) return getArticle(decodeSafely((article[1] ?? article[2])!), now) !== undefined;
  const libya = LIBYA_PAGE.exec(pathname);
  if (libya) return withinPages(libya[1], getPublishedArticles(now).length);
  const live = LIVE.exec(pathname);
  if (live) {
    const page = getLivePage(decodeSafely(live[1]!), now);
    if (!page) return false;
    if (live[2] === undefined) return true;
    const number = parsePageNumber(live[2]);
    return number !== undefined && number <= livePageCount(page);
  }
  const index = INDEX_PAGE.exec(pathname);
  if (index) return withinPages(index[2], getContent().registries[parseTaxonomyKind(index[1]!)!].size, INDEX_PAGE_SIZE);
  const corrections = CORRECTIONS_PAGE.exec(pathname);
  if (corrections) {
    const count = getPublishedArticles(now).reduce((sum, article) => sum + article.corrections.length, 0);
    return withinPages(corrections[1], count, CORRECTIONS_PAGE_SIZE);
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

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
