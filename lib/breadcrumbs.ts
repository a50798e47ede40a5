import type { Article } from './content/article';

/** One step of a breadcrumb trail: what it is called and where it is. */
export type Crumb = { name: string; path: string };

/**
 * The trail from the front page to an article: Home › Libya coverage ›
 * headline. The visible breadcrumb and the BreadcrumbList JSON-LD both come
 * from this one list, so they cannot disagree.
 */
export function articleBreadcrumbs(article: Pick<Article, 'title' | 'path'>): Crumb[] {
  return [
    { name: 'Home', path: '/' },
    { name: 'Libya coverage', path: '/libya' },
    { name: article.title, path: article.path },
  ];
}

/** Home › Libya coverage › the live page's title. */
export function liveBreadcrumbs(page: { title: string; path: string }): Crumb[] {
  return articleBreadcrumbs(page);
}

/** الرئيسية › تغطية ليبيا › the Arabic live page's title (as for English live pages). */
export function arabicLiveBreadcrumbs(page: { title: string; path: string }): Crumb[] {
  return arabicArticleBreadcrumbs(page);
}

/** الرئيسية › تغطية ليبيا › the Arabic headline. */
export function arabicArticleBreadcrumbs(article: Pick<Article, 'title' | 'path'>): Crumb[] {
  return [
    { name: 'الرئيسية', path: '/ar' },
    { name: 'تغطية ليبيا', path: '/ar/libya' },
    { name: article.title, path: article.path },
  ];
}
