import type { Article } from '../content/article';
import { contentIndexPath, openContentIndex } from '../content/content-index';
import { getArticle, getContent, hiddenArticleSlugs } from '../content/store';
import { rankMatches } from './ranked-matches';
import { contentDirectory, site } from '../site';
import { ftsExpression, MARK_END, MARK_START, parseQuery, SNIPPET_WORDS, snippetParts, type SnippetPart } from './search-query';
import { buildSynonyms } from './synonyms';

export type SearchResult = { article: Article; snippet: SnippetPart[] };
export type SearchOutcome = {
  query: string;
  truncated: boolean;
  terms: string[];
  /** Every match, across pages, counted up to RANKED_MATCHES. */
  total: number;
  /** More stories match than `total`: the results are the best of the newest `total` matches. */
  capped: boolean;
  page: number;
  totalPages: number;
  results: SearchResult[];
};

/** Title counts most, then the names of the story's people, places and topics, the dek, the body. */
const RANK = 'bm25(search, 0, 8, 4, 5, 1, 0, 0)';

const synonymsFor = new WeakMap<object, Map<string, string>>();

function synonyms(): Map<string, string> {
  const { registries } = getContent();
  let map = synonymsFor.get(registries);
  if (!map) {
    const { people, places, topics } = registries;
    map = buildSynonyms([...people.values(), ...places.values(), ...topics.values()]);
    synonymsFor.set(registries, map);
  }
  return map;
}

/**
 * Full-text search over the published articles, in the content index's
 * SQLite FTS5 table: every query word must match (title, dek, body, or the
 * names of the story's people, places and topics), in any spelling the
 * registries know; best match first, newer first on ties; `site.pageSize`
 * results a page, each with a highlighted snippet. Only the newest
 * RANKED_MATCHES matches are ranked and counted (`capped` says there are more).
 */
export function searchArticles(rawQuery: string, pageNumber = 1, now: Date = new Date()): SearchOutcome {
  const { query, truncated, terms } = parseQuery(rawQuery, synonyms());
  const empty = { query, truncated, terms: terms.map((t) => t.word), total: 0, capped: false, page: 1, totalPages: 1, results: [] };
  if (terms.length === 0) return empty;
  const db = openContentIndex(contentIndexPath(contentDirectory()));
  const match = ftsExpression(terms);
  const { total, capped, page, totalPages, rows } = rankMatches(db, {
    table: 'search',
    rank: RANK,
    match,
    hiddenSlugs: hiddenArticleSlugs(now),
    page: pageNumber,
    pageSize: site.pageSize,
  });
  const onPage = rows.flatMap(({ rowid, slug }) => {
    const article = getArticle(slug, now);
    return article ? [{ rowid, article }] : [];
  });
  // Snippets only for the page's stories: each reads its story's text.
  const snippets = new Map(
    (db
      .prepare(
        `SELECT rowid,
           snippet(search, 4, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_WORDS}) AS body,
           snippet(search, 2, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_WORDS}) AS dek
         FROM search WHERE search MATCH :match AND rowid IN (SELECT value FROM json_each(:rowids))`,
      )
      .all({ match, rowids: JSON.stringify(onPage.map((row) => row.rowid)) }) as { rowid: number; body: string; dek: string }[]).map(
      (row) => [row.rowid, row.body.includes(MARK_START) ? row.body : row.dek],
    ),
  );
  const results = onPage.map(({ rowid, article }) => ({ article, snippet: snippetParts(snippets.get(rowid) ?? '') }));
  return { ...empty, total, capped, page, totalPages, results };
}
