import { contentDirectory } from '../site';
import type { Article } from './article';
import { buildContent, hasErrors, type Content } from './build-content';
import { ContentError } from './problems';
import { contentSignature, readContent } from './read-content';
import type { TimelineEvent } from './timeline';
import { isVisible } from './visibility';

type Cached = { dir: string; signature: string; content?: Content; error?: ContentError };
let cached: Cached | undefined;

/**
 * The site's content, loaded once per process. A production server never
 * re-reads (content is fixed per build); elsewhere the folder's signature is
 * checked on each call so `next dev` sees edited, added and removed files.
 * Throws one ContentError listing every problem if any file is invalid.
 */
export function getContent(): Content {
  const dir = contentDirectory();
  const frozen = process.env.NODE_ENV === 'production' && cached?.dir === dir;
  if (!frozen) {
    const signature = contentSignature(dir);
    if (cached?.dir !== dir || cached.signature !== signature) {
      const { content, problems } = buildContent(readContent(dir));
      cached = hasErrors(problems)
        ? { dir, signature, error: new ContentError(problems) }
        : { dir, signature, content };
    }
  }
  if (cached!.error) throw cached!.error;
  return cached!.content!;
}

/**
 * Drafts and scheduled articles are previewed while developing and never
 * shown by a production build until due.
 */
export function isPreview(): boolean {
  return process.env.NODE_ENV !== 'production';
}

/** Articles readers may see at `now`, newest first. */
export function getPublishedArticles(now: Date = new Date()): readonly Article[] {
  const visibility = { now, preview: isPreview() };
  return getContent().articles.filter((article) => isVisible(article, visibility));
}

/**
 * Articles that are or will be published (not drafts): the pages built
 * ahead of time. A scheduled article's page renders as not found until its
 * time, then appears when the page revalidates.
 */
export function getPublishableArticles(): readonly Article[] {
  const { articles } = getContent();
  return isPreview() ? articles : articles.filter((article) => !article.draft);
}

export function getArticle(slug: string, now: Date = new Date()): Article | undefined {
  return getPublishedArticles(now).find((article) => article.slug === slug);
}

/** Timeline events whose article readers may see, oldest first. */
export function publishedTimeline(now: Date = new Date()): { event: TimelineEvent; article: Article }[] {
  const bySlug = new Map(getPublishedArticles(now).map((article) => [article.slug, article]));
  return getContent().timeline.flatMap((event) => {
    const article = bySlug.get(event.article);
    return article ? [{ event, article }] : [];
  });
}
