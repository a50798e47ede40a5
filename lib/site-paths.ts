import type { Article } from './content/article';
import type { Registries } from './content/registries';
import { pageCount } from './pagination';
import { site } from './site';
import { articlesFor, entityPagePath, type TaxonomyKind } from './taxonomy';

const FIXED_PATHS = [
  '/',
  '/libya',
  '/libya/timeline',
  '/search',
  '/topics',
  '/places',
  '/people',
  '/authors',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/robots.txt',
];

/** Every page path the site serves for these articles (for link and alias checks). */
export function sitePaths(articles: readonly Article[], registries: Registries): Set<string> {
  const paths = new Set(FIXED_PATHS);
  for (let page = 2; page <= pageCount(articles.length, site.pageSize); page++) paths.add(`/libya/page/${page}`);
  for (const article of articles) paths.add(article.path);
  for (const kind of ['topics', 'places', 'people', 'authors'] as TaxonomyKind[]) {
    for (const key of registries[kind].keys()) {
      const pages = pageCount(articlesFor(kind, key, articles).length, site.pageSize);
      for (let page = 1; page <= pages; page++) paths.add(entityPagePath(kind, key, page));
    }
  }
  return paths;
}
