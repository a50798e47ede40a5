import type Database from 'better-sqlite3';
import { pageCount } from '../pagination';

/**
 * How many matches a query ranks at most: the newest this many (decision
 * 0020). Ranking every match of a word found in most of the archive
 * ("Tripoli") costs time in proportion to the archive; ranking the newest
 * thousand keeps a search fast at any archive size. Fifty pages of results.
 */
export const RANKED_MATCHES = 1000;

export type RankedMatches = {
  /** Matching stories readers may see, counted up to the cap (RANKED_MATCHES). */
  total: number;
  /** More stories match than `total`: only the newest `total` were ranked. */
  capped: boolean;
  /** The page shown: the one asked for, within 1…totalPages. */
  page: number;
  totalPages: number;
  /** The page's matches: best first, newer first on equal scores. */
  rows: { rowid: number; slug: string }[];
};

const hiddenRowidsFor = new WeakMap<readonly string[], Map<Database.Database, string>>();

/**
 * The search rowids of the stories with these slugs (hidden ones), as a JSON
 * array, computed once per list of slugs. Search rowids are unique across
 * both search tables, so one list serves either.
 */
function hiddenRowids(db: Database.Database, slugs: readonly string[]): string {
  let byDb = hiddenRowidsFor.get(slugs);
  if (!byDb) hiddenRowidsFor.set(slugs, (byDb = new Map()));
  let rowids = byDb.get(db);
  if (rowids === undefined) {
    const found = slugs.length
      ? (db
          .prepare('SELECT search_rowid FROM parsed WHERE search_rowid IS NOT NULL AND slug IN (SELECT value FROM json_each(?))')
          .pluck()
          .all(JSON.stringify(slugs)) as number[])
      : [];
    rowids = JSON.stringify(found);
    byDb.set(db, rowids);
  }
  return rowids;
}

/**
 * Ranks the newest RANKED_MATCHES matches of `match` in an FTS5 table whose
 * rowids follow publication time (searchRowid), leaving out the stories in
 * `hiddenSlugs`, and returns page `page` of them (`pageSize` a page; a
 * page number out of range shows the nearest page). FTS5 reads the
 * matches newest first and stops after RANKED_MATCHES + 1 of them, so the
 * cost does not grow with the archive.
 */
export function rankMatches(
  db: Database.Database,
  { table, rank, match, hiddenSlugs, page: asked, pageSize, newest: cap = RANKED_MATCHES }: {
    table: 'search' | 'search_ar';
    /** The ranking expression over `table`, lower is better (bm25). */
    rank: string;
    match: string;
    hiddenSlugs: readonly string[];
    page: number;
    pageSize: number;
    /** How many of the newest matches to rank (RANKED_MATCHES; smaller in tests). */
    newest?: number;
  },
): RankedMatches {
  const matches = db
    .prepare(
      `SELECT rowid, ${rank} AS score FROM ${table}
       WHERE ${table} MATCH :match AND rowid NOT IN (SELECT value FROM json_each(:hidden))
       ORDER BY rowid DESC LIMIT :limit`,
    )
    .all({ match, hidden: hiddenRowids(db, hiddenSlugs), limit: cap + 1 }) as { rowid: number; score: number }[];
  const capped = matches.length > cap;
  const total = Math.min(matches.length, cap);
  const totalPages = pageCount(total, pageSize);
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), totalPages);
  const ranked = matches
    .slice(0, cap)
    .sort((a, b) => a.score - b.score || b.rowid - a.rowid)
    .slice((page - 1) * pageSize, page * pageSize);
  const slugs = new Map(
    (db
      .prepare('SELECT search_rowid AS rowid, slug FROM parsed WHERE search_rowid IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ranked.map((row) => row.rowid))) as { rowid: number; slug: string }[]).map((row) => [row.rowid, row.slug]),
  );
  return {
    total,
    capped,
    page,
    totalPages,
    rows: ranked.flatMap(({ rowid }) => {
      const slug = slugs.get(rowid);
      return slug ? [{ rowid, slug }] : [];
    }),
  };
}
