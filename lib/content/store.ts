import fs from 'node:fs';
import path from 'node:path';
import { contentDirectory } from '../site';
import type { Article } from './article';
import { aliasRedirects, normalizePath } from './aliases';
import { forgetArticleBodies } from './article-body';
import { forgetLiveBodies } from './live-body';
import { hasErrors, type Content } from './build-content';
import { indexContent, lastGoodContent, type Reuse } from './content-index';
import { ContentError } from './problems';
import { contentSignature } from './read-content';
import type { TimelineEvent } from './timeline';
import type { LivePage } from './live-page';
import type { ArabicLivePage } from './arabic-live-checks';
import { isVisible, visibleLivePage } from './visibility';
import type { ArabicArticle } from './translation';
import { tollByMetric, tollPoints, type TollByMetric, type TollPoint } from '../figures/toll';

type Loaded = {
  dir: string;
  /** Folder signature, checked on each call outside production. */
  signature?: string;
  /** Publish stamp's modification time when loaded (production). */
  stamp?: number;
  content?: Content;
  error?: ContentError;
  /** The problems that made the last load keep earlier content (served: `content`), for the publish request to report. */
  rejected?: ContentError;
  version?: string;
  /** Of the registry files `content` was built with (read from the folder, not the last good content). */
  registriesHash?: string;
};

/**
 * Process-wide state, on globalThis: proxy.ts and the app routes are bundled
 * separately, and must share one copy of the content, not hold two.
 */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('conflict-desk.content-store')] ??= {}) as {
  loaded?: Loaded;
  derived?: Derived;
  stampCheckedAt?: number;
};

/** Written by `npm run publish` into the content folder; every server reloads when it changes. */
export const PUBLISH_STAMP = '.published';
/** Sent by `npm run publish` with its request: the content version it checked (as in the stamp). */
export const CHECKED_VERSION_HEADER = 'x-content-version';
const STAMP_CHECK_MS = 1000;

function stampTime(dir: string): number {
  return fs.statSync(path.join(/* turbopackIgnore: true */ dir, PUBLISH_STAMP), { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

/** The content version `npm run publish` checked, from its stamp ("<time> <version>"). */
function stampVersion(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(/* turbopackIgnore: true */ dir, PUBLISH_STAMP), 'utf8').trim().split(' ')[1];
  } catch {
    return undefined;
  }
}

/**
 * The site's content (front matter of every article; bodies are rendered on
 * demand), loaded through the content index, which re-parses only changed
 * files. A production server loads once, then again when the publish stamp
 * changes (checked at most once a second, so every server behind a load
 * balancer follows a publish); elsewhere the folder's signature is checked on
 * each call so `next dev` sees edited, added and removed files. Throws one
 * ContentError listing every problem if the content is invalid and there is
 * no last good version to serve.
 */
export function getContent(): Content {
  const dir = contentDirectory();
  const production = process.env.NODE_ENV === 'production';
  if (state.loaded?.dir !== dir) state.loaded = load(dir);
  else if (!production) {
    const signature = contentSignature(dir);
    if (state.loaded.signature !== signature) state.loaded = load(dir);
  } else if (Date.now() - (state.stampCheckedAt ?? 0) >= STAMP_CHECK_MS) {
    state.stampCheckedAt = Date.now();
    if (stampTime(dir) !== state.loaded.stamp) reloadContent();
  }
  if (state.loaded.error) throw state.loaded.error;
  return state.loaded.content!;
}

function load(dir: string): Loaded {
  const production = process.env.NODE_ENV === 'production';
  const stamp = production ? stampTime(dir) : undefined;
  const signature = production ? undefined : contentSignature(dir);
  const indexed = indexContent(dir, undefined, { trustLastGood: production });
  forget();
  if (!hasErrors(indexed.problems)) return { dir, signature, stamp, content: indexed.content, version: indexed.version, registriesHash: indexed.registriesHash };
  const error = new ContentError(indexed.problems);
  const good = production ? lastGoodContent(dir) : undefined;
  if (!good) return { dir, signature, stamp, error, version: indexed.version };
  console.error(`Content in ${dir} is invalid; serving the last good version.\n${error.message}`);
  return { dir, signature, stamp, content: good.content, version: good.version, rejected: error };
}

function forget() {
  forgetArticleBodies();
  forgetLiveBodies();
  state.derived = undefined;
}

/**
 * Re-reads the content folder (publishing). Keeps serving the previous
 * content when the new one has errors (and logs why).
 *
 * The current content is let go before the folder is read, so that a server
 * never holds two copies of the archive (at 100,000 stories they do not fit
 * its heap limit: docs/decisions/0022-server-memory.md). Loading is
 * synchronous, so no request sees the gap. The previous content is the last
 * one that passed the checks, and the content index keeps that: on errors it
 * is read back from there.
 */
export function reloadContent(checkedVersion?: string): { ok: true; version: string } | { ok: false; error: ContentError } {
  const dir = contentDirectory();
  const stamp = stampTime(dir);
  const previousError = state.loaded?.dir === dir ? state.loaded.error : undefined;
  const reuse = reusable(dir, state.loaded, checkedVersion ?? stampVersion(dir));
  state.loaded = undefined;
  forget();
  const indexed = indexContent(dir, undefined, { reuse, trustLastGood: process.env.NODE_ENV === 'production' });
  if (hasErrors(indexed.problems)) {
    const error = new ContentError(indexed.problems);
    console.error(`Content in ${dir} is invalid; still serving the previous version.\n${error.message}`);
    const good = lastGoodContent(dir);
    state.loaded = good
      ? { dir, stamp, content: good.content, version: good.version, rejected: error }
      : { dir, stamp, error: previousError ?? error, rejected: error };
    return { ok: false, error };
  }
  state.loaded = { dir, stamp, content: indexed.content, version: indexed.version, registriesHash: indexed.registriesHash };
  return { ok: true, version: indexed.version };
}

/**
 * The held articles, by file, for a reload to reuse if the folder is exactly the version
 * `npm run publish` checked (named by its request, else by the stamp): at 100,000 stories,
 * reviving every stored result and checking the whole archive again took most of a 5.7 s
 * reload, during which the server answered nothing. indexContent lets them go otherwise.
 */
function reusable(dir: string, loaded: Loaded | undefined, checkedVersion: string | undefined): Reuse | undefined {
  if (!checkedVersion || loaded?.dir !== dir || !loaded.content || !loaded.registriesHash) return undefined;
  return { checkedVersion, registriesHash: loaded.registriesHash, articles: new Map(loaded.content.articles.map((article) => [article.file, article])) };
}

/**
 * The content of a publish, for the publish request: re-reads the folder unless this process
 * already serves it (in production; elsewhere always). A request from `npm run publish` names
 * the version it checked: served already, or else read (a server with a content folder of its
 * own, which the stamp was not written into, reads it here). A call that names none (the
 * scheduler's) re-reads only if the publish stamp changed since this process last read it.
 * `npm run publish` writes the stamp before it calls the servers, and any request arriving in
 * between makes a server follow the stamp (getContent), so the publish request usually finds
 * the new content loaded: reading it again held every request for another reload (5.7 s at
 * 100,000 stories), as did the scheduler's call after a new newest story. Reports the problems
 * of the load it relies on.
 */
export function reloadIfPublished(checkedVersion?: string): ReturnType<typeof reloadContent> {
  const dir = contentDirectory();
  const loaded = state.loaded;
  const current =
    process.env.NODE_ENV === 'production' &&
    loaded?.dir === dir &&
    loaded.content &&
    (checkedVersion === undefined ? loaded.stamp === stampTime(dir) : loaded.version === checkedVersion);
  if (!current) return reloadContent(checkedVersion);
  return loaded.rejected ? { ok: false, error: loaded.rejected } : { ok: true, version: loaded.version! };
}

/**
 * Drafts and scheduled articles are previewed while developing and never
 * shown by a production build until due.
 */
export function isPreview(): boolean {
  return process.env.NODE_ENV !== 'production';
}

type Derived = {
  content: Content;
  /** Published list, valid from `since` until `until` (the next scheduled article's time). */
  published: readonly Article[];
  since: number;
  until: number;
  bySlug: ReadonlyMap<string, Article>;
  /** Old address (normalized) → article path, for published articles' aliases; built on first use. */
  aliases?: ReadonlyMap<string, string>;
  /** Published articles per registry entry, newest first, built on first use. */
  byEntry?: ReadonlyMap<string, readonly Article[]>;
  /** Slugs of the articles readers may not see yet (drafts, scheduled), built on first use. */
  hidden?: readonly string[];
  /** Stories withdrawn after they were published, newest first, built on first use. */
  withdrawn?: readonly Article[];
  /** Every toll report of the published articles, and the same by metric, built on first use. */
  toll?: PublishedToll;
  /** Published Arabic editions (original published, translation not a draft), newest first, built on first use. */
  arabic?: { list: readonly ArabicArticle[]; bySlug: ReadonlyMap<string, ArabicArticle>; byEntry?: ReadonlyMap<string, readonly ArabicArticle[]>; hidden?: readonly string[] };
};

/** Articles readers may see at `now`, newest first (recomputed only when a scheduled story comes due). */
export function getPublishedArticles(now: Date = new Date()): readonly Article[] {
  const content = getContent();
  const time = now.getTime();
  if (state.derived?.content === content && time < state.derived.until && time >= state.derived.since) return state.derived.published;
  const visibility = { now, preview: isPreview() };
  const published = content.articles.filter((article) => isVisible(article, visibility));
  // Articles are newest first: scheduled ones lead the list.
  const upcoming = content.articles.filter((a) => !a.draft && a.published.getTime() > time);
  const until = upcoming.length ? Math.min(...upcoming.map((a) => a.published.getTime())) : Infinity;
  state.derived = { content, published, until, since: time, bySlug: new Map(published.map((a) => [a.slug, a])) };
  return published;
}

/** Slugs of the articles in the content that readers may not see at `now`: drafts and scheduled stories. */
export function hiddenArticleSlugs(now: Date = new Date()): readonly string[] {
  getPublishedArticles(now);
  const derived = state.derived!;
  derived.hidden ??= derived.content.articles.filter((article) => !derived.bySlug.has(article.slug)).map((article) => article.slug);
  return derived.hidden;
}

/**
 * Articles that are or will be published (not drafts): the pages built
 * ahead of time. A scheduled article's page renders as not found until its
 * time.
 */
export function getPublishableArticles(): readonly Article[] {
  const { articles } = getContent();
  return isPreview() ? articles : articles.filter((article) => !article.draft);
}

/**
 * Stories withdrawn after publication, newest first: out of every page and list, but their
 * addresses answer with the note and the corrections log keeps them. None in a preview, which
 * shows them as stories (with a banner).
 */
export function getWithdrawnArticles(now: Date = new Date()): readonly Article[] {
  getPublishedArticles(now);
  const derived = state.derived!;
  const time = now.getTime();
  derived.withdrawn ??= isPreview() ? [] : derived.content.articles.filter((article) => article.withdrawn && article.published.getTime() <= time);
  return derived.withdrawn;
}

/** A story withdrawn after publication, by its slug. */
export function getWithdrawnArticle(slug: string, now: Date = new Date()): Article | undefined {
  return getWithdrawnArticles(now).find((article) => article.slug === slug);
}

export function getArticle(slug: string, now: Date = new Date()): Article | undefined {
  getPublishedArticles(now);
  return state.derived!.bySlug.get(slug);
}

/** Live pages readers may see at `now` (only their due entries), most recently started first. */
export function getPublishedLivePages(now: Date = new Date()): readonly LivePage[] {
  const visibility = { now, preview: isPreview() };
  return getContent().live.flatMap((page) => visibleLivePage(page, visibility) ?? []);
}

/** What the corrections log lists (/corrections and its feed): published and withdrawn stories, and live pages. */
export function getCorrectablePages(now: Date = new Date()): readonly (Article | LivePage)[] {
  return [...getPublishedArticles(now), ...getWithdrawnArticles(now), ...getPublishedLivePages(now)];
}

/** What this server serves, for a load balancer's health check and for operators (`GET /api/status`). */
export type ServingStatus =
  | {
      ok: true;
      /** The content version, the same on every server that has taken the last publish. */
      version: string;
      stories: number;
      livePages: number;
      /** Problems in the content folder that keep this server on the last good version (0 when none). */
      folderProblems: number;
    }
  | { ok: false; folderProblems: number };

export function servingStatus(now: Date = new Date()): ServingStatus {
  try {
    getContent();
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, folderProblems: error.problems.length };
    throw error;
  }
  const loaded = state.loaded!;
  return {
    ok: true,
    version: loaded.version!,
    stories: getPublishedArticles(now).length,
    livePages: getPublishedLivePages(now).length,
    folderProblems: loaded.rejected?.problems.length ?? 0,
  };
}

/** The live page at /live/<slug>, as readers may see it at `now`. */
export function getLivePage(slug: string, now: Date = new Date()): LivePage | undefined {
  const page = getContent().live.find((candidate) => candidate.slug === slug);
  return page ? visibleLivePage(page, { now, preview: isPreview() }) : undefined;
}

/** Live pages that are or will be published (not drafts): the pages built ahead of time. */
export function getPublishableLivePages(): readonly LivePage[] {
  const { live } = getContent();
  return isPreview() ? live : live.filter((page) => !page.draft);
}

/** Arabic live pages readers may see at `now`: the English page's start, draft state and due entries decide. */
export function getPublishedArabicLivePages(now: Date = new Date()): readonly ArabicLivePage[] {
  const visibility = { now, preview: isPreview() };
  return getContent().arabicLive.flatMap((page) => visibleLivePage(page, visibility) ?? []);
}

/** The Arabic live page at /ar/live/<slug>, as readers may see it at `now`. */
export function getArabicLivePage(slug: string, now: Date = new Date()): ArabicLivePage | undefined {
  const page = getContent().arabicLive.find((candidate) => candidate.slug === slug);
  return page ? visibleLivePage(page, { now, preview: isPreview() }) : undefined;
}

/** Arabic live pages that are or will be published (not drafts): built ahead of time. */
export function getPublishableArabicLivePages(): readonly ArabicLivePage[] {
  const { arabicLive } = getContent();
  return isPreview() ? arabicLive : arabicLive.filter((page) => !page.draft);
}

/** Timeline events whose article readers may see, oldest first. */
export function publishedTimeline(now: Date = new Date()): { event: TimelineEvent; article: Article }[] {
  getPublishedArticles(now);
  const { bySlug } = state.derived!;
  return getContent().timeline.flatMap((event: TimelineEvent) => {
    const article = bySlug.get(event.article);
    return article ? [{ event, article }] : [];
  });
}

/** A whole number of at least `min` from the environment, else `fallback`. */
function countFromEnv(name: string, fallback: number, min = 0): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= min ? value : fallback;
}

/** How much a build renders ahead; everything else renders on its first request and is then cached. */
export const prebuildCount = () => countFromEnv('PREBUILD_ARTICLES', 1000);
export const prebuildListPages = () => countFromEnv('PREBUILD_LIST_PAGES', 5, 1);
export const prebuildEntries = () => countFromEnv('PREBUILD_ENTRIES', 50);

/** The stories a build renders ahead: the newest published ones. */
export function prebuiltArticles(): readonly Article[] {
  return getPublishedArticles().slice(0, prebuildCount());
}


const ENTRY_KINDS = ['authors', 'places', 'people', 'topics'] as const;
type EntryKind = (typeof ENTRY_KINDS)[number];

/** The published articles that name registry entry `key` of `kind`, newest first. */
export function publishedArticlesFor(kind: EntryKind, key: string, now: Date = new Date()): readonly Article[] {
  getPublishedArticles(now);
  const derived = state.derived!;
  if (!derived.byEntry) {
    const byEntry = new Map<string, Article[]>();
    for (const article of derived.published) {
      for (const kind of ENTRY_KINDS) {
        for (const entry of article[kind]) {
          const id = `${kind}:${entry.key}`;
          const list = byEntry.get(id);
          if (list) list.push(article);
          else byEntry.set(id, [article]);
        }
      }
    }
    derived.byEntry = byEntry;
  }
  return derived.byEntry.get(`${kind}:${key}`) ?? [];
}

/** The toll reports readers may see: all of them (tollPoints order) and by metric. */
export type PublishedToll = { points: readonly TollPoint[]; byMetric: TollByMetric };

/**
 * The toll reports of the published articles (front matter only), computed
 * once per content version and schedule window, then shared by the toll
 * pages, the front page and the CSV: no render reads every article again.
 */
export function publishedToll(now: Date = new Date()): PublishedToll {
  getPublishedArticles(now);
  const derived = state.derived!;
  if (!derived.toll) {
    const points = tollPoints(derived.published);
    derived.toll = { points, byMetric: tollByMetric(points) };
  }
  return derived.toll;
}

/**
 * Old addresses of published articles, and of those withdrawn since (normalized alias → article
 * path), from the live content.
 */
export function publishedAliases(now: Date = new Date()): ReadonlyMap<string, string> {
  getPublishedArticles(now);
  const derived = state.derived!;
  derived.aliases ??= new Map(
    aliasRedirects([...derived.published, ...getWithdrawnArticles(now)]).map((r) => [normalizePath(r.source), r.destination]),
  );
  return derived.aliases;
}

function arabicDerived(now: Date) {
  getPublishedArticles(now);
  const derived = state.derived!;
  if (!derived.arabic) {
    const visibility = { now, preview: isPreview() };
    // Visible exactly when the original is (drafts, embargoes carry over: `draft` and `published` are the original's).
    const list = derived.content.arabic.filter((article) => derived.bySlug.has(article.slug) && isVisible(article, visibility));
    derived.arabic = { list, bySlug: new Map(list.map((a) => [a.slug, a])) };
  }
  return derived.arabic;
}

/** English slugs of the Arabic editions in the content that readers may not see at `now` (drafts, embargoes). */
export function hiddenArabicSlugs(now: Date = new Date()): readonly string[] {
  const arabic = arabicDerived(now);
  arabic.hidden ??= state.derived!.content.arabic.filter((article) => !arabic.bySlug.has(article.slug)).map((article) => article.slug);
  return arabic.hidden;
}

/** Arabic editions readers may see at `now`, newest first. */
export function getPublishedArabicArticles(now: Date = new Date()): readonly ArabicArticle[] {
  return arabicDerived(now).list;
}

/** The Arabic edition at /ar/articles/<slug>, if readers may see it at `now`. */
export function getArabicArticle(slug: string, now: Date = new Date()): ArabicArticle | undefined {
  return arabicDerived(now).bySlug.get(slug);
}

/** Arabic editions that are or will be published: the pages built ahead of time. */
export function prebuiltArabicArticles(): readonly ArabicArticle[] {
  return getPublishedArabicArticles().slice(0, prebuildCount());
}

/** The published Arabic editions that name registry entry `key` of `kind`, newest first. */
export function publishedArabicArticlesFor(kind: EntryKind, key: string, now: Date = new Date()): readonly ArabicArticle[] {
  const arabic = arabicDerived(now);
  if (!arabic.byEntry) {
    const byEntry = new Map<string, ArabicArticle[]>();
    for (const article of arabic.list) {
      for (const entryKind of ENTRY_KINDS) {
        for (const entry of article[entryKind]) {
          const id = `${entryKind}:${entry.key}`;
          const list = byEntry.get(id);
          if (list) list.push(article);
          else byEntry.set(id, [article]);
        }
      }
    }
    arabic.byEntry = byEntry;
  }
  return arabic.byEntry.get(`${kind}:${key}`) ?? [];
}
