import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { allowedKeysAt, formatFieldPath, issuesToProblems, type FieldHelp } from '../../../lib/content/zod-problems';
import type { FieldPath } from '../../../lib/content/yaml';

describe('formatFieldPath', () => {
  it('joins names with dots and writes list indexes in brackets', () => {
    expect(formatFieldPath(['sources', 1, 'date'])).toBe('sources[1].date');
  });

  it('handles a single name, an index after a name, and the empty path', () => {
    expect(formatFieldPath(['title'])).toBe('title');
    expect(formatFieldPath(['people', 0])).toBe('people[0]');
    expect(formatFieldPath(['gharyan', 'aliases', 2])).toBe('gharyan.aliases[2]');
    expect(formatFieldPath([])).toBe('');
  });
});

describe('allowedKeysAt', () => {
  const inner = z.strictObject({ publisher: z.string(), url: z.string().optional() });
  const schema = z.strictObject({
    title: z.string(),
    optionalObject: inner.optional(),
    defaultedList: z.array(inner).default([]),
    nullableObject: inner.nullable(),
    readonlyObject: inner.readonly(),
    transformed: z.string().transform((s) => s.length),
    preprocessed: z.preprocess((v) => v, z.array(inner)),
    piped: z.array(inner).pipe(z.array(inner).min(1)),
  });

  it('lists the fields of the root object', () => {
    expect(allowedKeysAt(schema, [])).toEqual([
      'title',
      'optionalObject',
      'defaultedList',
      'nullableObject',
      'readonlyObject',
      'transformed',
      'preprocessed',
      'piped',
    ]);
  });

  it('looks through optional()', () => {
    expect(allowedKeysAt(schema, ['optionalObject'])).toEqual(['publisher', 'url']);
  });

  it('looks through default() and into array elements', () => {
    expect(allowedKeysAt(schema, ['defaultedList', 3])).toEqual(['publisher', 'url']);
  });

  it('looks through nullable() and readonly()', () => {
    expect(allowedKeysAt(schema, ['nullableObject'])).toEqual(['publisher', 'url']);
    expect(allowedKeysAt(schema, ['readonlyObject'])).toEqual(['publisher', 'url']);
  });

  it('looks through pipes: preprocess and .pipe()', () => {
    expect(allowedKeysAt(schema, ['preprocessed', 0])).toEqual(['publisher', 'url']);
    expect(allowedKeysAt(schema, ['piped', 0])).toEqual(['publisher', 'url']);
  });

  it('looks through a root object that has refinements', () => {
    const refined = z.strictObject({ a: z.string(), b: z.string() }).superRefine(() => undefined);
    expect(allowedKeysAt(refined, [])).toEqual(['a', 'b']);
  });

  it('returns [] where the path ends at something that is not an object', () => {
    expect(allowedKeysAt(schema, ['title'])).toEqual([]);
    expect(allowedKeysAt(schema, ['defaultedList'])).toEqual([]); // the list itself
    expect(allowedKeysAt(schema, ['transformed'])).toEqual([]);
  });

  it('returns [] when the path goes below a value that has no fields', () => {
    expect(allowedKeysAt(schema, ['title', 'deeper'])).toEqual([]);
  });

  // BUG (lib/content/zod-problems.ts): for a name the object does not have,
  // `unwrap(def.shape[name])` dereferences undefined before the `if (!def)
  // return []` guard runs, so it throws a TypeError instead of returning [].
  it('returns [] for a field name the schema does not have', () => {
    expect(allowedKeysAt(schema, ['noSuchField'])).toEqual([]);
  });
});

describe('issuesToProblems', () => {
  const HELP: Record<string, FieldHelp> = {
    title: { expected: 'the headline as text', example: 'title: "A headline"' },
    'sources.date': { expected: 'a date such as 2019-04-05', example: 'date: 2019-04-05' },
    tags: { expected: 'a list of words' },
    count: { expected: 'a number from 1 to 5' },
  };

  /** Validates `input` and turns the issues into problems; every line is 7 unless lineOf says otherwise. */
  function problemsFor(
    schema: z.ZodType,
    input: unknown,
    options: { help?: Record<string, FieldHelp>; prefix?: FieldPath; lineOf?: (path: FieldPath) => number | undefined } = {},
  ) {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error('expected the input to be invalid');
    return issuesToProblems(result.error.issues, {
      file: 'content/x.md',
      lineOf: options.lineOf ?? (() => 7),
      schema,
      help: options.help ?? HELP,
      prefix: options.prefix,
    });
  }

  describe('missing fields (invalid_type with no input)', () => {
    it('says the field is required, what it holds, and gives the example as the fix', () => {
      expect(problemsFor(z.strictObject({ title: z.string() }), {})).toEqual([
        {
          file: 'content/x.md',
          line: 7,
          field: 'title',
          message: 'This field is required but missing. Expected the headline as text.',
          fix: 'Write it like this: title: "A headline"',
          severity: 'error',
        },
      ]);
    });

    it('works without help for the field', () => {
      const [problem] = problemsFor(z.strictObject({ other: z.string() }), {});
      expect(problem).toMatchObject({ field: 'other', message: 'This field is required but missing.', fix: undefined });
    });
  });

  describe('wrong types (invalid_type with input)', () => {
    it('describes what was found and what was expected', () => {
      const [problem] = problemsFor(z.strictObject({ title: z.string() }), { title: 42 });
      expect(problem!.message).toBe('Found 42. Expected the headline as text.');
      expect(problem!.fix).toBe('Write it like this: title: "A headline"');
    });

    it.each([
      [null, 'Found an empty value.'],
      [['a'], 'Found a list.'],
      [{ a: 1 }, 'Found a group of fields.'],
      [true, 'Found true.'],
    ])('describes %j in words', (value, start) => {
      const [problem] = problemsFor(z.strictObject({ title: z.string() }), { title: value });
      expect(problem!.message.startsWith(start)).toBe(true);
    });

    it('quotes a string that was found', () => {
      const [problem] = problemsFor(z.strictObject({ count: z.number() }), { count: 'five' });
      expect(problem!.message).toBe('Found "five". Expected a number from 1 to 5.');
    });

    it("falls back to zod's expected type without help", () => {
      const [problem] = problemsFor(z.strictObject({ n: z.number() }), { n: 'x' }, { help: {} });
      expect(problem!.message).toBe('Found "x". Expected number.');
    });

    it('reports a wrong type for the whole value without a field', () => {
      const [problem] = problemsFor(z.strictObject({ a: z.string() }), 'text');
      expect(problem!.field).toBeUndefined();
      expect(problem!.message).toBe('Found "text". Expected object.');
    });
  });

  describe('unknown fields (unrecognized_keys)', () => {
    const schema = z.strictObject({ title: z.string(), published: z.string(), sources: z.array(z.strictObject({ publisher: z.string(), date: z.string().optional() })) });

    it('reports each unknown field on its own path with a did-you-mean fix', () => {
      const problems = problemsFor(schema, { title: 'T', published: 'p', publised: 'p', sources: [] });
      expect(problems).toEqual([
        {
          file: 'content/x.md',
          line: 7,
          field: 'publised',
          message: '"publised" is not a known field.',
          fix: 'Did you mean "published"?',
          severity: 'error',
        },
      ]);
    });

    it('suggests from the fields of the nested object the unknown field is in', () => {
      const problems = problemsFor(schema, { title: 'T', published: 'p', sources: [{ publisher: 'R' }, { publisher: 'R', dat: 'x' }] });
      expect(problems).toEqual([expect.objectContaining({ field: 'sources[1].dat', fix: 'Did you mean "date"?' })]);
    });

    it('lists the allowed fields when nothing is close', () => {
      const [problem] = problemsFor(schema, { title: 'T', published: 'p', sources: [], weather: 'sunny' });
      expect(problem!.fix).toBe('Remove it, or use one of: title, published, sources.');
    });

    it('reports several unknown fields separately', () => {
      const problems = problemsFor(schema, { title: 'T', published: 'p', sources: [], titel: 1, sorces: 2 });
      expect(problems.map((p) => [p.field, p.fix])).toEqual([
        ['titel', 'Did you mean "title"?'],
        ['sorces', 'Did you mean "sources"?'],
      ]);
    });
  });

  describe('values not in a list of choices (invalid_value)', () => {
    it('lists the choices and suggests the closest', () => {
      const [problem] = problemsFor(z.strictObject({ metric: z.enum(['killed', 'wounded']) }), { metric: 'kiled' });
      expect(problem).toMatchObject({
        field: 'metric',
        message: '"kiled" is not allowed here. Use one of: killed, wounded.',
        fix: 'Did you mean "killed"?',
      });
    });

    it('has no fix when no choice is close', () => {
      const [problem] = problemsFor(z.strictObject({ metric: z.enum(['killed', 'wounded']) }), { metric: 'rainfall' });
      expect(problem!.fix).toBeUndefined();
    });

    it('says a missing choice is missing, and lists the choices', () => {
      const [problem] = problemsFor(z.strictObject({ metric: z.enum(['killed', 'wounded']) }), {});
      expect(problem).toMatchObject({ field: 'metric', message: 'This field is required but missing. Expected one of: killed, wounded.' });
    });
  });

  describe('sizes (too_small / too_big)', () => {
    it('says a list is empty', () => {
      const [problem] = problemsFor(z.strictObject({ tags: z.array(z.string()).min(1) }), { tags: [] });
      expect(problem).toMatchObject({ field: 'tags', message: 'The list is empty. Expected a list of words.' });
    });

    it('says a number is too small, with the limit', () => {
      const [problem] = problemsFor(z.strictObject({ count: z.number().min(1) }), { count: 0 });
      expect(problem!.message).toBe('0 is out of range (expected number to be >=1). Expected a number from 1 to 5.');
    });

    it('says a number is too big, with the limit', () => {
      const [problem] = problemsFor(z.strictObject({ count: z.number().max(5) }), { count: 9 });
      expect(problem!.message).toBe('9 is out of range (expected number to be <=5). Expected a number from 1 to 5.');
    });
  });

  describe('custom issues', () => {
    it('uses the message and the fix given in params', () => {
      const schema = z.strictObject({
        title: z.string().superRefine((_v, ctx) => {
          ctx.addIssue({ code: 'custom', message: 'Too shouty.', params: { fix: 'Use sentence case.' } });
        }),
      });
      const [problem] = problemsFor(schema, { title: 'HELLO' });
      expect(problem).toMatchObject({ field: 'title', message: 'Too shouty.', fix: 'Use sentence case.' });
    });

    it('falls back to the example when no fix is given', () => {
      const schema = z.strictObject({ title: z.string().refine(() => false, { message: 'Nope.' }) });
      const [problem] = problemsFor(schema, { title: 'x' });
      expect(problem).toMatchObject({ message: 'Nope.', fix: 'Write it like this: title: "A headline"' });
    });
  });

  describe('other issues (the default branch)', () => {
    it('reports a format error with the expected value from help', () => {
      const schema = z.strictObject({ sources: z.array(z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })) });
      const [problem] = problemsFor(schema, { sources: [{ date: 'April 5' }] });
      expect(problem).toMatchObject({
        field: 'sources[0].date',
        message: '"April 5" is not valid. Expected a date such as 2019-04-05.',
        fix: 'Write it like this: date: 2019-04-05',
      });
    });

    it("uses zod's own message when there is no help", () => {
      const schema = z.strictObject({ u: z.union([z.string(), z.number()]) });
      const [problem] = problemsFor(schema, { u: true }, { help: {} });
      expect(problem!.message).toMatch(/^true is not valid\. .+\.$/);
    });
  });

  describe('paths and lines', () => {
    it('prepends the prefix to the field and asks lineOf for the full path', () => {
      const lineOf = vi.fn((path: FieldPath) => (path.length === 2 ? 12 : undefined));
      const schema = z.strictObject({ latitude: z.number() });
      const [problem] = problemsFor(schema, { latitude: 'north' }, { prefix: ['gharyan'], lineOf });
      expect(lineOf).toHaveBeenCalledWith(['gharyan', 'latitude']);
      expect(problem).toMatchObject({ field: 'gharyan.latitude', line: 12 });
    });

    it('looks up help without list indexes (sources.date for sources[2].date)', () => {
      const schema = z.strictObject({ sources: z.array(z.strictObject({ date: z.string() })) });
      const [problem] = problemsFor(schema, { sources: [{ date: 'a' }, { date: 'b' }, {}] });
      expect(problem!.field).toBe('sources[2].date');
      expect(problem!.message).toContain('Expected a date such as 2019-04-05.');
    });

    it('reports every issue, not only the first', () => {
      const schema = z.strictObject({ title: z.string(), count: z.number() });
      expect(problemsFor(schema, { title: 1, count: 'x' }).map((p) => p.field)).toEqual(['title', 'count']);
    });
  });
});
