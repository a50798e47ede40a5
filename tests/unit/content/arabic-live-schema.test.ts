import { describe, expect, it } from 'vitest';
import { ARABIC_LIVE_FIELD_HELP, ARABIC_LIVE_FOLDER, arabicLiveSchema } from '@/lib/content/arabic-live-schema';
import { lineStartingWith, onlyProblemIn } from '../helpers';
import { KNOWN_KEYS, checkFrontMatter } from './schema-support';

const FILE = `content/${ARABIC_LIVE_FOLDER}/tripoli-live.md`;

const VALID: Record<string, string> = {
  translation_of: 'tripoli-live',
  title: '"مباشر: الزحف نحو طرابلس"',
  dek: '"تحديثات مع تطور الهجوم على العاصمة الليبية."',
  summary: '|\n  - أمر حفتر قواته بالتقدم نحو طرابلس.',
  translated: '2019-04-06T12:00',
  authors: '[conflict-desk]',
};

const check = (fields: Record<string, string | undefined> = {}) =>
  checkFrontMatter(arabicLiveSchema(KNOWN_KEYS), ARABIC_LIVE_FIELD_HELP, { ...VALID, ...fields }, FILE);

const problemWith = (fields: Record<string, string | undefined>) => onlyProblemIn(check(fields).problems, FILE);

describe('arabicLiveSchema: a valid Arabic live page', () => {
  it('lives in content/ar/live', () => {
    expect(ARABIC_LIVE_FOLDER).toBe('ar/live');
  });

  it('accepts the translated texts, with Libya time and defaults for the copied fields', () => {
    const { data, problems } = check();
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      translation_of: 'tripoli-live',
      title: 'مباشر: الزحف نحو طرابلس',
      summary: '- أمر حفتر قواته بالتقدم نحو طرابلس.',
      authors: ['conflict-desk'],
      places: [],
      people: [],
      topics: [],
      sources: [],
      figures: [],
      corrections: [],
      draft: false,
    });
    expect(data!.translated.toISOString()).toBe('2019-04-06T10:00:00.000Z');
  });

  it('takes the keys, sources and figures copied from the English page, and its own corrections', () => {
    const { data, problems } = check({
      places: '[tripoli]',
      sources: '\n  - publisher: Reuters',
      figures: '\n  - metric: killed\n    value: 25\n    as_of: 2019-04-08\n    scope: جنوب طرابلس\n    reported_by: وزارة الصحة',
      corrections: '\n  - date: 2019-04-09\n    text: صُحّح اسم غريان.',
    });
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ places: ['tripoli'], sources: [{ publisher: 'Reuters' }] });
    expect(data!.figures[0]!.metric).toBe('killed');
    expect(data!.corrections).toHaveLength(1);
  });
});

describe('arabicLiveSchema: problems an editor is shown', () => {
  it.each(['translation_of', 'title', 'dek', 'summary', 'translated', 'authors'])('requires %s', (field) => {
    const problem = problemWith({ [field]: undefined });
    expect(problem).toMatchObject({ field, severity: 'error' });
    expect(problem.message).toBe(`This field is required but missing. Expected ${ARABIC_LIVE_FIELD_HELP[field]!.expected}.`);
  });

  it("explains translation_of and summary as the English live page's, not an article's", () => {
    expect(problemWith({ translation_of: undefined }).message).toContain("the English live page's file name");
    expect(problemWith({ summary: undefined }).message).toContain('the Arabic "What we know" summary');
    expect(problemWith({ translated: undefined }).message).toContain('the Libya time the translation was last brought in line with the original');
  });

  it.each([
    ['published', '2019-04-05T08:00'],
    ['status', 'live'],
  ])("refuses its own %s: the English page's is used", (field, value) => {
    const { text, problems } = check({ [field]: value });
    expect(onlyProblemIn(problems, FILE)).toMatchObject({
      line: lineStartingWith(text, `${field}:`),
      field,
      message: `"${field}" is not a known field.`,
    });
  });

  it('needs translation_of to be a file name (lowercase words joined by hyphens)', () => {
    expect(problemWith({ translation_of: 'Tripoli_Live' }).field).toBe('translation_of');
    expect(problemWith({ translation_of: '../tripoli-live' }).field).toBe('translation_of');
  });

  it('rejects an impossible translated time, on its line', () => {
    const { text, problems } = check({ translated: '2019-13-01T12:00' });
    const problem = onlyProblemIn(problems, FILE);
    expect(problem).toMatchObject({ line: lineStartingWith(text, 'translated:'), field: 'translated' });
    expect(problem.message).toContain('"2019-13-01T12:00" is not a valid date-time for translated');
  });

  it('checks registry keys against the registries', () => {
    expect(problemWith({ places: '[tripolli]' })).toMatchObject({ field: 'places[0]', message: 'Unknown place "tripolli": it is not in content/places.yml.' });
    expect(problemWith({ authors: '[]' }).message).toContain('The list is empty.');
  });

  it('holds its texts to the English page\'s rules: no control characters, nothing over the limit', () => {
    expect(problemWith({ title: '"طرابلس\\u001b"' }).message).toContain('invisible control character (U+001B)');
    expect(problemWith({ summary: 'س'.repeat(4001) }).message).toBe('The text is 4001 characters long; the limit is 4000.');
  });

  it('rejects blank Arabic text', () => {
    expect(problemWith({ dek: '"  "' }).field).toBe('dek');
  });
});
