import { contentIndexPath, openContentIndex } from '../content/content-index';
import { getArabicArticle, getContent, isPreview } from '../content/store';
import type { ArabicArticle } from '../content/translation';
import { normalizeArabic } from '../i18n/arabic-normalize';
import { contentDirectory, site } from '../site';
import { MAX_QUERY_LENGTH, ftsExpression, parseQuery } from './search-query';
import { buildSynonyms } from './synonyms';

export type ArabicSearchOutcome = {
  query: string;
  truncated: boolean;
  total: number;
  page: number;
  totalPages: number;
  results: ArabicArticle[];
};

/** Title counts most, then the Arabic names of the story's people, places and topics, the dek, the body. */
const RANK = 'bm25(search_ar, 0, 8, 4, 5, 1, 0, 0)';

const synonymsFor = new WeakMap<object, Map<string, string>>();

/**
 * Arabic spelling variants from the registries' `aliases_ar`, folded like
 * the text (حفطر → حفتر, امعيتيقة → معيتيقة).
 */
export function arabicSynonyms(entries: Iterable<{ name_ar?: string; aliases_ar?: readonly string[] }>): Map<string, string> {
  const named = [...entries].flatMap((entry) =>
    entry.name_ar ? [{ name: normalizeArabic(entry.name_ar), aliases: (entry.aliases_ar ?? []).map(normalizeArabic) }] : [],
  );
  return buildSynonyms(named);
}

function synonyms(): Map<string, string> {
  const { registries } = getContent();
  let map = synonymsFor.get(registries);
  if (!map) {
    const { people, places, topics } = registries;
    map = arabicSynonyms([...people.values(), ...places.values(), ...topics.values()]);
    synonymsFor.set(registries, map);
  }
  return map;
}

/**
 * Full-text search over the published Arabic editions (the content index's
 * `search_ar` table, whose text is folded by normalizeArabic: hamza forms,
 * taa marbuta, alef maqsura, tashkeel and tatweel). The query is folded the
 * same way, and registry spelling variants match each other. Results are
 * checked against what readers may see now (the original's embargo).
 */
export function searchArabicArticles(rawQuery: string, pageNumber = 1, now: Date = new Date()): ArabicSearchOutcome {
  const parsed = parseQuery(normalizeArabic(rawQuery), synonyms());
  // Show the reader's own words, not their folded form.
  const shown = [...rawQuery.replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('');
  const empty = { query: parsed.query ? shown : '', truncated: parsed.truncated, total: 0, page: 1, totalPages: 1, results: [] };
  if (parsed.terms.length === 0) return empty;
  const db = openContentIndex(contentIndexPath(contentDirectory()));
  const visible = isPreview() ? '1' : 'draft = 0 AND published <= :now';
  const params = { match: ftsExpression(parsed.terms), now: now.getTime() };
  const { total } = db
    .prepare(`SELECT count(*) AS total FROM search_ar WHERE search_ar MATCH :match AND ${visible}`)
    .get(params) as { total: number };
  const totalPages = Math.max(1, Math.ceil(total / site.pageSize));
  const page = Math.min(Math.max(1, Math.floor(pageNumber) || 1), totalPages);
  const rows = db
    .prepare(`SELECT slug FROM search_ar WHERE search_ar MATCH :match AND ${visible} ORDER BY ${RANK}, published DESC LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit: site.pageSize, offset: (page - 1) * site.pageSize }) as { slug: string }[];
  const results = rows.flatMap(({ slug }) => getArabicArticle(slug, now) ?? []);
  return { ...empty, total, page, totalPages, results };
}

/** The address of a page of Arabic results for `query`. */
export function arabicSearchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/ar/search?${params}`;
}
