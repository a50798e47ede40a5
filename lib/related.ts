import type { Article } from './content/article';

/** Shared people and places say more about a story's subject than a shared topic. */
const WEIGHTS = { people: 2, places: 2, topics: 1 } as const;

function shared(a: Article, b: Article, kind: keyof typeof WEIGHTS): number {
  const keys = new Set(a[kind].map((entry) => entry.key));
  return b[kind].filter((entry) => keys.has(entry.key)).length;
}

export function relatedness(a: Article, b: Article): number {
  return (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce(
    (score, kind) => score + WEIGHTS[kind] * shared(a, b, kind),
    0,
  );
}

/**
 * Up to `limit` other articles sharing people, places or topics with
 * `article`, most shared first; ties go to the more recent story. Stories in
 * `exclude` (the previous and next links shown beside them) are left out,
 * so the page never offers the same story twice.
 */
export function relatedArticles(
  article: Article,
  articles: readonly Article[],
  limit = 3,
  exclude: readonly (Article | undefined)[] = [],
): Article[] {
  const skip = new Set([article.slug, ...exclude.flatMap((other) => (other ? [other.slug] : []))]);
  return articles
    .filter((other) => !skip.has(other.slug))
    .map((other) => ({ other, score: relatedness(article, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.published.getTime() - a.other.published.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * The stories before and after `article` in the coverage, in time order.
 * `articles` is newest first, as everywhere on the site.
 */
export function adjacentArticles(
  article: Article,
  articles: readonly Article[],
): { previous?: Article; next?: Article } {
  const index = articles.findIndex((other) => other.slug === article.slug);
  if (index === -1) return {};
  return { previous: articles[index + 1], next: index > 0 ? articles[index - 1] : undefined };
}
