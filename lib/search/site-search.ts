import type { Article } from '../content/article';
import { contentIndexPath, openContentIndex } from '../content/content-index';
import { getArticle, getContent, hiddenArticleSlugs } from '../content/store';
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

const hiddenRowidsFor = new WeakMap<readonly string[], string>();

/** The index rowids of the hidden stories, as a JSON array, once per list of hidden slugs. */
function hiddenRowids(db: ReturnType<typeof openContentIndex>, slugs: readonly string[]): string {
  let rowids = hiddenRowidsFor.get(slugs);
  if (rowids === undefined) {
    const rows = slugs.length
      ? (db.prepare('SELECT rowid FROM parsed WHERE slug IN (SELECT value FROM json_each(?))').all(JSON.stringify(slugs)) as { rowid: number }[])
      : [];
    rowids = JSON.stringify(rows.map((row) => row.rowid));
    hiddenRowidsFor.set(slugs, rowids);
  }
  return rowids;
}

/** Extra ranked rows fetched past the page, so that equal scores at its edge still go newest first. */
const TIE_MARGIN = 20;

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
  const match = ftsExpression(terms);
  // Stories readers may not see yet are left out by rowid, not by a condition on stored
  // columns, which would read every match (0.6 s for a word in all of 100,000 stories).
  const hidden = hiddenRowids(db, hiddenArticleSlugs(now));
  const count = (sql: string) => (db.prepare(sql).get({ match, hidden }) as { n: number }).n;
  const total =
    count('SELECT count(*) AS n FROM search WHERE search MATCH :match') -
    count('SELECT count(*) AS n FROM search WHERE search MATCH :match AND rowid IN (SELECT value FROM json_each(:hidden))');
  const totalPages = Math.max(1, Math.ceil(total / site.pageSize));
  const page = Math.min(Math.max(1, Math.floor(pageNumber) || 1), totalPages);
  const offset = (page - 1) * site.pageSize;
  // Ranked on the index alone; a few more than the page, so that hidden stories can be dropped
  // and equal scores at the page's edge still go to the newer story.
  const ranked = db
    .prepare(`SELECT rowid, ${RANK} AS score FROM search WHERE search MATCH :match ORDER BY score LIMIT :limit`)
    .all({ match, limit: offset + site.pageSize + TIE_MARGIN + JSON.parse(hidden).length }) as { rowid: number; score: number }[];
  const slugs = new Map(
    (db.prepare('SELECT rowid, slug FROM parsed WHERE rowid IN (SELECT value FROM json_each(:rowids))').all({
      rowids: JSON.stringify(ranked.map((row) => row.rowid)),
    }) as { rowid: number; slug: string }[]).map((row) => [row.rowid, row.slug]),
  );
  const onPage = ranked
    .flatMap(({ rowid, score }) => {
      const article = getArticle(slugs.get(rowid) ?? '', now);
      return article ? [{ rowid, score, article }] : [];
    })
    .sort((a, b) => a.score - b.score || b.article.published.getTime() - a.article.published.getTime())
    .slice(offset, offset + site.pageSize);
  // Snippets only for the page's stories: each reads its story's text.
  const snippets = new Map(
    (db
      .prepare(
        `SELECT rowid,
           snippet(search, 4, '${MARK_START}', '${MARK_END}', '…', 28) AS body,
           snippet(search, 2, '${MARK_START}', '${MARK_END}', '…', 28) AS dek
         FROM search WHERE search MATCH :match AND rowid IN (SELECT value FROM json_each(:rowids))`,
      )
      .all({ match, rowids: JSON.stringify(onPage.map((row) => row.rowid)) }) as { rowid: number; body: string; dek: string }[]).map(
      (row) => [row.rowid, row.body.includes(MARK_START) ? row.body : row.dek],
    ),
  );
  const results = onPage.map(({ rowid, article }) => ({ article, snippet: snippetParts(snippets.get(rowid) ?? '') }));
  return { ...empty, total, page, totalPages, results };
}
