import { getContent, getPublishableArticles, publishedArticlesFor } from './content/store';
import { pageCount, paginate, parsePageNumber } from './pagination';
import { site } from './site';
import { countArticles, TAXONOMIES, type TaxonomyKind } from './taxonomy';

/** Data for the /<kind>, /<kind>/<key> and /<kind>/<key>/page/<n> routes. */
export const TAXONOMY_KINDS = Object.keys(TAXONOMIES) as TaxonomyKind[];

export function parseTaxonomyKind(segment: string): TaxonomyKind | undefined {
  return (TAXONOMY_KINDS as string[]).includes(segment) ? (segment as TaxonomyKind) : undefined;
}

/**
 * Entries per page of a registry index (/people, /people/page/2…). With 100, the first page of
 * /places (its map, then the entries, each twice: HTML and RSC payload) was 121.6 KB of raw HTML
 * over the bench's 600 places; 50 keeps every index page under 100 KB (issue #8).
 */
export const INDEX_PAGE_SIZE = 50;

export function taxonomyIndexHref(kind: TaxonomyKind, page: number): string {
  return page === 1 ? `/${kind}` : `/${kind}/page/${page}`;
}

/** One page of a registry index, or undefined when the kind or the page does not exist. */
export function taxonomyIndexPage(kindSegment: string, pageSegment = '1') {
  const kind = parseTaxonomyKind(kindSegment);
  const number = parsePageNumber(pageSegment);
  if (!kind || !number) return undefined;
  const all = taxonomyIndex(kind);
  const page = paginate(all, number, INDEX_PAGE_SIZE);
  return page ? { kind, page, all } : undefined;
}

export function taxonomyIndex(kind: TaxonomyKind) {
  return [...getContent().registries[kind].values()]
    .map((entry) => ({ entry, count: publishedArticlesFor(kind, entry.key).length }))
    .sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'en'));
}

/**
 * Every (kind, key, page) to build, for generateStaticParams: counted over
 * scheduled articles too, so their pages exist when they come due.
 */
export function taxonomyPages(): { kind: TaxonomyKind; key: string; count: number; pages: number }[] {
  const { registries } = getContent();
  return TAXONOMY_KINDS.flatMap((kind) =>
    countArticles(kind, registries, getPublishableArticles()).map(({ entry, count }) => ({
      kind,
      key: entry.key,
      count,
      pages: pageCount(count, site.pageSize),
    })),
  );
}

export function taxonomyPage(kindSegment: string, key: string, pageSegment = '1') {
  const kind = parseTaxonomyKind(kindSegment);
  const entry = kind ? getContent().registries[kind].get(key) : undefined;
  const number = parsePageNumber(pageSegment);
  if (!kind || !entry || !number) return undefined;
  const all = publishedArticlesFor(kind, key);
  const page = paginate(all, number, site.pageSize);
  return page ? { kind, entry, page, total: all.length } : undefined;
}
