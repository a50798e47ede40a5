import { getContent, publishedArabicArticlesFor } from '../content/store';
import { paginate, parsePageNumber } from '../pagination';
import { site } from '../site';
import type { TaxonomyEntry } from '../taxonomy';
import { parseTaxonomyKind } from '../taxonomy-routes';

/**
 * One page of a registry entry's Arabic stories, newest first, or undefined
 * when the entry has no Arabic name or the page does not exist.
 */
export function arabicEntityPage(taxonomy: string, key: string, pageSegment = '1') {
  const kind = parseTaxonomyKind(taxonomy);
  const number = parsePageNumber(pageSegment);
  const entry = kind ? (getContent().registries[kind].get(key) as (TaxonomyEntry & { name_ar?: string; description_ar?: string }) | undefined) : undefined;
  if (!kind || !number || !entry?.name_ar) return undefined;
  const articles = publishedArabicArticlesFor(kind, key);
  const page = paginate(articles, number, site.pageSize);
  return page ? { kind, entry: { ...entry, name_ar: entry.name_ar }, page, total: articles.length } : undefined;
}
