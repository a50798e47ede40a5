import type { Article } from './content/article';

/** Shared people and places say more about a story's subject than a shared topic. */
const WEIGHTS = { people: 2, places: 2, topics: 1 } as const;

const KINDS = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];

/** How much two stories share: the weight of each person, place and topic of `b` that `a` also names. */
export function relatedness(a: Article, b: Article): number {
  let score = 0;
  for (const kind of KINDS) {
    const keys = new Set(a[kind].map((entry) => entry.key));
    for (const entry of b[kind]) if (keys.has(entry.key)) score += WEIGHTS[kind];
  }
  return score;
}

/** The published stories naming one person, place or topic (the store's one-pass lists). */
export type StoriesWith = (kind: (typeof KINDS)[number], key: string) => Iterable<Article>;

type Scored = { other: Article; score: number };

const better = (a: Scored, b: Scored) =>
  a.score > b.score || (a.score === b.score && a.other.published.getTime() > b.other.published.getTime());

/**
 * Up to `limit` other articles sharing people, places or topics with
 * `article`, most shared first; ties go to the more recent story. Stories in
 * `exclude` (the previous and next links shown beside them) are left out,
 * so the page never offers the same story twice.
 *
 * Scores are counted from the lists of stories naming each of `article`'s
 * entries, never by scanning the archive, and the best are kept in one pass:
 * a busy place or topic can name tens of thousands of stories.
 */
export function relatedArticles(
  article: Article,
  storiesWith: StoriesWith,
  limit = 3,
  exclude: readonly (Article | undefined)[] = [],
): Article[] {
  const skip = new Set([article.slug, ...exclude.flatMap((other) => (other ? [other.slug] : []))]);
  const scores = new Map<Article, number>();
  for (const kind of KINDS) {
    for (const key of new Set(article[kind].map((entry) => entry.key))) {
      for (const other of storiesWith(kind, key)) {
        if (!skip.has(other.slug)) scores.set(other, (scores.get(other) ?? 0) + WEIGHTS[kind]);
      }
    }
  }
  const best: Scored[] = [];
  for (const [other, score] of scores) {
    const scored = { other, score };
    if (best.length === limit && !better(scored, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(scored, best[at - 1]!)) at--;
    best.splice(at, 0, scored);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

const positionsOf = new WeakMap<readonly Article[], ReadonlyMap<string, number>>();

/** Each story's place in a list, indexed once per list (the published list changes only on a publish). */
function positions(articles: readonly Article[]): ReadonlyMap<string, number> {
  let map = positionsOf.get(articles);
  if (!map) {
    map = new Map(articles.map((article, index) => [article.slug, index]));
    positionsOf.set(articles, map);
  }
  return map;
}

/**
 * The stories before and after `article` in the coverage, in time order.
 * `articles` is newest first, as everywhere on the site.
 */
export function adjacentArticles(
  article: Article,
  articles: readonly Article[],
): { previous?: Article; next?: Article } {
  const index = positions(articles).get(article.slug);
  if (index === undefined) return {};
  return { previous: articles[index + 1], next: index > 0 ? articles[index - 1] : undefined };
}
