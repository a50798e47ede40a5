import { describe, expect, it } from 'vitest';
import { LIVE_ENTRY_HELP, LIVE_FIELD_HELP, LIVE_STATUSES, liveEntrySchema, liveSchema } from '@/lib/content/live-schema';
import { lineStartingWith, onlyProblemIn } from '../helpers';
import { KNOWN_KEYS, checkFrontMatter } from './schema-support';

const FILE = 'content/live/tripoli-live.md';

const VALID: Record<string, string> = {
  title: '"Live: the push on Tripoli"',
  dek: 'Updates as the offensive unfolds.',
  summary: '|\n  - Hifter ordered an advance on Tripoli.',
  published: '2019-04-05T08:00',
  status: 'live',
  authors: '[conflict-desk]',
};

const check = (fields: Record<string, string | undefined> = {}) =>
  checkFrontMatter(liveSchema(KNOWN_KEYS), LIVE_FIELD_HELP, { ...VALID, ...fields }, FILE);

/** The one problem of a live page's front matter with `fields` changed. */
function problemWith(fields: Record<string, string | undefined>) {
  const { problems } = check(fields);
  return onlyProblemIn(problems, FILE);
}

describe('liveSchema: a valid live page', () => {
  it('accepts the required fields, with Libya time and defaults for the rest', () => {
    const { data, problems } = check();
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      title: 'Live: the push on Tripoli',
      summary: '- Hifter ordered an advance on Tripoli.',
      status: 'live',
      authors: ['conflict-desk'],
      places: [],
      people: [],
      topics: [],
      sources: [],
      figures: [],
      corrections: [],
      draft: false,
    });
    expect(data!.published.toISOString()).toBe('2019-04-05T06:00:00.000Z');
  });

  it.each(LIVE_STATUSES)('accepts status %s', (status) => {
    expect(check({ status }).data!.status).toBe(status);
  });

  it("takes an article's optional fields: keys, sources, figures, corrections and draft", () => {
    const { data, problems } = check({
      places: 'tripoli',
      people: '[khalifa-hifter]',
      topics: '[tripoli-offensive]',
      sources: '\n  - publisher: Reuters\n    date: 2019-04-04',
      figures: '\n  - metric: displaced\n    value: 2800\n    as_of: 2019-04-08\n    scope: Around Tripoli\n    reported_by: OCHA',
      corrections: '\n  - date: 2019-04-09\n    text: An earlier entry misspelled Gharyan.',
      draft: 'true',
    });
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ places: ['tripoli'], people: ['khalifa-hifter'], topics: ['tripoli-offensive'], draft: true });
    expect(data!.sources).toHaveLength(1);
    expect(data!.figures[0]!.value).toBe(2800);
    expect(data!.corrections[0]!.text).toBe('An earlier entry misspelled Gharyan.');
  });
});

describe('liveSchema: problems an editor is shown', () => {
  it.each(['title', 'dek', 'summary', 'published', 'authors'])('requires %s, saying what it holds', (field) => {
    const problem = problemWith({ [field]: undefined });
    expect(problem).toMatchObject({ field, severity: 'error' });
    expect(problem.message).toBe(`This field is required but missing. Expected ${LIVE_FIELD_HELP[field]!.expected}.`);
  });

  it('requires status, naming the values it may take', () => {
    const problem = problemWith({ status: undefined });
    expect(problem).toMatchObject({ field: 'status', severity: 'error' });
    expect(problem.message).toBe('This field is required but missing. Expected live or ended.');
    expect(problem.fix).toBe('Write it like this: status: live');
  });

  it('explains the summary with its own help and example', () => {
    const problem = problemWith({ summary: undefined });
    expect(problem.message).toContain('"What we know" summary');
    expect(problem.fix).toBe(`Write it like this: ${LIVE_FIELD_HELP.summary!.example}`);
  });

  it('rejects a status other than live or ended, on its line, suggesting the closest', () => {
    const { text, problems } = check({ status: 'ende' });
    expect(onlyProblemIn(problems, FILE)).toMatchObject({
      line: lineStartingWith(text, 'status:'),
      field: 'status',
      message: '"ende" is not allowed here. Use one of: live, ended.',
    });
    expect(onlyProblemIn(problems, FILE).fix).toContain('ended');
  });

  it('rejects blank text', () => {
    expect(problemWith({ summary: '"   "' }).field).toBe('summary');
  });

  it("holds its texts to an article's rules: no control characters, no headline longer than the limit", () => {
    expect(problemWith({ title: '"Live\\u001b: Tripoli"' })).toMatchObject({
      field: 'title',
      message: expect.stringContaining('invisible control character (U+001B)'),
    });
    expect(problemWith({ summary: '"- A\\u0000 fact"' }).message).toContain('(U+0000)');
    expect(problemWith({ title: 'x'.repeat(301) }).message).toBe('The text is 301 characters long; the limit is 300.');
    expect(problemWith({ summary: 'x'.repeat(4001) }).message).toBe('The text is 4001 characters long; the limit is 4000.');
  });

  it('takes at most 200 sources, as an article does', () => {
    const many = (count: number) => `[${Array.from({ length: count }, () => '{publisher: Reuters}').join(', ')}]`;
    expect(check({ sources: many(200) }).problems).toEqual([]);
    expect(problemWith({ sources: many(201) }).field).toBe('sources');
  });

  it('rejects an impossible start time, naming the field', () => {
    const problem = problemWith({ published: '2019-02-30T08:00' });
    expect(problem.field).toBe('published');
    expect(problem.message).toContain('"2019-02-30T08:00" is not a valid date-time for published');
  });

  it('requires at least one author, and only known ones', () => {
    expect(problemWith({ authors: '[]' }).message).toContain('The list is empty.');
    const unknown = problemWith({ authors: '[conflict-dsk]' });
    expect(unknown).toMatchObject({ field: 'authors[0]', message: 'Unknown author "conflict-dsk": it is not in content/authors.yml.' });
    expect(unknown.fix).toContain('conflict-desk');
  });

  it('rejects an unknown field, suggesting the known one', () => {
    const { text, problems } = check({ stauts: 'live' });
    const problem = onlyProblemIn(problems, FILE);
    expect(problem).toMatchObject({ line: lineStartingWith(text, 'stauts:'), field: 'stauts', message: '"stauts" is not a known field.' });
    expect(problem.fix).toContain('status');
  });
});

describe('liveEntrySchema', () => {
  const sources = [{ publisher: 'Reuters' }];

  it('needs sources; key and pinned default to false', () => {
    expect(liveEntrySchema.parse({ sources })).toEqual({ key: false, pinned: false, sources: [{ publisher: 'Reuters' }] });
    expect(liveEntrySchema.parse({ key: true, pinned: true, sources })).toMatchObject({ key: true, pinned: true });
  });

  it.each([
    ['no sources', {}, ['sources']],
    ['an empty list of sources', { sources: [] }, ['sources']],
    ['more than 200 sources', { sources: Array.from({ length: 201 }, () => ({ publisher: 'Reuters' })) }, ['sources']],
    ['a key that is not true or false', { key: 'yes', sources }, ['key']],
    ['an unknown attribute', { pinnned: true, sources }, []],
  ])('rejects %s', (_, attributes, path) => {
    const result = liveEntrySchema.safeParse(attributes);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it("explains each attribute, sources as an article's do", () => {
    expect(Object.keys(LIVE_ENTRY_HELP).sort()).toEqual(
      ['key', 'pinned', 'sources', 'sources.date', 'sources.publisher', 'sources.title', 'sources.url'].sort(),
    );
    expect(LIVE_ENTRY_HELP.sources).toBe(LIVE_FIELD_HELP.sources);
  });
});
