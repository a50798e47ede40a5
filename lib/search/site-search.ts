import type { Content } from '../content/build-content';
import { getContent, getPublishedArticles } from '../content/store';
import { buildSearchIndex, type SearchIndex, type SearchOutcome } from './search-index';

/**
 * One index per loaded content version and set of published articles
 * (which grows when a scheduled article comes due): built on the first
 * search, not per request.
 */
const indexes = new WeakMap<Content, { published: string; index: SearchIndex }>();

export function searchArticles(query: string, now: Date = new Date()): SearchOutcome {
  const content = getContent();
  const articles = getPublishedArticles(now);
  const published = articles.map((article) => article.slug).join('\n');
  let cached = indexes.get(content);
  if (cached?.published !== published) {
    const { people, places, topics } = content.registries;
    cached = { published, index: buildSearchIndex(articles, [...people.values(), ...places.values(), ...topics.values()]) };
    indexes.set(content, cached);
  }
  return cached.index.search(query);
}
