import type { Article } from './content/article';
import { libyaDayKey } from './dates';
import type { Lang } from './i18n/lang';

/** Page `page` of an edition's coverage index (page 1 is /libya or /ar/libya). */
export function coverageIndexHref(page: number, lang: Lang = 'en'): string {
  const base = lang === 'ar' ? '/ar/libya' : '/libya';
  return page === 1 ? base : `${base}/page/${page}`;
}

export type DayGroup = {
  /** Libya calendar day, `YYYY-MM-DD`. */
  day: string;
  /** A moment on that day, for formatting the heading. */
  date: Date;
  articles: Article[];
};

/** Groups articles (already in display order) under their Libya calendar day. */
export function groupByLibyaDay(articles: readonly Article[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const article of articles) {
    const day = libyaDayKey(article.published);
    const last = groups.at(-1);
    if (last?.day === day) last.articles.push(article);
    else groups.push({ day, date: article.published, articles: [article] });
  }
  return groups;
}
