import type { Article } from '../content/article';
import { contentIndexPath, openContentIndex } from '../content/content-index';
import { getArticle, getContent, isPreview } from '../content/store';
import { contentDirectory, site } from '../site';
import { ftsExpression, MARK_END, MARK_START, parseQuery, snippetParts, type SnippetPart } from './search-query';
import { buildSynonyms } from './synonyms';

export type SearchResult = { article: Article; snippet: SnippetPart[] };
export type SearchOutcome = {
  query: string;
  truncated: boolean;
  terms: string[];
  /** Every match, across pages. */
  total: number;
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
 * results a page, each with a highlighted snippet.
 */
export function searchArticles(rawQuery: string, pageNumber = 1, now: Date = new Date()): SearchOutcome {
  const { query, truncated, terms } = parseQuery(rawQuery, synonyms());
  const empty = { query, truncated, terms: terms.map((t) => t.word), total: 0, page: 1, totalPages: 1, results: [] };
  if (terms.length === 0) return empty;
  const db = openContentIndex(contentIndexPath(contentDirectory()));
  const visible = isPreview() ? '1' : 'draft = 0 AND published <= :now';
  const params = { match: ftsExpression(terms), now: now.getTime() };
  const { total } = db
    .prepare(`SELECT count(*) AS total FROM search WHERE search MATCH :match AND ${visible}`)
    .get(params) as { total: number };
  const totalPages = Math.max(1, Math.ceil(total / site.pageSize));
  const page = Math.min(Math.max(1, Math.floor(pageNumber) || 1), totalPages);
  const rows = db
    .prepare(
      `SELECT slug,
         snippet(search, 4, '${MARK_START}', '${MARK_END}', '…', 28) AS body,
         snippet(search, 2, '${MARK_START}', '${MARK_END}', '…', 28) AS dek
       FROM search WHERE search MATCH :match AND ${visible}
       ORDER BY ${RANK}, published DESC LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: site.pageSize, offset: (page - 1) * site.pageSize }) as { slug: string; body: string; dek: string }[];
  const results = rows.flatMap(({ slug, body, dek }) => {
    const article = getArticle(slug, now);
    if (!article) return [];
    return [{ article, snippet: snippetParts(body.includes(MARK_START) ? body : dek) }];
  });
  return { ...empty, total, page, totalPages, results };
}
