import { describe, expect, it } from 'vitest';
import { TRANSLATION_FIELD_HELP, translationSchema } from '@/lib/content/translation-schema';
import { MAX_LIST_ITEMS, TEXT_LIMITS } from '@/lib/content/text-field';
import { lineStartingWith, onlyProblemIn } from '../helpers';
import { KNOWN_KEYS, checkFrontMatter } from './schema-support';

const FILE = 'content/ar/articles/lna-takes-gharyan.md';

const VALID: Record<string, string> = {
  translation_of: 'lna-takes-gharyan',
  title: '"قوات حفتر تسيطر على غريان"',
  dek: '"تقدمت القوات نحو العاصمة."',
  translated: '2019-04-06T12:00',
  authors: '[conflict-desk]',
  sources: '\n  - publisher: Reuters\n    date: 2019-04-01',
};

const check = (fields: Record<string, string | undefined> = {}) =>
  checkFrontMatter(translationSchema(KNOWN_KEYS), TRANSLATION_FIELD_HELP, { ...VALID, ...fields }, FILE);

const problemWith = (fields: Record<string, string | undefined>) => onlyProblemIn(check(fields).problems, FILE);

describe('translationSchema: a valid translation', () => {
  it('accepts the translated texts and copied keys, with Libya time and defaults', () => {
    const { data, problems } = check();
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      translation_of: 'lna-takes-gharyan',
      title: 'قوات حفتر تسيطر على غريان',
      authors: ['conflict-desk'],
      places: [],
      people: [],
      topics: [],
      figures: [],
      corrections: [],
      draft: false,
    });
    expect(data!.translated.toISOString()).toBe('2019-04-06T10:00:00.000Z');
    expect(data!.sources[0]!.date!.toISOString()).toBe('2019-03-31T22:00:00.000Z');
    expect(data!.dateline).toBeUndefined();
    expect(data!.image).toBeUndefined();
  });

  it("accepts an article's optional fields: dateline, image, figures, corrections, draft", () => {
    const { data, problems } = check({
      dateline: 'gharyan',
      places: '[gharyan, tripoli]',
      image: '\n  src: /images/gharyan.jpg\n  alt: دخان فوق غريان\n  credit: Reuters',
      figures: '\n  - metric: displaced\n    value: 2800\n    as_of: 2019-04-08\n    scope: حول طرابلس\n    reported_by: OCHA',
      corrections: '\n  - date: 2019-04-09\n    text: صُحّح التاريخ.',
      draft: 'true',
    });
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ dateline: 'gharyan', places: ['gharyan', 'tripoli'], image: { src: '/images/gharyan.jpg' }, draft: true });
    expect(data!.figures).toHaveLength(1);
    expect(data!.corrections).toHaveLength(1);
  });
});

describe('translationSchema: problems an editor is shown', () => {
  it.each(['translation_of', 'title', 'dek', 'translated', 'authors', 'sources'])('requires %s, saying what it holds', (field) => {
    const problem = problemWith({ [field]: undefined });
    expect(problem).toMatchObject({ field, severity: 'error' });
    expect(problem.message).toBe(`This field is required but missing. Expected ${TRANSLATION_FIELD_HELP[field]!.expected}.`);
  });

  it('asks for the Arabic headline and standfirst', () => {
    expect(problemWith({ title: undefined }).message).toContain('the Arabic headline');
    expect(problemWith({ dek: undefined }).message).toContain('a one-sentence Arabic standfirst');
  });

  it.each([
    ['published', '2019-04-05T21:40'],
    ['updated', '2019-04-06T09:00'],
    ['aliases', '[/ar/articles/old]'],
  ])("refuses its own %s: the original's is used", (field, value) => {
    const { text, problems } = check({ [field]: value });
    expect(onlyProblemIn(problems, FILE)).toMatchObject({ line: lineStartingWith(text, `${field}:`), field, message: `"${field}" is not a known field.` });
  });

  it('needs translation_of to be a file name', () => {
    expect(problemWith({ translation_of: 'LNA takes Gharyan' }).field).toBe('translation_of');
  });

  it('limits the headline and standfirst like an article', () => {
    const title = problemWith({ title: `"${'ع'.repeat(TEXT_LIMITS.title + 1)}"` });
    expect(title).toMatchObject({ field: 'title', message: `The text is ${TEXT_LIMITS.title + 1} characters long; the limit is ${TEXT_LIMITS.title}.` });
    expect(problemWith({ dek: `"${'ع'.repeat(TEXT_LIMITS.dek + 1)}"` }).field).toBe('dek');
    expect(check({ title: `"${'ع'.repeat(TEXT_LIMITS.title)}"` }).problems).toEqual([]);
  });

  it('rejects an invisible control character in a text, saying where', () => {
    expect(problemWith({ title: '"قوات\\u001b حفتر"' }).message).toContain('(U+001B) at character 5');
  });

  it('needs at least one source, and no more than the list limit of authors', () => {
    expect(problemWith({ sources: '[]' }).message).toContain('The list is empty.');
    const authors = `[${Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'conflict-desk').join(', ')}]`;
    const tooMany = check({ authors }).problems.find((problem) => problem.field === 'authors');
    expect(tooMany?.message).toBe(`The list has ${MAX_LIST_ITEMS + 1} items; at most ${MAX_LIST_ITEMS} are allowed.`);
  });

  it('checks the dateline and the keys against the registries, suggesting the closest', () => {
    const dateline = problemWith({ dateline: 'gharian' });
    expect(dateline).toMatchObject({ field: 'dateline', message: 'Unknown place "gharian": it is not in content/places.yml.' });
    expect(dateline.fix).toContain('gharyan');
    expect(problemWith({ people: '[khalifa-hifter, khalifa-hifter]' })).toMatchObject({ field: 'people[1]', message: '"khalifa-hifter" is listed twice.' });
  });

  it('rejects an impossible translated time', () => {
    expect(problemWith({ translated: '2019-04-06T25:00' }).message).toContain('"2019-04-06T25:00" is not a valid date-time for translated');
  });
});
