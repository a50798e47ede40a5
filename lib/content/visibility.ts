import type { Article } from './article';

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
