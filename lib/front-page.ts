/** How the front page splits the newest stories: one lead, a second tier, then the latest list. */
export type FrontPageSlots<T> = { lead?: T; topStories: T[]; latest: T[] };

/**
 * Slots for the front page from stories newest first: the newest leads,
 * the next `topCount` form the second tier, and the following stories up
 * to `total` in all are the latest list. Each story appears once.
 */
export function frontPageSlots<T>(articles: readonly T[], topCount = 3, total = 11): FrontPageSlots<T> {
  const [lead, ...rest] = articles.slice(0, total);
  return { lead, topStories: rest.slice(0, topCount), latest: rest.slice(topCount) };
}
