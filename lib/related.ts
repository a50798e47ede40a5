import type { Article } from './content/article';

/** Shared people and places say more about a story's subject than a shared topic. */
const WEIGHTS = { people: 2, places: 2, topics: 1 } as const;

const KINDS = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];

/** Scores other articles against `a`: `a`'s keys are collected once, however many articles are scored. */
function scorerFor(a: Article): (b: Article) => number {
  const keys = KINDS.map((kind) => [kind, new Set(a[kind].map((entry) => entry.key))] as const);
  return (b) =>
    keys.reduce((score, [kind, set]) => score + WEIGHTS[kind] * b[kind].filter((entry) => set.has(entry.key)).length, 0);
}

export function relatedness(a: Article, b: Article): number {
  return scorerFor(a)(b);
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
  const score = scorerFor(article);
  return articles
    .filter((other) => !skip.has(other.slug))
    .map((other) => ({ other, score: score(other) }))
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
