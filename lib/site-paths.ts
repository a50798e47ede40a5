import type { Article } from './content/article';
import type { Registries } from './content/registries';
import { pageCount, paginate } from './pagination';
import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES } from './editorial-pages';
import { tollByMetric, tollPoints } from './figures/toll';
import { tollMetricPaths } from './figures/toll-pages';
import { LITE_ROOT, liteIndexHref, litePath } from './lite/lite-paths';
import { site } from './site';
import { articlesByEntry, entityPagePath, TAXONOMIES, type TaxonomyKind } from './taxonomy';

const FIXED_PATHS = [
  '/',
  '/libya',
  '/libya/timeline',
  '/libya/map',
  '/libya/figures',
  '/search',
  '/topics',
  '/places',
  '/people',
  '/authors',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  ...Object.values(EDITORIAL_PAGES).map((page) => page.path),
  CORRECTIONS_FEED_PATH,
  LITE_ROOT,
];

/** A page that lists articles, with the articles it shows. */
export type ListPage = { path: string; articles: readonly Article[] };

/** A list page's address, and the articles it shows, worked out only when asked for. */
type ListPageSpec = { path: string; articles: () => readonly Article[] };

/** Every page of a paginated list (page 1 exists even when the list is empty). */
function pagesOf(list: readonly Article[], pathFor: (page: number) => string): ListPageSpec[] {
  return Array.from({ length: pageCount(list.length, site.pageSize) }, (_, i) => ({
    path: pathFor(i + 1),
    articles: () => paginate(list, i + 1, site.pageSize)!.items,
  }));
}

function listPageSpecs(articles: readonly Article[], registries: Registries): ListPageSpec[] {
  const pages = pagesOf(articles, (page) => (page === 1 ? '/libya' : `/libya/page/${page}`));
  for (const kind of Object.keys(TAXONOMIES) as TaxonomyKind[]) {
    const byEntry = articlesByEntry(kind, articles);
    const entries = [...registries[kind].keys()].map((key) => ({ key, list: byEntry.get(key) ?? [] }));
    pages.push({ path: `/${kind}`, articles: () => entries.flatMap(({ list }) => list) });
    for (const { key, list } of entries) pages.push(...pagesOf(list, (page) => entityPagePath(kind, key, page)));
  }
  return pages;
}

/**
 * The coverage index pages, each taxonomy index, and every page of every
 * taxonomy entry: the one enumeration of list pages that the link checks
 * and the sitemap share.
 */
export function listPages(articles: readonly Article[], registries: Registries): ListPage[] {
  return listPageSpecs(articles, registries).map(({ path, articles: shown }) => ({ path, articles: shown() }));
}

/**
 * Every page path the site serves for these articles (for link and alias
 * checks), the toll's metric pages and lite editions included (they are not in the sitemap: their
 * canonical URL is the full page).
 */
export function sitePaths(articles: readonly Article[], registries: Registries): Set<string> {
  return new Set([
    ...FIXED_PATHS,
    // Addresses only: the link checks never need the articles each list page shows.
    ...listPageSpecs(articles, registries).map((page) => page.path),
    ...tollMetricPaths(tollByMetric(tollPoints(articles))),
    ...articles.map((article) => article.path),
    ...articles.map((article) => litePath(article.path)),
    ...Array.from({ length: pageCount(articles.length, site.pageSize) - 1 }, (_, i) => liteIndexHref(i + 2)),
  ]);
}
