import type { Content } from '../content/build-content';
import { getContent, getPublishedArticles } from '../content/store';
import { buildSearchIndex, type SearchIndex, type SearchOutcome } from './search-index';

/** One index per loaded content version: built on the first search, not per request. */
const indexes = new WeakMap<Content, SearchIndex>();

export function searchArticles(query: string): SearchOutcome {
  const content = getContent();
  let index = indexes.get(content);
  if (!index) {
    const { people, places, topics } = content.registries;
    index = buildSearchIndex(getPublishedArticles(), [...people.values(), ...places.values(), ...topics.values()]);
    indexes.set(content, index);
  }
  return index.search(query);
}
