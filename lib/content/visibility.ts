import type { Article } from './article';
import type { LivePage } from './live-page';

export type Visibility = {
  /** The moment to judge scheduled articles against. */
  now: Date;
  /** Show drafts and scheduled articles (development previews). */
  preview: boolean;
};

export function isScheduled(article: Article, now: Date): boolean {
  return article.published.getTime() > now.getTime();
}

/**
 * Whether readers may see an article: not a draft, and its `published`
 * time has come. A preview (next dev) shows everything, with banners.
 */
export function isVisible(article: Article, { now, preview }: Visibility): boolean {
  return preview || (!article.draft && !isScheduled(article, now));
}

/**
 * What readers may see of a live page at `now`: nothing while it is a draft
 * or before coverage starts; then the entries whose time has come (the rest
 * appear when due, like scheduled articles). A preview shows everything.
 */
export function visibleLivePage<T extends LivePage>(page: T, { now, preview }: Visibility): T | undefined {
  if (preview) return page;
  if (page.draft || page.published.getTime() > now.getTime()) return undefined;
  const entries = page.entries.filter((entry) => entry.time.getTime() <= now.getTime());
  return entries.length === page.entries.length ? page : { ...page, entries };
}
