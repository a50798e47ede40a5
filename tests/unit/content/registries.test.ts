import { describe, expect, it } from 'vitest';
import { KEY_PATTERN, REGISTRY_KINDS, parseRegistry, singular } from '../../../lib/content/registries';
import { REGISTRY_YAML } from '../helpers';

describe('REGISTRY_KINDS and singular', () => {
  it('has the four registries, each with a singular name', () => {
    expect(REGISTRY_KINDS).toEqual(['authors', 'places', 'people', 'topics']);
    expect(REGISTRY_KINDS.map(singular)).toEqual(['author', 'place', 'person', 'topic']);
  });
});

describe('KEY_PATTERN', () => {
  it.each(['tripoli', 'khalifa-hifter', 'un-smil-2', '2019'])('accepts %j', (key) => {
    expect(KEY_PATTERN.test(key)).toBe(true);
  });
  it.each(['Tripoli', 'khalifa_hifter', 'double--hyphen', '-leading', 'trailing-', 'with space', ''])('rejects %j', (key) => {
    expect(KEY_PATTERN.test(key)).toBe(false);
  });
});

describe('parseRegistry: valid files', () => {
  it('reads each entry under its key, with defaults filled in', () => {
    const { entries, declaredKeys, problems } = parseRegistry('places', 'content/places.yml', REGISTRY_YAML.places);
    expect(problems).toEqual([]);
    expect([...declaredKeys!]).toEqual(['tripoli', 'gharyan']);
    expect(entries.get('tripoli')).toEqual({
      key: 'tripoli',
      name: 'Tripoli',
      latitude: 32.887,
      longitude: 13.191,
      aliases: [],
      approximate: false,
    });
    expect(entries.get('gharyan')!.approximate).toBe(true);
  });

  it('reads aliases and descriptions', () => {
    const yaml = 'khalifa-hifter:\n  name: Khalifa Hifter\n  aliases: [Haftar, Hafter]\n  description: Commander.\n';
    expect(parseRegistry('people', 'content/people.yml', yaml).entries.get('khalifa-hifter')).toEqual({
      key: 'khalifa-hifter',
      name: 'Khalifa Hifter',
      aliases: ['Haftar', 'Hafter'],
      description: 'Commander.',
    });
  });

  it('accepts an author url', () => {
    const { entries, problems } = parseRegistry('authors', 'a.yml', 'jane:\n  name: Jane\n  url: https://example.org/jane\n');
    expect(problems).toEqual([]);
    expect(entries.get('jane')!.url).toBe('https://example.org/jane');
  });
});

describe('parseRegistry: author bios and kinds', () => {
  const parse = (yaml: string) => parseRegistry('authors', 'content/authors.yml', yaml);

  it('reads a bio, trimmed; the kind is optional', () => {
    const { entries, problems } = parse('jane:\n  name: Jane Doe\n  bio: >-\n    Reported from Tripoli\n    in 2019.\n');
    expect(problems).toEqual([]);
    expect(entries.get('jane')).toEqual({ key: 'jane', name: 'Jane Doe', aliases: [], bio: 'Reported from Tripoli in 2019.' });
  });

  it('accepts kind: organization for a desk byline, and no bio at all', () => {
    const { entries, problems } = parse('desk:\n  name: The desk\n  kind: organization\n');
    expect(problems).toEqual([]);
    expect(entries.get('desk')).toMatchObject({ kind: 'organization' });
    expect(entries.get('desk')!.bio).toBeUndefined();
  });

  it.each([
    ['an empty bio', '  bio: "  "\n', /out of range.*at most 600 characters/],
    ['a bio over 600 characters', `  bio: ${'x'.repeat(601)}\n`, /<=600 characters/],
    ['a bio that is a list', '  bio: [one, two]\n', /Found a list\. Expected a short biography/],
    ['a bio with a control character', '  bio: "Bad \\x1b text"\n', /not valid/],
    ['an unknown kind', '  kind: desk\n', /"desk" is not allowed here\. Use one of: person, organization/],
  ])('rejects %s on its line, naming the field', (_, line, _message) => {
    // The broken entry stays as a stand-in (one error in the registry, no cascade in articles).
    const { problems } = parse(`jane:\n  name: Jane\n${line}`);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/authors.yml', line: 3, field: expect.stringMatching(/^jane\.(bio|kind)$/), severity: 'error' })]);
  });

  it('suggests bio for a misspelt field', () => {
    expect(parse('jane:\n  name: Jane\n  boi: Hi.\n').problems).toEqual([
      expect.objectContaining({ field: 'jane.boi', message: '"boi" is not a known field.', fix: 'Did you mean "bio"?' }),
    ]);
  });

  it('accepts exactly 600 characters', () => {
    expect(parse(`jane:\n  name: Jane\n  bio: ${'x'.repeat(600)}\n`).problems).toEqual([]);
  });

  it('does not allow a bio on other registries', () => {
    const { problems } = parseRegistry('people', 'content/people.yml', 'x:\n  name: X\n  bio: Hi.\n');
    expect(problems).toEqual([expect.objectContaining({ field: 'x.bio', message: '"bio" is not a known field.' })]);
  });
});

describe('parseRegistry: Arabic fields', () => {
  it('refuses an Arabic name in Latin letters and warns about other Arabic fields in them, each on its line', () => {
    const yaml = 'khalifa-hifter:\n  name: Khalifa Hifter\n  name_ar: Khalifa Hifter the commander\n  aliases_ar: [حفطر, Haftar the field marshal]\n';
    const { entries, problems } = parseRegistry('people', 'content/people.yml', yaml);
    expect(problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['error', 3, 'khalifa-hifter.name_ar'],
      ['warning', 4, 'khalifa-hifter.aliases_ar[1]'],
    ]);
    expect(entries.get('khalifa-hifter')).toMatchObject({ name_ar: 'Khalifa Hifter the commander' });
  });

  it('accepts Arabic names, with a Latin acronym in them', () => {
    const yaml = 'unsmil:\n  name: UNSMIL\n  name_ar: بعثة الأمم المتحدة للدعم في ليبيا (UNSMIL)\n';
    expect(parseRegistry('people', 'content/people.yml', yaml).problems).toEqual([]);
  });
});

describe('parseRegistry: problems', () => {
  it('reports a missing file as an error with an example entry', () => {
    const { entries, problems } = parseRegistry('people', 'content/people.yml', undefined);
    expect(entries.size).toBe(0);
    expect(problems).toEqual([
      {
        file: 'content/people.yml',
        message: 'The people registry is missing.',
        fix: expect.stringContaining('Create content/people.yml with one entry per person, for example:\nkhalifa-hifter:'),
        severity: 'error',
      },
    ]);
  });

  it('reports a file that is a list rather than a map', () => {
    const { problems } = parseRegistry('topics', 'content/topics.yml', '- tripoli-offensive\n');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/topics.yml', line: 1, message: 'Expected a map from topic keys to entries.' }),
    ]);
  });

  it('reports a latitude out of range on its line', () => {
    const yaml = 'tripoli:\n  name: Tripoli\n  latitude: 132.9\n  longitude: 13.2\n';
    const { entries, declaredKeys, problems } = parseRegistry('places', 'content/places.yml', yaml);
    expect(problems).toEqual([
      {
        file: 'content/places.yml',
        line: 3,
        field: 'tripoli.latitude',
        message: '132.9 is out of range (expected number to be <=90). Expected decimal degrees between -90 and 90.',
        fix: 'Write it like this: latitude: 32.887',
        severity: 'error',
      },
    ]);
    // Kept as a stand-in so articles using it are still checked (the error blocks publication).
    expect(entries.get('tripoli')).toMatchObject({ key: 'tripoli', name: 'Tripoli' });
    expect(declaredKeys!.has('tripoli')).toBe(true); // still known, so articles are not blamed
  });

  it('reports a latitude that is not a number', () => {
    const yaml = 'gharyan:\n  name: Gharyan\n  latitude: north\n  longitude: 13.0\n';
    const [problem] = parseRegistry('places', 'content/places.yml', yaml).problems;
    expect(problem).toMatchObject({ line: 3, field: 'gharyan.latitude', message: 'Found "north". Expected decimal degrees between -90 and 90.' });
  });

  it('reports a missing required field of an entry', () => {
    const [problem] = parseRegistry('places', 'p.yml', 'tripoli:\n  name: Tripoli\n  longitude: 13.2\n').problems;
    expect(problem).toMatchObject({ field: 'tripoli.latitude', message: expect.stringContaining('required but missing') });
  });

  it('reports an unknown field of an entry with did-you-mean', () => {
    const yaml = 'tripoli-offensive:\n  name: Battle for Tripoli\n  descripton: Typo.\n';
    expect(parseRegistry('topics', 'content/topics.yml', yaml).problems).toEqual([
      {
        file: 'content/topics.yml',
        line: 3,
        field: 'tripoli-offensive.descripton',
        message: '"descripton" is not a known field.',
        fix: 'Did you mean "description"?',
        severity: 'error',
      },
    ]);
  });

  it('only allows url on authors', () => {
    const [problem] = parseRegistry('people', 'p.yml', 'someone:\n  name: Someone\n  url: https://example.org\n').problems;
    expect(problem).toMatchObject({ field: 'someone.url', message: '"url" is not a known field.' });
  });

  it('rejects an author url that is not a web address', () => {
    const [problem] = parseRegistry('authors', 'a.yml', 'jane:\n  name: Jane\n  url: javascript:alert(1)\n').problems;
    expect(problem).toMatchObject({ line: 3, field: 'jane.url', message: expect.stringContaining('Expected a full web address') });
  });

  it('reports a badly formed key with a suggested rename, and does not declare it', () => {
    const yaml = 'Bad_Key:\n  name: Bad\ngood-key:\n  name: Good\n';
    const { problems, declaredKeys, entries } = parseRegistry('topics', 'content/topics.yml', yaml);
    expect(problems).toEqual([
      {
        file: 'content/topics.yml',
        line: expect.any(Number),
        field: 'Bad_Key',
        message: '"Bad_Key" is not a valid key: keys use lowercase letters a-z, digits and single hyphens.',
        fix: 'Rename the key, e.g. "bad-key", and update the articles that use it.',
        severity: 'error',
      },
    ]);
    expect([...declaredKeys!]).toEqual(['good-key']);
    expect([...entries.keys()]).toEqual(['good-key']);
  });

  it('refuses the key "page", which would hide the index pages /<kind>/page/<n>', () => {
    const { problems, entries } = parseRegistry('people', 'content/people.yml', 'page:\n  name: Page\nother:\n  name: Other\n');
    expect(problems).toMatchObject([{ field: 'page', line: 1, severity: 'error', message: expect.stringContaining('/people/page/2') }]);
    expect(problems[0]!.fix).toContain('"page-person"');
    expect([...entries.keys()]).toEqual(['other']);
  });

  it('suggests a rename for keys with spaces and capitals', () => {
    const [problem] = parseRegistry('places', 'p.yml', '"Mitiga Airport":\n  name: M\n  latitude: 1\n  longitude: 1\n').problems;
    expect(problem!.fix).toContain('"mitiga-airport"');
  });

  it('reports a badly formed key written on one line on that line', () => {
    const [problem] = parseRegistry('topics', 't.yml', 'good:\n  name: G\nBad_Key: { name: Bad }\n').problems;
    expect(problem).toMatchObject({ field: 'Bad_Key', line: 3 });
  });

  // BUG (lib/content/yaml.ts lineOf, used by registries.ts): lineOf gives the
  // line where the *value* starts, so a key followed by an indented block is
  // reported on the line of its first field (2), not on the key itself (1).
  it('reports a badly formed key on the line of the key', () => {
    const [problem] = parseRegistry('topics', 'content/topics.yml', 'Bad_Key:\n  name: Bad\n').problems;
    expect(problem!.line).toBe(1);
  });

  it('reports an entry with no fields', () => {
    const [problem] = parseRegistry('topics', 't.yml', 'empty-topic:\n').problems;
    expect(problem).toMatchObject({ field: 'empty-topic', message: expect.stringContaining('Found an empty value') });
  });

  it('reports a YAML syntax error with its line and keeps no entries', () => {
    const yaml = 'tripoli:\n  name: Tripoli\n  aliases: [Tarabulus\n  latitude: 32.9\n';
    const { entries, problems } = parseRegistry('places', 'content/places.yml', yaml);
    expect(entries.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/places.yml', severity: 'error' });
    expect(problems[0]!.message).toMatch(/^YAML syntax error: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports problems in every entry, not only the first', () => {
    const yaml = 'a-place:\n  name: A\n  latitude: 100\n  longitude: 0\nb-place:\n  name: B\n  latitude: 0\n  longitude: 200\n';
    const { problems } = parseRegistry('places', 'p.yml', yaml);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['a-place.latitude', 3],
      ['b-place.longitude', 8],
    ]);
  });
});
