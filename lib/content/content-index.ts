import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Article, HeldFrontMatter } from './article';
import {
  assembleContent,
  hasErrors,
  parseArticleFile,
  parseRegistries,
  type ArticleSource,
  type ContentInput,
  type ContentResult,
  type ParsedArticleFile,
  type ParsedRegistries,
} from './build-content';
import { parseLiveFile, type ParsedLiveFile } from './live-page';
import { parseArabicLiveFile, type ParsedArabicLiveFile } from './arabic-live-file';
import { ARTICLE_KEY_PREFIX, countArticleFiles, listArabicLiveFiles, listArticleFiles, listLiveFiles, listTranslationFiles, publicFiles, readRegistryFiles, relative, storyFolderProblems } from './read-content';
import { normalizeArabic } from '../i18n/arabic-normalize';
import type { ArabicArticle } from './translation';
import { parseTranslationFile, type ParsedTranslationFile } from './translation-file';
import { REGISTRY_KINDS } from './registries';
import type { ContentProblem } from './problems';

/**
 * The content index: one SQLite file per content folder that remembers what
 * each article file yielded (keyed by the file's size, time and content
 * hash, and by the registries' keys), and holds the full-text search index.
 * A check or a server start re-parses only the files that changed; search
 * runs in SQLite (FTS5) instead of an in-memory map over every body.
 */

// 7: field lines stored as one string (lib/content/field-lines.ts).
// 8: a registry key listed twice in a story is an error.
// 9: live pages and their Arabic editions carry corrections.
// 10: files keyed by their path inside the content folder, not from the working folder.
// 11: a story's result holds its sources' key, not its sources; its own checks are in its problems.
// 12: live pages, translations and registries checked as articles are (texts, images, links, TODO,
//     script, "# " headings, correction dates); translations and live pages keep their text's
//     references; a missing choice reported as missing.
// 13: stories may be `withdrawn` (a field older results reported as unknown).
// 14: translations may give a `withdrawn_reason` (likewise).
export const SCHEMA_VERSION = 14;

export type ContentChanges = {
  added: string[];
  updated: string[];
  removed: string[];
  /** Live pages added, edited or removed (by slug). */
  live: string[];
  /** Arabic translations added, edited or removed (by the English slug). */
  arabic: string[];
  /** The index knew no file before this run: everything is "added" to it, not to the site. */
  firstRun: boolean;
};

export type IndexedContent = ContentResult & {
  changes: ContentChanges;
  /** Changes whenever any file's result or the registries change. */
  version: string;
  /** Changes with any edit of a registry file (articles hold their registry entries). */
  registriesHash: string;
  /** Files parsed in this run (the rest came from the index). */
  parsedFiles: number;
};

type Row = { path: string; size: number; mtime_ms: number; hash: string; fingerprint: string };

const handles = new Map<string, Database.Database>();

/** Where the index of `dir` lives: `CONTENT_INDEX`, else `.content-index/` in the working folder. */
export function contentIndexPath(dir: string): string {
  if (process.env.CONTENT_INDEX) return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_INDEX);
  const id = createHash('sha1').update(path.resolve(/* turbopackIgnore: true */ dir)).digest('hex').slice(0, 12);
  const folder = process.env.CONTENT_INDEX_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.content-index');
  return path.join(/* turbopackIgnore: true */ folder, `${path.basename(dir)}-${id}.sqlite`);
}

/** What the write-ahead log is cut back to once its pages are in the index. */
export const WAL_LIMIT_BYTES = 64 * 1024 * 1024;

export function openContentIndex(file: string): Database.Database {
  const open = handles.get(file);
  if (open?.open) return open;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 120000');
  // A cold index is filled in one transaction by a server (about 1.9 GB of log at 100,000 stories);
  // without a limit the log file kept that size on disk after its pages were copied into the index.
  db.pragma(`journal_size_limit = ${WAL_LIMIT_BYTES}`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== SCHEMA_VERSION) {
    db.exec(`
      DROP TABLE IF EXISTS parsed;
      DROP TABLE IF EXISTS search;
      DROP TABLE IF EXISTS search_ar;
      DROP TABLE IF EXISTS good;
      DROP TABLE IF EXISTS meta;
      CREATE TABLE parsed (
        path TEXT PRIMARY KEY, size INTEGER, mtime_ms REAL, hash TEXT, fingerprint TEXT,
        result TEXT, slug TEXT, search_text TEXT, indexed_hash TEXT, search_rowid INTEGER
      );
      -- The key of a file's row in search or search_ar, which orders the rows by publication time (searchRowid).
      CREATE UNIQUE INDEX parsed_search_rowid ON parsed (search_rowid);
      -- The last content that passed every check: what a server serves when the folder turns invalid.
      CREATE TABLE good (path TEXT PRIMARY KEY, result TEXT);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE VIRTUAL TABLE search USING fts5(
        slug UNINDEXED, title, dek, entities, body, published UNINDEXED, draft UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Arabic editions: every column holds text folded by normalizeArabic (queries are folded the same way).
      CREATE VIRTUAL TABLE search_ar USING fts5(
        slug UNINDEXED, title, dek, entities, body, published UNINDEXED, draft UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      PRAGMA user_version = ${SCHEMA_VERSION};
    `);
  }
  // The files whose search rows are out of date (syncSearch), found without reading every row:
  // indexed_hash sits after each row's stored result and text, so the scan followed every row's
  // overflow pages (0.3 s at 100,000 stories, on every check and reload, usually to find none).
  // Created in place on an index of this schema; nothing needs parsing again.
  db.exec('CREATE INDEX IF NOT EXISTS parsed_unsearched ON parsed (path) WHERE indexed_hash IS NOT hash');
  handles.set(file, db);
  return db;
}

/** Stores one file's result (replacing the previous one for its path, which keeps its rowid). */
const UPSERT_PARSED = `INSERT INTO parsed (path, size, mtime_ms, hash, fingerprint, result, slug, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
       fingerprint = excluded.fingerprint, result = excluded.result, slug = excluded.slug, search_text = excluded.search_text`;

const hash = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Registry keys decide which articles are valid, and names with their
 * aliases decide the house-style warnings, so a change of either
 * invalidates every stored result (descriptions and coordinates do not).
 */
function registryFingerprint({ registries, declaredKeys }: ParsedRegistries): string {
  return hash(
    JSON.stringify(
      REGISTRY_KINDS.map((kind) => [
        [...(declaredKeys[kind] ?? [])].sort(),
        [...registries[kind].values()].map((e) => [e.key, e.name, e.aliases, e.name_ar ?? '', e.aliases_ar ?? []]).sort(),
      ]),
    ),
  );
}

type Dated = { date?: Date };
type DatedLists = {
  /** Not in a stored story (decision 0022); in translations and live pages. */
  sources?: (Dated & { publisher: string })[];
  figures: { as_of: Date; metric: string; qualifier?: string; scope: string; reported_by: string }[];
  corrections?: { date: Date }[];
};

/**
 * Values that repeat from story to story (publishers, who reported a figure and what it
 * counts), held once per load instead of once per story: every server process holds every
 * story's front matter (docs/decisions/0022-server-memory.md). Emptied after each load.
 */
const repeated = new Map<string, string>();
function once<T extends string | undefined>(text: T): T {
  if (text === undefined) return text;
  const held = repeated.get(text);
  if (held !== undefined) return held as T;
  repeated.set(text, text);
  return text;
}

/** A source's, figure's or correction's date, shared by the stories that give the same one (no code changes a Date). */
const repeatedDates = new Map<string, Date>();
function dateOnce(stored: Date | string): Date {
  const key = String(stored);
  let date = repeatedDates.get(key);
  if (!date) repeatedDates.set(key, (date = new Date(stored)));
  return date;
}

/** Empties the tables of repeated values: each serves one load. */
function forgetRepeatedValues(): void {
  repeated.clear();
  repeatedDates.clear();
}

/** JSON stores dates as strings: the dated lists every kind of file shares, made Dates again. */
function reviveDatedLists(fm: DatedLists): void {
  for (const source of fm.sources ?? []) {
    if (source.date) source.date = dateOnce(source.date);
    source.publisher = once(source.publisher);
  }
  for (const figure of fm.figures) {
    figure.as_of = dateOnce(figure.as_of);
    figure.metric = once(figure.metric);
    figure.qualifier = once(figure.qualifier);
    figure.scope = once(figure.scope);
    figure.reported_by = once(figure.reported_by);
  }
  for (const correction of fm.corrections ?? []) correction.date = dateOnce(correction.date);
}

function reviveEntries(entries: { time: Date; sources: Dated[] }[]): void {
  for (const entry of entries) {
    entry.time = new Date(entry.time);
    for (const source of entry.sources) if (source.date) source.date = new Date(source.date);
  }
}

/**
 * How the index names a file: by its path inside the content folder (its key), so that a check
 * run in the project and a standalone server in a folder of its own share one index. Editors'
 * messages and the articles a process builds name it by its path from the working folder (the
 * path shown), which is also where the process reads it.
 */
type FileNames = { key: (shown: string) => string; shown: (key: string) => string };

function fileNames(dir: string): FileNames {
  const folder = relative(dir);
  return namesUnder(folder ? `${folder}/` : '');
}

/** File names for a content folder whose files are shown as `prefix` + their key. */
function namesUnder(prefix: string): FileNames {
  return { key: (shown) => (shown.startsWith(prefix) ? shown.slice(prefix.length) : shown), shown: (key) => prefix + key };
}

/** A file's problems as stored (naming files by key) or as shown: a file's own problems name only files of the content folder. */
function renamed(problems: ContentProblem[], name: (file: string) => string): ContentProblem[] {
  return problems.map((problem) => ({ ...problem, file: name(problem.file) }));
}

/** A stored result as it was stored, but for its problems, which name files as shown again. */
function stored<T extends { problems: ContentProblem[] }>(json: string, names: FileNames): T {
  const parsed = JSON.parse(json) as T;
  parsed.problems = renamed(parsed.problems, names.shown);
  return parsed;
}

/** A stored result, with its dates made Dates again and its problems naming files as shown. */
function revive(json: string, names: FileNames): ParsedArticleFile {
  const parsed = stored<ParsedArticleFile>(json, names);
  if (parsed.valid) {
    const fm: HeldFrontMatter = parsed.valid.frontMatter;
    fm.published = new Date(fm.published);
    if (fm.updated) fm.updated = new Date(fm.updated);
    if (fm.withdrawn) fm.withdrawn.date = new Date(fm.withdrawn.date);
    reviveDatedLists(fm);
  }
  return parsed;
}

/** A stored live page's result, with its dates made Dates again. */
function reviveLive(json: string, names: FileNames): ParsedLiveFile {
  const parsed = stored<ParsedLiveFile>(json, names);
  if (parsed.valid) {
    parsed.valid.frontMatter.published = new Date(parsed.valid.frontMatter.published);
    reviveDatedLists(parsed.valid.frontMatter);
    reviveEntries(parsed.valid.entries);
  }
  return parsed;
}

/** How every stored result but an article's begins: its kind is its first field. */
const KIND_PREFIX = '{"kind":';
const isLiveResult = (json: string) => json.startsWith(`${KIND_PREFIX}"live"`);
const isArabicLiveResult = (json: string) => json.startsWith(`${KIND_PREFIX}"arabic-live"`);

/** A stored Arabic live page's result, with its dates made Dates again. */
function reviveArabicLive(json: string, names: FileNames): ParsedArabicLiveFile {
  const parsed = stored<ParsedArabicLiveFile>(json, names);
  if (parsed.valid) {
    parsed.valid.frontMatter.translated = new Date(parsed.valid.frontMatter.translated);
    reviveDatedLists(parsed.valid.frontMatter);
    reviveEntries(parsed.valid.entries);
  }
  return parsed;
}
const isTranslationResult = (json: string) => json.startsWith(`${KIND_PREFIX}"translation"`);

/** A stored translation's result, with its dates made Dates again. */
function reviveTranslation(json: string, names: FileNames): ParsedTranslationFile {
  const parsed = stored<ParsedTranslationFile>(json, names);
  if (parsed.valid) {
    parsed.valid.frontMatter.translated = new Date(parsed.valid.frontMatter.translated);
    reviveDatedLists(parsed.valid.frontMatter);
  }
  return parsed;
}

/** A file's result as the index stores it: its problems name files by key (`names.key`). */
function store(parsed: ParsedArticleFile | ParsedLiveFile | ParsedTranslationFile | ParsedArabicLiveFile, key: FileNames['key']): string {
  const problems = renamed(parsed.problems, key);
  // Live pages have no search text. Articles' and translations' goes to its own column, so loading results stays light.
  if ('kind' in parsed && parsed.kind !== 'translation') return JSON.stringify({ ...parsed, problems });
  return JSON.stringify(parsed.valid ? { ...parsed, problems, valid: { ...parsed.valid, searchText: '' } } : { ...parsed, problems });
}

function entityText(article: Article): string {
  return [...article.people, ...article.places, ...article.topics].flatMap((e) => [e.name, ...e.aliases]).join(' ');
}

/** The Arabic names (and spelling variants) of a story's people, places and topics. */
function arabicEntityText(article: Article): string {
  return [...article.people, ...article.places, ...article.topics].flatMap((e) => [e.name_ar ?? '', ...(e.aliases_ar ?? [])]).join(' ');
}

type SearchRow = { slug: string; title: string; dek: string; entities: string; published: number; draft: number };

/** Rows a search key can take per millisecond of publication time. */
const KEYS_PER_MS = 16;

/**
 * The search-table rowid for a story published at `published` (ms): the first
 * free key from `published × KEYS_PER_MS`, so that rowid order is publication
 * order and the newest matches of a query are the first ones FTS5 reads
 * backwards (decision 0020). Keys are unique across both search tables.
 */
export function searchRowid(published: number, taken: (key: number) => boolean): number {
  let key = Math.floor(published) * KEYS_PER_MS;
  while (taken(key)) key++;
  return key;
}

/** The smallest search rowid of a story published at `time` (ms) or later: rowids below it were published before. */
export function searchRowidFloor(time: number): number {
  return Math.floor(time) * KEYS_PER_MS;
}

/** The files whose search rows are out of date (found through the index parsed_unsearched). */
export const STALE_SEARCH_ROWS = 'SELECT rowid, path, search_rowid FROM parsed WHERE indexed_hash IS NOT hash';

/** Brings the full-text indexes in line with the stored results of valid content. */
function syncSearch(db: Database.Database, articles: readonly Article[], arabic: readonly ArabicArticle[], removedFiles: boolean, names: FileNames) {
  // A story's search row is found by the key stored with its file, so it is replaced or removed by key, never by a scan.
  const stale = db
    .prepare(STALE_SEARCH_ROWS)
    .all() as { rowid: number; path: string; search_rowid: number | null }[];
  // Nothing changed (the usual check, and every server's reload): no row to build.
  if (stale.length === 0 && !removedFiles) return;
  // Rows name files by key, articles by the path shown.
  const stalePaths = new Set(stale.map((row) => names.shown(row.path)));
  const rows = new Map<string, SearchRow & { table: 'search' | 'search_ar'; fold: (text: string) => string }>();
  const same = (text: string) => text;
  for (const article of articles) {
    if (!stalePaths.has(article.file)) continue;
    rows.set(article.file, { table: 'search', fold: same, slug: article.slug, title: article.title, dek: article.dek, entities: entityText(article), published: article.published.getTime(), draft: article.draft ? 1 : 0 });
  }
  for (const article of arabic) {
    if (!stalePaths.has(article.file)) continue;
    rows.set(article.file, { table: 'search_ar', fold: normalizeArabic, slug: article.slug, title: article.title, dek: article.dek, entities: arabicEntityText(article), published: article.published.getTime(), draft: article.draft ? 1 : 0 });
  }
  const statements = (table: 'search' | 'search_ar') => ({
    remove: db.prepare(`DELETE FROM ${table} WHERE rowid = ?`),
    insert: db.prepare(`INSERT INTO ${table} (rowid, slug, title, dek, entities, body, published, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  });
  const tables = { search: statements('search'), search_ar: statements('search_ar') };
  const mark = db.prepare('UPDATE parsed SET indexed_hash = hash, search_rowid = ? WHERE rowid = ?');
  const keyTaken = db.prepare('SELECT 1 FROM parsed WHERE search_rowid = ?').pluck();
  // A body's text is read when its row is written: with a cold index every row is stale, and
  // reading them all at once held the text of the whole archive (about 5 KB a story).
  const searchText = db.prepare('SELECT search_text FROM parsed WHERE rowid = ?').pluck() as Database.Statement<[number], string | null>;
  db.transaction(() => {
    // Rows of deleted files are gone from `parsed`; drop their search entries first, so that their keys are free.
    if (removedFiles) {
      db.exec('DELETE FROM search WHERE rowid NOT IN (SELECT search_rowid FROM parsed WHERE search_rowid IS NOT NULL)');
      db.exec('DELETE FROM search_ar WHERE rowid NOT IN (SELECT search_rowid FROM parsed WHERE search_rowid IS NOT NULL)');
      db.prepare('DELETE FROM meta WHERE key = ?').run(FILES_REMOVED);
    }
    const inserts: { key: number; row: (typeof stale)[number]; found: NonNullable<ReturnType<typeof rows.get>> }[] = [];
    for (const row of stale) {
      if (row.search_rowid !== null) {
        tables.search.remove.run(row.search_rowid);
        tables.search_ar.remove.run(row.search_rowid);
      }
      mark.run(null, row.rowid);
    }
    for (const row of stale) {
      const found = rows.get(names.shown(row.path));
      if (!found) continue;
      const key = searchRowid(found.published, (candidate) => keyTaken.get(candidate) !== undefined);
      mark.run(key, row.rowid);
      inserts.push({ key, row, found });
    }
    // In key order: FTS5 writes a new segment whenever a rowid is lower than the last one written.
    inserts.sort((a, b) => a.key - b.key);
    for (const { key, row, found } of inserts) {
      const { fold } = found;
      tables[found.table].insert.run(
        key,
        found.slug,
        fold(found.title),
        fold(found.dek),
        fold(found.entities),
        fold(searchText.get(row.rowid) ?? ''),
        found.published,
        found.draft,
      );
    }
  })();
}

/**
 * What a server's reload may take from the content it holds (decision 0008): `npm run publish`
 * checked version `checkedVersion` of the folder; if the folder is still exactly that version
 * and the registries are those the held articles were built with, an unchanged file's article
 * is reused as it is and the checks are not run again. Otherwise `articles` is emptied, so the
 * held content is not kept alive beside the one being built.
 */
export type Reuse = { checkedVersion: string; registriesHash: string; articles: Map<string, Article> };

/** How a server loads content (the check and publish commands pass nothing: they check everything). */
export type ServingOptions = {
  /** Held articles a reload may keep if the folder is the version `npm run publish` checked. */
  reuse?: Reuse;
  /**
   * Skip the archive-wide checks when the folder is exactly the last version that passed them
   * (recorded in the index by the check, the publish command or a server). They only report
   * problems, and a good version has no errors; at 100,000 stories they took 1.4 s of a 4.9 s load.
   */
  trustLastGood?: boolean;
};

/**
 * read → parse → validate → enrich for a content folder, re-parsing only
 * the files that changed since the last run, then updating the full-text
 * index when the content is valid. Problems are those of every file, as
 * `buildContent` would report them (the archive-wide checks are not run
 * again for a server loading a version that passed them: `serving`).
 */
export function indexContent(dir: string, indexFile = contentIndexPath(dir), serving: ServingOptions = {}): IndexedContent {
  const db = openContentIndex(indexFile);
  const { registryFiles, timelineFile, readProblems } = readRegistryFiles(dir);
  const folderProblems = storyFolderProblems(dir);
  const registries = parseRegistries(registryFiles);
  const fingerprint = registryFingerprint(registries);
  const registriesHash = hash(JSON.stringify(registryFiles));
  const names = fileNames(dir);

  // By key (the path inside the content folder).
  const rows = new Map(
    (db.prepare('SELECT path, size, mtime_ms, hash, fingerprint FROM parsed').all() as Row[]).map((row) => [row.path, row]),
  );
  // Each stored result is read when its file is reached, not all at once: at 100,000 articles
  // the results are about 140 MB of JSON, which a server start held on top of what it revives.
  const storedResult = db.prepare('SELECT result FROM parsed WHERE path = ?').pluck() as Database.Statement<[string], string>;
  const upsert = db.prepare(UPSERT_PARSED);
  const touch = db.prepare('UPDATE parsed SET size = ?, mtime_ms = ? WHERE path = ?');

  const changes: ContentChanges = { added: [], updated: [], removed: [], live: [], arabic: [], firstRun: rows.size === 0 };
  let parsedCount = 0;
  const startedAt = Date.now();
  // Article files by path shown and hash, none of them parsed results: each is revived from the index
  // when assembled, or the held article reused (articleSources), so a run holds one result at a time.
  const articleFiles: { path: string; hash: string }[] = [];
  // Every file's key and hash as the index holds them after this run, for the version.
  const fileHashes: { key: string; hash: string }[] = [];
  let removedFiles = false;
  const liveFiles: { path: string; parsed: ParsedLiveFile }[] = [];
  const translationFiles: { path: string; parsed: ParsedTranslationFile }[] = [];
  const arabicLiveFiles: { path: string; parsed: ParsedArabicLiveFile }[] = [];
  db.transaction(() => {
    // Articles, live pages, then Arabic translations: the same cache, each file re-parsed only when it changed.
    const kinds = [
      { files: listArticleFiles(dir), kind: 'article' },
      { files: listLiveFiles(dir), kind: 'live' },
      { files: listTranslationFiles(dir), kind: 'translation' },
      { files: listArabicLiveFiles(dir), kind: 'arabic-live' },
    ] as const;
    for (const { files, kind } of kinds) {
      const live = kind === 'live';
      const keep = (path: string, parsed: ParsedLiveFile | ParsedTranslationFile | ParsedArabicLiveFile) => {
        if (kind === 'arabic-live') arabicLiveFiles.push({ path, parsed: parsed as ParsedArabicLiveFile });
        else if (kind === 'live') liveFiles.push({ path, parsed: parsed as ParsedLiveFile });
        else translationFiles.push({ path, parsed: parsed as ParsedTranslationFile });
      };
      const reviveAs = kind === 'live' ? reviveLive : kind === 'translation' ? reviveTranslation : kind === 'arabic-live' ? reviveArabicLive : undefined;
      const keepStored = (key: string, shown: string, hash: string) => {
        fileHashes.push({ key, hash });
        if (reviveAs) keep(shown, reviveAs(storedResult.get(key)!, names));
        else articleFiles.push({ path: shown, hash });
      };
      for (const file of files) {
        const shown = relative(file.path);
        const key = names.key(shown);
        const row = rows.get(key);
        rows.delete(key);
        const fresh = row?.fingerprint === fingerprint;
        if (fresh && row.size === file.size && row.mtime_ms === file.mtimeMs) {
          keepStored(key, shown, row.hash);
          continue;
        }
        const read = file.directory ? { text: '' } : file.read();
        const text = read.text ?? '';
        const digest = hash(read.problem ? `${file.size}:${file.mtimeMs}:${read.problem.message}` : text);
        if (fresh && row.hash === digest) {
          touch.run(file.size, file.mtimeMs, key);
          keepStored(key, shown, digest);
          continue;
        }
        const source = { path: shown + (file.directory ? '/' : ''), text };
        parsedCount++;
        if (parsedCount % PROGRESS_EVERY === 0) reportProgress(indexFile, parsedCount, startedAt);
        fileHashes.push({ key, hash: digest });
        if (kind === 'translation') {
          const parsed: ParsedTranslationFile = read.problem
            ? { kind: 'translation', problems: [read.problem] }
            : parseTranslationFile(source, registries);
          upsert.run(key, file.size, file.mtimeMs, digest, fingerprint, store(parsed, names.key), parsed.valid?.slug ?? null, parsed.valid?.searchText ?? null);
          keep(shown, parsed);
          if (parsed.valid && row?.hash !== digest) changes.arabic.push(parsed.valid.slug);
          continue;
        }
        if (kind === 'arabic-live') {
          const parsed: ParsedArabicLiveFile = read.problem ? { kind: 'arabic-live', problems: [read.problem] } : parseArabicLiveFile(source, registries);
          upsert.run(key, file.size, file.mtimeMs, digest, fingerprint, store(parsed, names.key), null, null);
          keep(shown, parsed);
          if (parsed.valid && row?.hash !== digest) changes.live.push(parsed.valid.slug);
          continue;
        }
        if (live) {
          // Live pages stay out of the article search index (their slug column is empty).
          const parsed: ParsedLiveFile = read.problem ? { kind: 'live', problems: [read.problem] } : parseLiveFile(source, registries);
          upsert.run(key, file.size, file.mtimeMs, digest, fingerprint, store(parsed, names.key), null, null);
          keep(shown, parsed);
          if (parsed.valid && row?.hash !== digest) changes.live.push(parsed.valid.slug);
          continue;
        }
        // A file that cannot be used (link, pipe, too large, not UTF-8) is its read problem, nothing more.
        const parsed: ParsedArticleFile = read.problem ? { problems: [read.problem] } : parseArticleFile(source, registries);
        upsert.run(key, file.size, file.mtimeMs, digest, fingerprint, store(parsed, names.key), parsed.valid?.slug ?? null, parsed.valid?.searchText ?? null);
        // Not held: revived from the index when assembled, like an unchanged file. A cold index
        // (a new server, a schema change) parses every file here, and holding every result with
        // its search text ran a server out of its heap at 100,000 stories.
        articleFiles.push({ path: shown, hash: digest });
        const slug = parsed.valid?.slug;
        if (slug && row?.hash !== digest) (row ? changes.updated : changes.added).push(slug);
      }
    }
    // Whatever is left was deleted. Their search rows go when the search rows are next brought in
    // line (syncSearch, after a run that passes): until then the mark says that some are left.
    if (rows.size > 0) db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(FILES_REMOVED, '1');
    removedFiles = metaValue(db, FILES_REMOVED) !== undefined;
    const remove = db.prepare('DELETE FROM parsed WHERE path = ?');
    for (const row of rows.values()) {
      const result = storedResult.get(row.path)!;
      remove.run(row.path);
      if (isTranslationResult(result)) {
        const slug = (JSON.parse(result) as ParsedTranslationFile).valid?.slug;
        if (slug) changes.arabic.push(slug);
        continue;
      }
      if (isLiveResult(result) || isArabicLiveResult(result)) {
        const slug = (JSON.parse(result) as ParsedLiveFile | ParsedArabicLiveFile).valid?.slug;
        if (slug) changes.live.push(slug);
        continue;
      }
      const slug = (JSON.parse(result) as ParsedArticleFile).valid?.slug;
      if (slug) changes.removed.push(slug);
    }
  })();

  // From the hashes this run already has (reading the index's rows again took 0.15–0.2 s at 100,000).
  fileHashes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const version = folderVersion(names, fingerprint, { registryFiles, timelineFile }, fileHashes);
  const { reuse } = serving;
  const reusing = reuse?.checkedVersion === version && reuse.registriesHash === registriesHash;
  if (!reusing) reuse?.articles.clear();
  const checked = reusing || (serving.trustLastGood === true && lastGoodVersion(db) === version);
  const assembled = assembleContent(
    registries,
    articleSources(articleFiles, storedResult, names, reusing ? reuse.articles : undefined),
    timelineFile,
    checked ? undefined : publicFiles(),
    liveFiles,
    translationFiles,
    arabicLiveFiles,
    checked,
  );
  const result = {
    ...assembled,
    problems: [...folderProblems, ...readProblems, ...assembled.problems],
  };
  if (!hasErrors(result.problems)) {
    syncSearch(db, result.content.articles, result.content.arabic, removedFiles, names);
    keepAsLastGood(db, version, { registryFiles, timelineFile });
  }
  forgetRepeatedValues();
  return { ...result, changes, version, registriesHash, parsedFiles: parsedCount };
}

/** Files parsed between two progress lines: a cold index of 100,000 files takes minutes on one thread. */
const PROGRESS_EVERY = 10_000;

function reportProgress(indexFile: string, parsed: number, startedAt: number) {
  console.log(
    `Content index ${indexFile}: ${parsed.toLocaleString('en')} files parsed in ${Math.round((Date.now() - startedAt) / 1000)} s ` +
      '(a new or outdated index is filled once; `npm run check` fills it on every core).',
  );
}

/**
 * The article files of a run for assembleContent: each as the held article built from the same
 * file (`held`, by file, when the content is reused), else its stored result revived.
 */
function* articleSources(
  files: readonly { path: string; hash: string }[],
  stored: Database.Statement<[string], string>,
  names: FileNames,
  held: ReadonlyMap<string, Article> | undefined,
): Generator<ArticleSource> {
  for (const file of files) {
    const article = held?.get(file.path);
    if (article && article.revision === file.hash) yield { path: file.path, article };
    else yield { path: file.path, parsed: revive(stored.get(names.key(file.path))!, names) };
  }
}

const GOOD_VERSION = 'good-version';
/** Set while files deleted from the folder may still have search rows (a run that removed them failed its checks). */
const FILES_REMOVED = 'files-removed';
const GOOD_REGISTRIES = 'good-registries';

function metaValue(db: Database.Database, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

const lastGoodVersion = (db: Database.Database) => metaValue(db, GOOD_VERSION);

function keepAsLastGood(db: Database.Database, version: string, files: Pick<ReturnType<typeof readRegistryFiles>, 'registryFiles' | 'timelineFile'>) {
  if (lastGoodVersion(db) === version) return;
  const set = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    // Only what differs is written: copying every row made each publish rewrite the whole archive
    // (1.5 s at 100,000 stories); comparing reads both tables but writes one row per change.
    db.exec(`
      DELETE FROM good WHERE path NOT IN (SELECT path FROM parsed);
      INSERT OR REPLACE INTO good (path, result)
        SELECT parsed.path, parsed.result FROM parsed LEFT JOIN good ON good.path = parsed.path
        WHERE good.result IS NOT parsed.result;
    `);
    set.run(GOOD_VERSION, version);
    set.run(GOOD_REGISTRIES, JSON.stringify(files));
  })();
}

/**
 * The last content of `dir` that passed every check, as it was then (its
 * registries included), or undefined if there never was one. A server whose
 * content folder turns invalid keeps serving this.
 */
export function lastGoodContent(dir: string, indexFile = contentIndexPath(dir)): (ContentResult & { version: string }) | undefined {
  const db = openContentIndex(indexFile);
  const names = fileNames(dir);
  const version = lastGoodVersion(db);
  const files = metaValue(db, GOOD_REGISTRIES);
  if (!version || !files) return undefined;
  const { registryFiles, timelineFile } = JSON.parse(files) as Pick<ReturnType<typeof readRegistryFiles>, 'registryFiles' | 'timelineFile'>;
  // Live pages and translations (their results name their kind first) are few: read at once.
  // Articles are revived one at a time, as indexContent does.
  const KINDED = 'substr(result, 1, ?) = ?';
  const prefix = [KIND_PREFIX.length, KIND_PREFIX] as const;
  const rows = db.prepare(`SELECT path, result FROM good WHERE ${KINDED}`).all(...prefix) as { path: string; result: string }[];
  const articleKeys = db.prepare(`SELECT path FROM good WHERE NOT ${KINDED}`).pluck().all(...prefix) as string[];
  const storedGood = db.prepare('SELECT result FROM good WHERE path = ?').pluck() as Database.Statement<[string], string>;
  const kept = <T,>(is: (json: string) => boolean, reviveAs: (json: string, names: FileNames) => T) =>
    rows.filter((row) => is(row.result)).map((row) => ({ path: names.shown(row.path), parsed: reviveAs(row.result, names) }));
  const liveFiles = kept(isLiveResult, reviveLive);
  const translationFiles = kept(isTranslationResult, reviveTranslation);
  const arabicLiveFiles = kept(isArabicLiveResult, reviveArabicLive);
  // Checked when it was good; only its articles, live pages, translations and registries are needed again.
  const articles = revivedOneByOne(articleKeys, storedGood, names);
  const good = assembleContent(parseRegistries(registryFiles), articles, timelineFile, undefined, liveFiles, translationFiles, arabicLiveFiles, true);
  forgetRepeatedValues();
  return { ...good, version };
}

/**
 * Stored articles for assembleContent, read and revived one at a time as they are reached.
 * Holding every stored result revived at once took about 1.9 KB a story on top of the content
 * being built (docs/decisions/0022-server-memory.md).
 */
function* revivedOneByOne(
  keys: readonly string[],
  stored: Database.Statement<[string], string>,
  names: FileNames,
): Generator<{ path: string; parsed: ParsedArticleFile }> {
  for (const key of keys) yield { path: names.shown(key), parsed: revive(stored.get(key)!, names) };
}

/** One file for `prewarmContentIndex` to parse elsewhere (e.g. in worker threads): its path shown, its key in the index. */
export type ParseJob = { path: string; key: string; text: string };
export type ParseResult = { key: string; result: string; slug: string | null; searchText: string | null };
/** Parses a chunk of files as `parseForIndex` does, wherever it likes (lib/content/worker-pool.ts). */
export type ParseAll = (jobs: ParseJob[], registryFiles: ContentInput['registryFiles']) => Promise<ParseResult[]>;

/** A file for `prewarmContentIndex`'s workers, with what its index row records. */
type PrewarmJob = ParseJob & { size: number; mtimeMs: number; hash: string };

/**
 * The content folder's version: changes with any file, and is the same in every process that
 * reads the same files, whatever its working folder. Paths are taken relative to the content
 * folder: `npm run publish` runs in the project and a standalone server in a folder of its own,
 * and a server compares its version with the one the publish checked (decision 0008).
 */
function folderVersion(
  names: FileNames,
  fingerprint: string,
  { registryFiles, timelineFile }: Pick<ContentInput, 'registryFiles' | 'timelineFile'>,
  fileHashes: readonly { key: string; hash: string }[],
): string {
  const text = (file: { path: string; text?: string | null } | undefined) => (file ? [names.key(file.path), file.text ?? null] : null);
  return hash(
    JSON.stringify([
      fingerprint,
      REGISTRY_KINDS.map((kind) => text(registryFiles[kind])),
      text(timelineFile),
      fileHashes.map((file) => [file.key, file.hash]),
    ]),
  );
}

/** Files parsed and written per step of `prewarmContentIndex`. */
const PREWARM_CHUNK = 2000;

/**
 * Parses, ahead of `indexContent`, every article file the index does not
 * know in its current version, with `parseAll` (which gets the registry
 * files to parse them against and may spread the work over threads), a
 * chunk of files at a time. Worth it only for a cold or mostly changed
 * index: it returns the number of files parsed, and `indexContent` then
 * finds them all fresh.
 */
export async function prewarmContentIndex(
  dir: string,
  parseAll: ParseAll,
  minimum = 1000,
  indexFile = contentIndexPath(dir),
  chunk = PREWARM_CHUNK,
): Promise<number> {
  const db = openContentIndex(indexFile);
  const { registryFiles } = readRegistryFiles(dir);
  const fingerprint = registryFingerprint(parseRegistries(registryFiles));
  // A warm index (every server start, every check) is told apart without stat-ing every file:
  // that pass took about 1 s at 100,000. Files changed since are few, and indexContent parses them.
  const current = db
    .prepare('SELECT COUNT(*) FROM parsed WHERE fingerprint = ? AND substr(path, 1, ?) = ?')
    .pluck()
    .get(fingerprint, ARTICLE_KEY_PREFIX.length, ARTICLE_KEY_PREFIX) as number;
  if (countArticleFiles(dir) - current < minimum) return 0;
  const known = new Map(
    (db.prepare('SELECT path, size, mtime_ms, fingerprint FROM parsed').all() as Row[]).map((row) => [row.path, row]),
  );
  const names = fileNames(dir);
  const stale = listArticleFiles(dir).filter((file) => {
    const row = known.get(names.key(relative(file.path)));
    return !file.directory && !(row?.fingerprint === fingerprint && row.size === file.size && row.mtime_ms === file.mtimeMs);
  });
  if (stale.length < minimum) return 0;
  const upsert = db.prepare(UPSERT_PARSED);
  const write = db.transaction((results: readonly ParseResult[], jobs: ReadonlyMap<string, PrewarmJob>) => {
    for (const result of results) {
      const job = jobs.get(result.key)!;
      upsert.run(result.key, job.size, job.mtimeMs, job.hash, fingerprint, result.result, result.slug, result.searchText);
    }
  });
  // A chunk at a time, each written as soon as it is parsed: memory stays flat however many files
  // there are.
  const readChunk = (start: number) => {
    const jobs = new Map<string, PrewarmJob>();
    for (const file of stale.slice(start, start + chunk)) {
      const read = file.read();
      // Files that cannot be read are left to indexContent, which reports them.
      if (read.text === undefined) continue;
      const shown = relative(file.path);
      const key = names.key(shown);
      jobs.set(key, { path: shown, key, text: read.text, size: file.size, mtimeMs: file.mtimeMs, hash: hash(read.text) });
    }
    return jobs;
  };
  // While `parseAll` works on one chunk, this thread writes the chunk before it and reads the one after.
  let parsed = 0;
  let previous: { results: readonly ParseResult[]; jobs: ReadonlyMap<string, PrewarmJob> } | undefined;
  let jobs = readChunk(0);
  for (let start = 0; start < stale.length; start += chunk) {
    const parsing = parseAll([...jobs.values()].map(({ path, key, text }) => ({ path, key, text })), registryFiles);
    // Awaited below; if writing or reading throws first, its failure must not go unhandled.
    parsing.catch(() => {});
    if (previous) write(previous.results, previous.jobs);
    const next = start + chunk < stale.length ? readChunk(start + chunk) : new Map<string, PrewarmJob>();
    previous = { results: await parsing, jobs };
    parsed += previous.results.length;
    jobs = next;
  }
  if (previous) write(previous.results, previous.jobs);
  return parsed;
}

/** Parses files as `indexContent` would, into what it stores (for `prewarmContentIndex`'s workers). */
export function parseForIndex(jobs: readonly ParseJob[], registryFiles: ContentInput['registryFiles']): ParseResult[] {
  const registries = registriesFor(registryFiles);
  return jobs.map((job) => {
    const parsed = parseArticleFile(job, registries);
    // The path shown is the folder's prefix followed by the key.
    const { key } = namesUnder(job.path.slice(0, job.path.length - job.key.length));
    return { key: job.key, result: store(parsed, key), slug: parsed.valid?.slug ?? null, searchText: parsed.valid?.searchText ?? null };
  });
}

/**
 * The registries parsed from these files: a worker is sent the same files with every chunk, and
 * parsing them again took about 0.4 s a chunk (50 chunks a worker for a cold index of 100,000).
 */
function registriesFor(registryFiles: ContentInput['registryFiles']): ParsedRegistries {
  const text = JSON.stringify(registryFiles);
  if (lastRegistries?.text !== text) lastRegistries = { text, parsed: parseRegistries(registryFiles) };
  return lastRegistries.parsed;
}
let lastRegistries: { text: string; parsed: ParsedRegistries } | undefined;
