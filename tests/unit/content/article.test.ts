import { describe, expect, it } from 'vitest';
import { articlePath, buildArticle, compareNewestFirst, heldFrontMatter } from '../../../lib/content/article';
import { articleSchema, type FrontMatter } from '../../../lib/content/article-schema';
import { REGISTRY_KINDS, parseRegistry, type DeclaredKeys, type Registries } from '../../../lib/content/registries';
import { sourcesKey } from '../../../lib/content/sources';
import { REGISTRY_YAML, makeArticle } from '../helpers';

const registries = Object.fromEntries(
  REGISTRY_KINDS.map((kind) => [kind, parseRegistry(kind, `content/${kind}.yml`, REGISTRY_YAML[kind]).entries]),
) as unknown as Registries;
const declared = Object.fromEntries(
  REGISTRY_KINDS.map((kind) => [kind, new Set(registries[kind].keys())]),
) as unknown as DeclaredKeys;

/** Front matter as the schema produces it, from plain input. */
function frontMatter(overrides: Record<string, unknown> = {}): FrontMatter {
  return articleSchema(declared).parse({
    title: 'Hifter’s forces push toward Tripoli',
    dek: 'The UN chief leaves Libya without a truce.',
    published: '2019-04-05T21:40',
    authors: ['conflict-desk'],
    sources: [{ publisher: 'Reuters' }],
    ...overrides,
  });
}

const build = (overrides: Record<string, unknown> = {}, wordCount = 5) =>
  buildArticle('hifter-push', 'content/articles/hifter-push.md', heldFrontMatter(frontMatter(overrides)), wordCount, registries);

describe('articlePath', () => {
  it('puts articles under /articles/', () => {
    expect(articlePath('hifter-push')).toBe('/articles/hifter-push');
  });
});

describe('buildArticle', () => {
  it('copies slug, path, file and text fields', () => {
    const article = build();
    expect(article).toMatchObject({
      slug: 'hifter-push',
      path: '/articles/hifter-push',
      file: 'content/articles/hifter-push.md',
      title: 'Hifter’s forces push toward Tripoli',
      dek: 'The UN chief leaves Libya without a truce.',
      draft: false,
    });
  });

  it('replaces registry keys by their entries, in the order written', () => {
    const article = build({ places: ['gharyan', 'tripoli'], people: 'khalifa-hifter', topics: ['tripoli-offensive'], dateline: 'tripoli' });
    expect(article.authors).toEqual([{ key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] }]);
    expect(article.places.map((p) => p.key)).toEqual(['gharyan', 'tripoli']);
    expect(article.places[0]).toMatchObject({ name: 'Gharyan', latitude: 32.17, approximate: true });
    expect(article.people).toEqual([{ key: 'khalifa-hifter', name: 'Khalifa Hifter', aliases: ['Haftar', 'Hafter'] }]);
    expect(article.topics.map((t) => t.name)).toEqual(['Battle for Tripoli']);
    expect(article.dateline).toMatchObject({ key: 'tripoli', name: 'Tripoli' });
  });

  it('holds a key of its sources, not the sources (they are read with the body: article-body.ts)', () => {
    const article = build({ sources: [{ publisher: 'Reuters', title: 'Forces advance' }] });
    expect(article).not.toHaveProperty('sources');
    expect(article.sourcesKey).toBe(sourcesKey([{ publisher: 'Reuters', title: 'Forces advance' }]));
    expect(build({ sources: [{ publisher: 'AFP' }] }).sourcesKey).not.toBe(article.sourcesKey);
  });

  it('has no dateline when none is given', () => {
    expect(build().dateline).toBeUndefined();
  });

  it('keeps the word count it was given and derives the reading time', () => {
    expect(build({}, 690)).toMatchObject({ wordCount: 690, readingMinutes: 3 });
  });

  it('gives a short story one minute of reading', () => {
    expect(build({}, 5).readingMinutes).toBe(1);
  });

  it('gives articles without corrections, aliases or figures empty lists that cannot be changed', () => {
    const [first, second] = [build(), build()];
    expect(first.corrections).toEqual([]);
    expect(() => (first.corrections as unknown[]).push('x')).toThrow(TypeError);
    expect(() => (first.aliases as unknown[]).push('x')).toThrow(TypeError);
    expect(second.corrections).toEqual([]);
    expect(second.figures).toEqual([]);
  });

  describe('modified', () => {
    it('is published when nothing changed since', () => {
      const article = build();
      expect(article.modified.getTime()).toBe(article.published.getTime());
    });

    it('is updated when that is the latest change', () => {
      expect(build({ updated: '2019-04-06T09:15' }).modified.toISOString()).toBe('2019-04-06T07:15:00.000Z');
    });

    it('is the latest correction when that is later than updated', () => {
      const article = build({
        updated: '2019-04-06T09:15',
        corrections: [
          { date: '2019-04-09', text: 'Later.' },
          { date: '2019-04-07', text: 'Earlier.' },
        ],
      });
      expect(article.modified.toISOString()).toBe('2019-04-08T22:00:00.000Z'); // start of April 9 in Libya
    });

    it('is updated when that is later than every correction', () => {
      const article = build({ updated: '2019-04-10T12:00', corrections: [{ date: '2019-04-09', text: 'Fix.' }] });
      expect(article.modified.toISOString()).toBe('2019-04-10T10:00:00.000Z');
    });

    it('never goes back before published, e.g. for a correction dated the day of publication', () => {
      const article = build({ corrections: [{ date: '2019-04-05', text: 'Same day.' }] });
      expect(article.modified.toISOString()).toBe('2019-04-05T19:40:00.000Z');
    });
  });

  it('lists corrections oldest first', () => {
    const article = build({
      corrections: [
        { date: '2019-04-09', text: 'Second.' },
        { date: '2019-04-07', text: 'First.' },
        { date: '2019-04-10', text: 'Third.' },
      ],
    });
    expect(article.corrections.map((c) => c.text)).toEqual(['First.', 'Second.', 'Third.']);
  });

  it('does not reorder the front matter it was given', () => {
    const fm = frontMatter({ corrections: [{ date: '2019-04-09', text: 'B' }, { date: '2019-04-07', text: 'A' }] });
    buildArticle('s', 'f', heldFrontMatter(fm), 0, registries);
    expect(fm.corrections.map((c) => c.text)).toEqual(['B', 'A']);
  });
});

describe('compareNewestFirst', () => {
  const older = makeArticle({ slug: 'older', published: new Date('2019-04-05T10:00:00Z') });
  const newer = makeArticle({ slug: 'newer', published: new Date('2019-04-06T10:00:00Z') });

  it('puts the newer article first', () => {
    expect(compareNewestFirst(newer, older)).toBeLessThan(0);
    expect(compareNewestFirst(older, newer)).toBeGreaterThan(0);
    expect([older, newer].sort(compareNewestFirst).map((a) => a.slug)).toEqual(['newer', 'older']);
  });

  it('orders articles published at the same moment by slug', () => {
    const when = new Date('2019-04-05T10:00:00Z');
    const list = ['c-story', 'a-story', 'b-story'].map((slug) => makeArticle({ slug, published: when }));
    expect(list.sort(compareNewestFirst).map((a) => a.slug)).toEqual(['a-story', 'b-story', 'c-story']);
  });

  it('is 0 only for the same slug and time', () => {
    expect(compareNewestFirst(older, makeArticle({ slug: 'older', published: new Date(older.published) }))).toBe(0);
  });
});
