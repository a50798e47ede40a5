import type { Article } from './content/article';
import { formatLongDate } from './dates';
import { paginate, parsePageNumber } from './pagination';

/** Corrections per page of the corrections log (/corrections, /corrections/page/2…). */
export const CORRECTIONS_PAGE_SIZE = 50;

export function correctionsHref(page: number): string {
  return page === 1 ? '/corrections' : `/corrections/page/${page}`;
}

/** One correction, with the story it corrects. */
export type CorrectionEntry = {
  /** Anchor of the correction on its article page: `correction-<n>`, n counting from 1, oldest first. */
  anchor: string;
  date: Date;
  text: string;
  article: Pick<Article, 'slug' | 'path' | 'title'>;
};

/** The anchor of a withdrawn story's withdrawal, as the log lists it. */
export const WITHDRAWAL_ANCHOR = 'withdrawn';

/**
 * How the log names a withdrawn story: not by its headline, which may be what had to go
 * (a takedown for legal reasons), but by when it was published.
 */
export function withdrawnStoryLabel(published: Date): string {
  return `A story published on ${formatLongDate(published)}, since withdrawn`;
}

/** The anchor of an article's `index`-th correction (in the article's oldest-first order). */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}

/**
 * Every correction on the given articles, newest first; corrections on the
 * same date go by the more recent story, then by slug, then latest first,
 * so the order is stable. Reads front matter only (each article's
 * `corrections`), never bodies, so it stays cheap on a large archive.
 * `articles` are assumed to be published or withdrawn ones: drafts and scheduled
 * stories must be filtered out before, as everywhere else. A withdrawn story keeps
 * its corrections, named without its headline, and adds its withdrawal.
 */
export function correctionsLog(
  articles: readonly (Pick<Article, 'slug' | 'path' | 'title' | 'published' | 'corrections'> & Partial<Pick<Article, 'withdrawn'>>)[],
): CorrectionEntry[] {
  const entries = articles.flatMap((article) => {
    const story = { slug: article.slug, path: article.path, title: article.withdrawn ? withdrawnStoryLabel(article.published) : article.title };
    const corrections = [...article.corrections]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((correction, index) => ({ anchor: correctionAnchor(index), index, date: correction.date, text: correction.text, published: article.published, article: story }));
    if (!article.withdrawn) return corrections;
    const { date, reason } = article.withdrawn;
    // Listed after the story's corrections of the same day.
    return [...corrections, { anchor: WITHDRAWAL_ANCHOR, index: corrections.length, date, text: `Withdrawn. ${reason}`, published: article.published, article: story }];
  });
  return entries
    .sort(
      (a, b) =>
        b.date.getTime() - a.date.getTime() ||
        b.published.getTime() - a.published.getTime() ||
        a.article.slug.localeCompare(b.article.slug) ||
        b.index - a.index,
    )
    .map(({ anchor, date, text, article }) => ({ anchor, date, text, article }));
}

/** One page of the corrections log and how many corrections there are, or undefined when there is no such page. */
export function correctionsPage(articles: Parameters<typeof correctionsLog>[0], pageSegment = '1') {
  const number = parsePageNumber(pageSegment);
  if (!number) return undefined;
  const log = correctionsLog(articles);
  const page = paginate(log, number, CORRECTIONS_PAGE_SIZE);
  return page ? { page, total: log.length } : undefined;
}
