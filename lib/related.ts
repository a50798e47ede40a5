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

/** The published stories naming one person, place or topic, newest first (the store's one-pass lists). */
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
 * Candidates come from the lists of stories naming each of `article`'s
 * entries, never from a scan of the archive, and a busy place or topic can
 * name tens of thousands of them. So the lists are read heaviest entry kind
 * first; a story is scored from its own entries where it first appears; and
 * a list is left as soon as no story further down it (older, and sharing
 * nothing read before) could beat the last of the best so far. At 100,000
 * stories this is what an archived story's first render spent most time on
 * (docs/BENCHMARKS.md).
 */
export function relatedArticles(
  article: Article,
  storiesWith: StoriesWith,
  limit = 3,
  exclude: readonly (Article | undefined)[] = [],
): Article[] {
  const skip = new Set([article.slug, ...exclude.flatMap((other) => (other ? [other.slug] : []))]);
  // Every list to read, in reading order (KINDS is heaviest first), and where each is in it.
  const lists = KINDS.flatMap((kind) => [...new Set(article[kind].map((entry) => entry.key))].map((key) => ({ kind, key })));
  const order = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, number>()])) as Record<(typeof KINDS)[number], Map<string, number>>;
  lists.forEach(({ kind, key }, index) => order[kind].set(key, index));
  /** The story's score, or undefined if it names an entry whose list was read before `index`. */
  const firstSeenScore = (other: Article, index: number): number | undefined => {
    let score = 0;
    for (const kind of KINDS) {
      for (const entry of other[kind]) {
        const at = order[kind].get(entry.key);
        if (at === undefined) continue;
        if (at < index) return undefined;
        score += WEIGHTS[kind];
      }
    }
    return score;
  };
  const best: Scored[] = [];
  // The most a story first seen in list `index` can score: the weights of that list and the ones after it.
  let reachable = lists.reduce((sum, { kind }) => sum + WEIGHTS[kind], 0);
  for (let index = 0; index < lists.length; index++) {
    const { kind, key } = lists[index]!;
    for (const other of storiesWith(kind, key)) {
      const last = best.length === limit ? best[limit - 1]! : undefined;
      // Lists are newest first: nothing older in this list can beat `last` if it cannot out-score it.
      if (last && !better({ other, score: reachable }, last)) break;
      if (skip.has(other.slug)) continue;
      const score = firstSeenScore(other, index);
      if (score === undefined) continue;
      const scored = { other, score };
      // A story that names an entry twice is in that entry's list twice.
      if ((last && !better(scored, last)) || best.some((kept) => kept.other === other)) continue;
      let at = best.length;
      while (at > 0 && better(scored, best[at - 1]!)) at--;
      best.splice(at, 0, scored);
      if (best.length > limit) best.pop();
    }
    reachable -= WEIGHTS[kind];
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
