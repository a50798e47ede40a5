import { contentDirectory } from '../site';
import type { Article } from './article';
import { forgetArticleBodies } from './article-body';
import { hasErrors, type Content } from './build-content';
import { indexContent, type ContentChanges } from './content-index';
import { ContentError } from './problems';
import { contentSignature } from './read-content';
import type { TimelineEvent } from './timeline';
import { isVisible } from './visibility';

type Loaded = {
  dir: string;
  /** Folder signature, checked on each call outside production. */
  signature?: string;
  content?: Content;
  error?: ContentError;
  version?: string;
};

/**
 * Process-wide state, on globalThis: proxy.ts and the app routes are bundled
 * separately, and must share one copy of the content, not hold two.
 */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('conflict-desk.content-store')] ??= {}) as {
  loaded?: Loaded;
  derived?: Derived;
};

/**
 * The site's content (front matter of every article; bodies are rendered on
 * demand). Loaded through the content index, which re-parses only changed
 * files. A production server loads once and again on `reloadContent()`
 * (publishing); elsewhere the folder's signature is checked on each call so
 * `next dev` sees edited, added and removed files. Throws one ContentError
 * listing every problem if any file is invalid.
 */
export function getContent(): Content {
  const dir = contentDirectory();
  const production = process.env.NODE_ENV === 'production';
  if (state.loaded?.dir !== dir) state.loaded = load(dir);
  else if (!production) {
    const signature = contentSignature(dir);
    if (state.loaded.signature !== signature) state.loaded = load(dir, signature);
  }
  if (state.loaded.error) throw state.loaded.error;
  return state.loaded.content!;
}

function load(dir: string, signature = process.env.NODE_ENV === 'production' ? undefined : contentSignature(dir)): Loaded {
  const indexed = indexContent(dir);
  forgetArticleBodies();
  state.derived = undefined;
  return hasErrors(indexed.problems)
    ? { dir, signature, error: new ContentError(indexed.problems), version: indexed.version }
    : { dir, signature, content: indexed.content, version: indexed.version };
}

/**
 * Re-reads the content folder (publishing). Keeps the current content when
 * the new one has errors, and says what changed when it does not.
 */
export function reloadContent():
  | { ok: true; changes: ContentChanges; version: string }
  | { ok: false; error: ContentError } {
  const dir = contentDirectory();
  const indexed = indexContent(dir);
  if (hasErrors(indexed.problems)) return { ok: false, error: new ContentError(indexed.problems) };
  forgetArticleBodies();
  state.derived = undefined;
  state.loaded = { dir, content: indexed.content, version: indexed.version };
  return { ok: true, changes: indexed.changes, version: indexed.version };
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
  /** Published articles per registry entry, newest first, built on first use. */
  byEntry?: ReadonlyMap<string, readonly Article[]>;
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

/**
 * Articles that are or will be published (not drafts): the pages built
 * ahead of time. A scheduled article's page renders as not found until its
 * time.
 */
export function getPublishableArticles(): readonly Article[] {
  const { articles } = getContent();
  return isPreview() ? articles : articles.filter((article) => !article.draft);
}

export function getArticle(slug: string, now: Date = new Date()): Article | undefined {
  getPublishedArticles(now);
  return state.derived!.bySlug.get(slug);
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

/** How many of the newest stories a build renders ahead (`PREBUILD_ARTICLES`, default 1,000). */
export function prebuildCount(): number {
  const value = Number(process.env.PREBUILD_ARTICLES ?? 1000);
  return Number.isInteger(value) && value >= 0 ? value : 1000;
}

/** The stories a build renders ahead: the newest published ones. */
export function prebuiltArticles(): readonly Article[] {
  return getPublishedArticles().slice(0, prebuildCount());
}

/** How many pages of the coverage index a build renders ahead (`PREBUILD_LIST_PAGES`, default 5). */
export function prebuildListPages(): number {
  const value = Number(process.env.PREBUILD_LIST_PAGES ?? 5);
  return Number.isInteger(value) && value >= 1 ? value : 5;
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
