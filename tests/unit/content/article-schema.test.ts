import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FIELD_HELP,
  FIGURE_METRICS,
  FIGURE_QUALIFIERS,
  articleSchema,
} from '../../../lib/content/article-schema';
import type { DeclaredKeys } from '../../../lib/content/registries';
import { allowedKeysAt } from '../../../lib/content/zod-problems';

const known: DeclaredKeys = {
  authors: new Set(['conflict-desk', 'jane-doe']),
  places: new Set(['tripoli', 'gharyan']),
  people: new Set(['khalifa-hifter']),
  topics: new Set(['tripoli-offensive']),
};
const schema = articleSchema(known);

const VALID = {
  title: 'Hifter’s forces push toward Tripoli',
  dek: 'The UN chief leaves Libya without a truce.',
  published: '2019-04-05T21:40',
  authors: ['conflict-desk'],
  sources: [{ publisher: 'Reuters' }],
};

function parse(overrides: Record<string, unknown> = {}) {
  return schema.safeParse({ ...VALID, ...overrides }, { reportInput: true });
}
function issues(overrides: Record<string, unknown>) {
  const result = parse(overrides);
  expect(result.success).toBe(false);
  return result.error!.issues;
}

describe('articleSchema: a valid article', () => {
  it('accepts the required fields and fills in defaults', () => {
    const result = parse();
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      title: VALID.title,
      authors: ['conflict-desk'],
      places: [],
      people: [],
      topics: [],
      figures: [],
      corrections: [],
      aliases: [],
      draft: false,
    });
    expect(result.data!.updated).toBeUndefined();
    expect(result.data!.dateline).toBeUndefined();
  });

  it('turns published into a Date in Libya time', () => {
    expect(parse().data!.published.toISOString()).toBe('2019-04-05T19:40:00.000Z');
  });

  it('trims text fields', () => {
    expect(parse({ title: '  Padded  ' }).data!.title).toBe('Padded');
  });

  it('accepts one key as a string where a list of keys is expected', () => {
    const result = parse({ authors: 'jane-doe', places: 'gharyan', people: 'khalifa-hifter', topics: 'tripoli-offensive' });
    expect(result.data).toMatchObject({
      authors: ['jane-doe'],
      places: ['gharyan'],
      people: ['khalifa-hifter'],
      topics: ['tripoli-offensive'],
    });
  });

  it('accepts every optional field', () => {
    const result = parse({
      updated: '2019-04-06T09:15',
      dateline: 'tripoli',
      sources: [{ publisher: 'UN', title: 'Statement', date: '2019-04-05', url: 'https://press.un.org/x' }],
      image: { src: '/images/a.jpg', alt: 'Smoke', caption: 'Caption', credit: 'Jane Doe' },
      figures: [{ metric: 'displaced', value: 2800, qualifier: 'more than', unit: 'people', as_of: '2019-04-08', scope: 's', reported_by: 'OCHA' }],
      corrections: [{ date: '2019-04-09T10:00', text: 'Fixed a name.' }],
      aliases: ['/articles/old-slug'],
      draft: true,
    });
    expect(result.success).toBe(true);
    expect(result.data!.sources[0]!.date!.toISOString()).toBe('2019-04-04T22:00:00.000Z');
    expect(result.data!.corrections[0]!.date.toISOString()).toBe('2019-04-09T08:00:00.000Z');
    expect(result.data!.figures[0]!.as_of.toISOString()).toBe('2019-04-07T22:00:00.000Z');
  });

  it('accepts https source URLs (http is rejected: see tests/unit/hardening/content-text.test.ts)', () => {
    expect(parse({ sources: [{ publisher: 'P', url: 'https://example.org/a' }] }).success).toBe(true);
  });
});

describe('articleSchema: rejected values', () => {
  it.each(['title', 'dek', 'published', 'authors', 'sources'])('requires %s', (field) => {
    const result = schema.safeParse({ ...VALID, [field]: undefined }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path)).toContainEqual([field]);
  });

  it('rejects blank text', () => {
    expect(issues({ dek: '   ' })[0]!.path).toEqual(['dek']);
  });

  it('rejects an impossible published date with a fix', () => {
    const [issue] = issues({ published: '2019-02-30T10:00' });
    expect(issue).toMatchObject({ code: 'custom', path: ['published'] });
    expect(issue!.message).toContain('"2019-02-30T10:00" is not a valid date-time for published');
    expect((issue as { params?: { fix?: string } }).params?.fix).toContain('Write published: 2019-04-05T21:40');
  });

  it('rejects updated before published', () => {
    const [issue] = issues({ updated: '2019-04-05T21:39' });
    expect(issue).toMatchObject({ code: 'custom', path: ['updated'], message: '`updated` is earlier than `published`.' });
  });

  it('accepts updated equal to published', () => {
    expect(parse({ updated: '2019-04-05T21:40' }).success).toBe(true);
  });

  it('compares updated and published as instants, not as text', () => {
    // 20:00Z is 22:00 in Libya: later than 21:40 Libya time.
    expect(parse({ updated: '2019-04-05T20:00Z' }).success).toBe(true);
    // 19:00Z is 21:00 in Libya: earlier.
    expect(issues({ updated: '2019-04-05T19:00Z' })[0]!.path).toEqual(['updated']);
  });

  it('rejects an unknown registry key in a list, pointing at its index, with did-you-mean', () => {
    const [issue] = issues({ people: ['khalifa-hifter', 'hifter'] });
    expect(issue).toMatchObject({ code: 'custom', path: ['people', 1], message: 'Unknown person "hifter": it is not in content/people.yml.' });
    expect((issue as { params?: { fix?: string } }).params?.fix).toBe('Did you mean "khalifa-hifter"?');
  });

  it('suggests adding the key when nothing is close', () => {
    const [issue] = issues({ topics: ['weather'] });
    expect((issue as { params?: { fix?: string } }).params?.fix).toBe(
      'Add "weather" to content/topics.yml, or use an existing key.',
    );
  });

  it('rejects an unknown dateline with did-you-mean', () => {
    const [issue] = issues({ dateline: 'tripolli' });
    expect(issue).toMatchObject({ path: ['dateline'], message: 'Unknown place "tripolli": it is not in content/places.yml.' });
    expect((issue as { params?: { fix?: string } }).params?.fix).toBe('Did you mean "tripoli"?');
  });

  it('rejects an empty authors list', () => {
    expect(issues({ authors: [] })[0]).toMatchObject({ code: 'too_small', path: ['authors'] });
  });

  it('rejects an empty sources list', () => {
    expect(issues({ sources: [] })[0]).toMatchObject({ code: 'too_small', path: ['sources'] });
  });

  it.each(['not a url', 'ftp://example.org/file', 'javascript:alert(1)'])('rejects the source url %j', (url) => {
    expect(issues({ sources: [{ publisher: 'P', url }] })[0]!.path).toEqual(['sources', 0, 'url']);
  });

  it('rejects an invalid source date', () => {
    expect(issues({ sources: [{ publisher: 'P', date: '2019-13-01' }] })[0]).toMatchObject({
      path: ['sources', 0, 'date'],
      message: '"2019-13-01" is not a valid date. Expected a date such as 2019-04-05.',
    });
  });

  it('rejects unknown fields, also inside nested objects', () => {
    expect(issues({ publised: 'x' })[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['publised'] });
    expect(issues({ sources: [{ publisher: 'P', link: 'x' }] })[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['sources', 0],
    });
  });

  it('rejects a figure with an unknown metric or a negative value', () => {
    const figure = { metric: 'killed', value: 1, as_of: '2019-04-08', scope: 's', reported_by: 'r' };
    expect(issues({ figures: [{ ...figure, metric: 'kiled' }] })[0]).toMatchObject({ code: 'invalid_value', path: ['figures', 0, 'metric'] });
    expect(issues({ figures: [{ ...figure, value: -1 }] })[0]).toMatchObject({ code: 'too_small', path: ['figures', 0, 'value'] });
    expect(issues({ figures: [{ ...figure, value: '2,800' }] })[0]).toMatchObject({ code: 'invalid_type', path: ['figures', 0, 'value'] });
    expect(issues({ figures: [{ ...figure, qualifier: 'roughly' }] })[0]!.path).toEqual(['figures', 0, 'qualifier']);
  });

  it('rejects an image whose src is not a site path', () => {
    const image = { src: 'https://example.org/a.jpg', alt: 'a', credit: 'c' };
    expect(issues({ image })[0]!.path).toEqual(['image', 'src']);
    expect(issues({ image: { ...image, src: '/with space.jpg' } })[0]!.path).toEqual(['image', 'src']);
  });

  it('requires alt text and a credit for an image', () => {
    const paths = issues({ image: { src: '/a.jpg' } }).map((i) => i.path);
    expect(paths).toContainEqual(['image', 'alt']);
    expect(paths).toContainEqual(['image', 'credit']);
  });

  it('rejects aliases that are not site paths', () => {
    expect(issues({ aliases: ['old-slug'] })[0]!.path).toEqual(['aliases', 0]);
    expect(issues({ aliases: ['/has space'] })[0]!.path).toEqual(['aliases', 0]);
  });

  it('rejects a draft flag that is not a boolean', () => {
    expect(issues({ draft: 'yes' })[0]).toMatchObject({ code: 'invalid_type', path: ['draft'] });
  });
});

describe('ARTICLE_FIELD_HELP', () => {
  it('explains every front-matter field', () => {
    for (const field of allowedKeysAt(schema, [])) expect(ARTICLE_FIELD_HELP, field).toHaveProperty([field]);
  });

  it.each([
    ['sources', 0],
    ['image'],
    ['figures', 0],
    ['corrections', 0],
  ])('explains every field of %s', (...path) => {
    for (const field of allowedKeysAt(schema, path)) {
      expect(ARTICLE_FIELD_HELP, `${path[0]}.${field}`).toHaveProperty([`${path[0]}.${field}`]);
    }
  });

  it('lists the allowed metrics and qualifiers in their help', () => {
    for (const metric of FIGURE_METRICS) expect(ARTICLE_FIELD_HELP['figures.metric']!.expected).toContain(metric);
    for (const qualifier of FIGURE_QUALIFIERS) expect(ARTICLE_FIELD_HELP['figures.qualifier']!.expected).toContain(qualifier);
  });
});
