import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/content/article';
import type { Author, Person, Place, Topic } from '../../lib/content/registries';
import fc from 'fast-check';
import { adjacentArticles, relatedArticles, relatedness, type StoriesWith } from '../../lib/related';
import { makeArticle } from './helpers';

const place = (key: string): Place => ({ key, name: key, aliases: [], latitude: 32, longitude: 13, approximate: false });
const person = (key: string): Person => ({ key, name: key, aliases: [] });
const topic = (key: string): Topic => ({ key, name: key, aliases: [] });
const STAFF: Author = { key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] };

const TRIPOLI = place('tripoli');
const GHARYAN = place('gharyan');
const HIFTER = person('khalifa-hifter');
const SARRAJ = person('fayez-al-sarraj');
const OFFENSIVE = topic('tripoli-offensive');
const OIL = topic('oil');

const day = (n: number) => new Date(Date.UTC(2019, 3, n, 10));

function story(slug: string, published: number, fields: Partial<Article> = {}): Article {
  return makeArticle({ slug, published: day(published), ...fields });
}

const slugs = (articles: readonly Article[]) => articles.map((a) => a.slug);

/** The stories of `list` naming an entry, newest first and once per naming, as the store's per-entry lists give them. */
const within =
  (list: readonly Article[]): StoriesWith =>
  (kind, key) =>
    [...list]
      .sort((a, b) => b.published.getTime() - a.published.getTime())
      .flatMap((a) => a[kind].filter((entry) => entry.key === key).map(() => a));

describe('relatedness', () => {
  const base = story('base', 1, {
    authors: [STAFF],
    places: [TRIPOLI, GHARYAN],
    people: [HIFTER, SARRAJ],
    topics: [OFFENSIVE, OIL],
  });

  it('counts a shared person as 2', () => {
    expect(relatedness(base, story('x', 2, { people: [HIFTER] }))).toBe(2);
  });

  it('counts a shared place as 2', () => {
    expect(relatedness(base, story('x', 2, { places: [GHARYAN] }))).toBe(2);
  });

  it('counts a shared topic as 1', () => {
    expect(relatedness(base, story('x', 2, { topics: [OIL] }))).toBe(1);
  });

  it('adds up everything shared', () => {
    const other = story('x', 2, { places: [TRIPOLI], people: [HIFTER, SARRAJ], topics: [OFFENSIVE] });
    expect(relatedness(base, other)).toBe(2 + 2 * 2 + 1);
    expect(relatedness(other, base)).toBe(relatedness(base, other));
  });

  it('is 0 when nothing is shared, and shared authors do not count', () => {
    const other = story('x', 2, { authors: [STAFF], places: [place('sirte')], people: [person('someone')], topics: [topic('other')] });
    expect(relatedness(base, other)).toBe(0);
  });

  it('does not count entries that are only in one of the two', () => {
    expect(relatedness(base, story('x', 2))).toBe(0);
    expect(relatedness(story('x', 2), base)).toBe(0);
  });
});

describe('relatedArticles', () => {
  it('never repeats the previous or next story, and fills the list from the rest', () => {
    const article = story('article', 5, { topics: [OFFENSIVE] });
    const others = [6, 4, 3, 2].map((n) => story(`other-${n}`, n, { topics: [OFFENSIVE] }));
    const all = [others[0]!, article, ...others.slice(1)];
    const { previous, next } = adjacentArticles(article, all);
    expect(slugs([previous!, next!])).toEqual(['other-4', 'other-6']);
    expect(slugs(relatedArticles(article, within(all), 3, [previous, next]))).toEqual(['other-3', 'other-2']);
    expect(slugs(relatedArticles(article, within(all), 3, [undefined, undefined]))).toEqual(['other-6', 'other-4', 'other-3']);
    expect(relatedArticles(article, within(all), 3, [article, ...others])).toEqual([]);
  });

  const article = story('article', 10, { places: [TRIPOLI], people: [HIFTER], topics: [OFFENSIVE] });

  it('excludes the article itself and unrelated articles', () => {
    const related = story('related', 5, { topics: [OFFENSIVE] });
    const unrelated = story('unrelated', 6, { topics: [OIL], places: [GHARYAN] });
    expect(slugs(relatedArticles(article, within([article, unrelated, related])))).toEqual(['related']);
  });

  it('excludes the article by slug, even when given as another object', () => {
    const copy = story('article', 10, { places: [TRIPOLI], people: [HIFTER], topics: [OFFENSIVE] });
    expect(relatedArticles(article, within([copy]))).toEqual([]);
  });

  it('orders by score, then most recent first', () => {
    const topicOld = story('topic-old', 1, { topics: [OFFENSIVE] });
    const topicNew = story('topic-new', 9, { topics: [OFFENSIVE] });
    const person = story('person', 2, { people: [HIFTER] });
    const everything = story('everything', 3, { places: [TRIPOLI], people: [HIFTER], topics: [OFFENSIVE] });
    expect(slugs(relatedArticles(article, within([topicOld, topicNew, person, everything]), 10))).toEqual([
      'everything',
      'person',
      'topic-new',
      'topic-old',
    ]);
  });

  it('prefers a shared person or place over a shared topic, whatever the dates', () => {
    const topicOnly = story('topic-only', 9, { topics: [OFFENSIVE] });
    const placeOnly = story('place-only', 1, { places: [TRIPOLI] });
    expect(slugs(relatedArticles(article, within([topicOnly, placeOnly])))).toEqual(['place-only', 'topic-only']);
  });

  it('returns at most 3 by default', () => {
    const others = [1, 2, 3, 4, 5].map((n) => story(`other-${n}`, n, { topics: [OFFENSIVE] }));
    expect(slugs(relatedArticles(article, within(others)))).toEqual(['other-5', 'other-4', 'other-3']);
  });

  it('returns at most `limit`', () => {
    const others = [1, 2, 3, 4, 5].map((n) => story(`other-${n}`, n, { topics: [OFFENSIVE] }));
    expect(slugs(relatedArticles(article, within(others), 1))).toEqual(['other-5']);
    expect(slugs(relatedArticles(article, within(others), 5))).toHaveLength(5);
  });

  it('ranks exactly as scoring every story would (most shared first, then newest)', () => {
    const entries = { places: [TRIPOLI, GHARYAN], people: [HIFTER, SARRAJ], topics: [OFFENSIVE, OIL] };
    const pick = <T,>(list: readonly T[]) => fc.subarray([...list]);
    const storyArb = fc.record({ day: fc.integer({ min: 1, max: 28 }), places: pick(entries.places), people: pick(entries.people), topics: pick(entries.topics) });
    fc.assert(
      fc.property(storyArb, fc.array(storyArb, { maxLength: 25 }), fc.integer({ min: 1, max: 6 }), (own, others, limit) => {
        const subject = story('subject', own.day, own);
        // Distinct publication times, so the expected order is a total one.
        const list = others.map((o, i) => story(`s-${i}`, o.day, { ...o, published: new Date(day(o.day).getTime() + i * 60_000) }));
        const expected = list
          .map((other) => ({ other, score: relatedness(subject, other) }))
          .filter(({ score }) => score > 0)
          .sort((a, b) => b.score - a.score || b.other.published.getTime() - a.other.published.getTime())
          .slice(0, limit)
          .map(({ other }) => other.slug);
        expect(slugs(relatedArticles(subject, within([subject, ...list]), limit))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('offers a story once even when it names the same entry twice (and so is in its list twice)', () => {
    const twice = story('twice', 5, { places: [TRIPOLI, TRIPOLI] });
    const once = story('once', 4, { places: [TRIPOLI] });
    expect(slugs(relatedArticles(article, within([twice, once])))).toEqual(['twice', 'once']);
  });

  it('returns an empty list when nothing is related', () => {
    expect(relatedArticles(article, within([article, story('plain', 3)]))).toEqual([]);
    expect(relatedArticles(article, within([]))).toEqual([]);
  });
});

describe('adjacentArticles', () => {
  // Newest first, as everywhere on the site.
  const newest = story('newest', 3);
  const middle = story('middle', 2);
  const oldest = story('oldest', 1);
  const articles = [newest, middle, oldest];

  it('gives the older story as previous and the newer story as next', () => {
    const { previous, next } = adjacentArticles(middle, articles);
    expect(previous?.slug).toBe('oldest');
    expect(next?.slug).toBe('newest');
  });

  it('gives no next story for the newest article', () => {
    const { previous, next } = adjacentArticles(newest, articles);
    expect(previous?.slug).toBe('middle');
    expect(next).toBeUndefined();
  });

  it('gives no previous story for the oldest article', () => {
    const { previous, next } = adjacentArticles(oldest, articles);
    expect(previous).toBeUndefined();
    expect(next?.slug).toBe('middle');
  });

  it('gives neither for the only article', () => {
    const { previous, next } = adjacentArticles(middle, [middle]);
    expect(previous).toBeUndefined();
    expect(next).toBeUndefined();
  });

  it('gives {} for an article that is not in the list (e.g. a hidden draft)', () => {
    expect(adjacentArticles(story('draft', 4, { draft: true }), articles)).toEqual({});
  });

  it('finds the article by slug', () => {
    const { previous, next } = adjacentArticles(story('middle', 2), articles);
    expect(previous).toBe(oldest);
    expect(next).toBe(newest);
  });
});
