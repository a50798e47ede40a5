import type Database from 'better-sqlite3';
import { contentIndexPath, openContentIndex } from '../content/content-index';
import { getArabicArticle, getContent, hiddenArabicSlugs } from '../content/store';
import type { ArabicArticle } from '../content/translation';
import { normalizeArabic } from '../i18n/arabic-normalize';
import { contentDirectory, site } from '../site';
import { rankMatches } from './ranked-matches';
import { MAX_QUERY_LENGTH, ftsExpression, highlightWords, parseQuery, snippetAround, type SnippetPart } from './search-query';
import { normalizeWord } from './normalize';
import type { SearchOutcome } from './site-search';
import { buildSynonyms } from './synonyms';

export type ArabicSearchOutcome = Omit<SearchOutcome, 'terms' | 'results'> & { results: { article: ArabicArticle; snippet: SnippetPart[] }[] };

/** A word of a story as the Arabic index holds it (normalizeArabic, then the English folding). */
const foldArabic = (word: string) => normalizeWord(normalizeArabic(word));

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
 * Like the English search, it ranks the newest RANKED_MATCHES matches.
 * Each result shows a passage with the reader's words marked in it.
 */
export function searchArabicArticles(rawQuery: string, pageNumber = 1, now: Date = new Date()): ArabicSearchOutcome {
  const parsed = parseQuery(normalizeArabic(rawQuery), synonyms());
  // Show the reader's own words, not their folded form.
  const shown = [...rawQuery.replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('');
  const empty = { query: parsed.query ? shown : '', truncated: parsed.truncated, total: 0, capped: false, page: 1, totalPages: 1, results: [] };
  if (parsed.terms.length === 0) return empty;
  const db = openContentIndex(contentIndexPath(contentDirectory()));
  const { total, capped, page, totalPages, rows } = rankMatches(db, {
    table: 'search_ar',
    rank: RANK,
    match: ftsExpression(parsed.terms),
    hiddenSlugs: hiddenArabicSlugs(now),
    page: pageNumber,
    pageSize: site.pageSize,
  });
  // The index holds folded text only, so a passage is cut from the story's own text (kept with its
  // file for the index): the body around the first of the reader's words, else the dek, with the
  // words marked as the story spells them.
  const textOf = db.prepare('SELECT search_text FROM parsed WHERE search_rowid = ?').pluck() as Database.Statement<[number], string | null>;
  const results = rows.flatMap(({ rowid, slug }) => {
    const article = getArabicArticle(slug, now);
    if (!article) return [];
    const snippet = snippetAround(textOf.get(rowid) ?? '', parsed.terms, foldArabic) ?? highlightWords(article.dek, parsed.terms, foldArabic);
    return [{ article, snippet }];
  });
  return { ...empty, total, capped, page, totalPages, results };
}
