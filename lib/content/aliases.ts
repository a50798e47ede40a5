import type { Article } from './article';

export type Redirect = { source: string; destination: string; permanent: true };

/** Normalizes a path for comparison: no trailing slash (except "/"), lowercase. */
export function normalizePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.toLowerCase();
}

/**
 * One permanent (308) redirect per alias to the article's address. Drafts
 * get none (their pages do not exist in production). A withdrawn story's
 * old addresses keep theirs: its address answers the withdrawal notice
 * (decision 0025), which is what a reader following an old link should
 * find, rather than a 404 that says nothing was ever there. Next matches
 * sources literally; `:` and other pattern characters cannot appear in an
 * alias (the schema allows only plain path characters).
 */
export function aliasRedirects(articles: readonly Article[]): Redirect[] {
  return articles
    .filter((article) => !article.draft || article.withdrawn)
    .flatMap((article) =>
      article.aliases.map((alias) => ({ source: alias, destination: article.path, permanent: true as const })),
    );
}
