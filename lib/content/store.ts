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
let loaded: Loaded | undefined;

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
  if (loaded?.dir !== dir) loaded = load(dir);
  else if (!production) {
    const signature = contentSignature(dir);
    if (loaded.signature !== signature) loaded = load(dir, signature);
  }
  if (loaded.error) throw loaded.error;
  return loaded.content!;
}

function load(dir: string, signature = process.env.NODE_ENV === 'production' ? undefined : contentSignature(dir)): Loaded {
  const indexed = indexContent(dir);
  forgetArticleBodies();
  derived = undefined;
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
  derived = undefined;
  loaded = { dir, content: indexed.content, version: indexed.version };
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
};
let derived: Derived | undefined;

/** Articles readers may see at `now`, newest first (recomputed only when a scheduled story comes due). */
export function getPublishedArticles(now: Date = new Date()): readonly Article[] {
  const content = getContent();
  const time = now.getTime();
  if (derived?.content === content && time < derived.until && time >= derived.since) return derived.published;
  const visibility = { now, preview: isPreview() };
  const published = content.articles.filter((article) => isVisible(article, visibility));
  // Articles are newest first: scheduled ones lead the list.
  const upcoming = content.articles.filter((a) => !a.draft && a.published.getTime() > time);
  const until = upcoming.length ? Math.min(...upcoming.map((a) => a.published.getTime())) : Infinity;
  derived = { content, published, until, since: time, bySlug: new Map(published.map((a) => [a.slug, a])) };
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
  return derived!.bySlug.get(slug);
}

/** Timeline events whose article readers may see, oldest first. */
export function publishedTimeline(now: Date = new Date()): { event: TimelineEvent; article: Article }[] {
  getPublishedArticles(now);
  const { bySlug } = derived!;
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
