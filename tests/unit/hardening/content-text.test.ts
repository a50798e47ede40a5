import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContent, hasErrors, type SourceFile } from '../../../lib/content/build-content';
import type { ContentProblem } from '../../../lib/content/problems';
import { MAX_LIST_ITEMS, TEXT_LIMITS, findForbiddenCharacter, isBlank } from '../../../lib/content/text-field';
import { atomXml, rssXml } from '../../../lib/seo/feeds';
import { renderNewsSitemap } from '../../../lib/seo/sitemap';
import { articleFile, lineStartingWith, onlyProblemIn, registryFiles, registryPath } from '../helpers';
import { anyText, strictXmlElements } from './xml-support';

function build(articleFiles: SourceFile[], registries: Parameters<typeof registryFiles>[0] = {}, timeline?: string) {
  return buildContent({
    articleFiles,
    registryFiles: registryFiles(registries),
    timelineFile: { path: 'content/timeline.yml', text: timeline },
  });
}

/** A YAML double-quoted scalar holding exactly `text` (JSON strings are YAML). */
const quoted = (text: string) => JSON.stringify(text);

describe('check: control characters in text fields', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['\\x01', '\u0001', 'U+0001'],
    ['vertical tab', '\u000B', 'U+000B'],
    ['ESC', '\u001B', 'U+001B'],
    ['carriage return', '\r', 'U+000D'],
    ['DEL', '\u007F', 'U+007F'],
    ['C1 NEL', '\u0085', 'U+0085'],
    ['C1 CSI', '\u009B', 'U+009B'],
  ])('a title holding %s is an error on its line, with the character named and a fix', (_name, char, code) => {
    const file = articleFile('story', { title: quoted(`Forces ${char}advance`) });
    const problem = onlyProblemIn(build([file]).problems, file.path);
    expect(problem).toMatchObject({
      line: lineStartingWith(file.text, 'title:'),
      field: 'title',
      severity: 'error',
      message: expect.stringContaining(code),
      fix: expect.stringMatching(/^Delete it/),
    });
  });

  it('the same character written raw in the file (not as an escape) is caught too', () => {
    const file = articleFile('story', { dek: 'The UN\u0001 chief leaves.' });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({ field: 'dek', message: expect.stringContaining('U+0001') });
  });

  it('tab and newline are allowed', () => {
    const file = articleFile('story', { dek: quoted('One\ttwo\nthree.') });
    expect(build([file]).problems).toEqual([]);
  });

  it.each([
    ['sources[0].publisher', { sources: `\n  - publisher: ${quoted('Reu\u001Bters')}` }],
    ['corrections[0].text', { corrections: `\n  - date: 2019-04-06\n    text: ${quoted('Fixed\u0000.')}` }],
    ['image.alt', { image: `\n  src: /icon.svg\n  alt: ${quoted('a\u000Bb')}\n  credit: Me` }],
  ])('%s with a control character is an error', (field, fields) => {
    const file = articleFile('story', fields);
    const problems = build([file]).problems.filter((p) => p.field === field);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('control character') })]);
  });

  it('a control character in the body is an error on its line', () => {
    const file = articleFile('story', {}, 'First paragraph.\n\nSecond \u001B[31m paragraph.');
    const problem = onlyProblemIn(build([file]).problems, file.path);
    expect(problem).toMatchObject({ line: lineStartingWith(file.text, 'Second'), severity: 'error', message: expect.stringContaining('U+001B') });
  });

  it('a control character in a registry name is an error in the registry', () => {
    const problems = build([], { people: `khalifa-hifter:\n  name: ${quoted('Khalifa\u0000 Hifter')}\n` }).problems;
    expect(onlyProblemIn(problems, registryPath('people'))).toMatchObject({ line: 2, field: 'khalifa-hifter.name', severity: 'error' });
  });

  it('a control character in a timeline event is an error in the timeline', () => {
    const timeline = `- date: 2019-04-05\n  event: ${quoted('Hifter\u0007 advances')}\n  article: story\n`;
    const problems = build([articleFile('story')], {}, timeline).problems;
    expect(onlyProblemIn(problems, 'content/timeline.yml')).toMatchObject({ line: 2, field: '[0].event', severity: 'error' });
  });
});

describe('check: text that is empty once invisible characters are removed', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['a zero-width joiner and a word joiner', '\u200D\u2060'],
    ['a byte-order mark and no-break spaces', '\uFEFF\u00A0\u00A0'],
    ['direction marks and a soft hyphen', '\u200E\u200F\u00AD'],
  ])('a title of only %s is an error with a fix', (_name, value) => {
    const file = articleFile('story', { title: quoted(value) });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({
      line: lineStartingWith(file.text, 'title:'),
      field: 'title',
      severity: 'error',
      message: expect.stringMatching(/empty/),
      fix: expect.stringContaining('title:'),
    });
  });

  it('a registry name of only zero-width spaces is an error', () => {
    const problems = build([], { topics: `tripoli-offensive:\n  name: ${quoted('\u200B')}\n` }).problems;
    expect(onlyProblemIn(problems, registryPath('topics'))).toMatchObject({ field: 'tripoli-offensive.name', message: expect.stringMatching(/empty/) });
  });

  it('isBlank keeps visible text, including Arabic and emoji', () => {
    expect(isBlank('طرابلس')).toBe(false);
    expect(isBlank('\u200B😀')).toBe(false);
    expect(isBlank(' \t\u200B\u2060 ')).toBe(true);
  });
});

describe('check: hard limits on lengths and list sizes', () => {
  it('a title over the hard limit is an error (a warning below it)', () => {
    const long = articleFile('long', { title: 'A'.repeat(TEXT_LIMITS.title + 1) });
    expect(onlyProblemIn(build([long]).problems, long.path)).toMatchObject({
      field: 'title',
      severity: 'error',
      message: `The text is ${TEXT_LIMITS.title + 1} characters long; the limit is ${TEXT_LIMITS.title}.`,
      fix: expect.stringMatching(/^Shorten it/),
    });
    const warned = articleFile('warned', { title: 'A'.repeat(150) });
    expect(onlyProblemIn(build([warned]).problems, warned.path)).toMatchObject({ severity: 'warning' });
  });

  it('a dek over the hard limit is an error', () => {
    const file = articleFile('story', { dek: 'word '.repeat(200).trim() });
    expect(build([file]).problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ field: 'dek', message: expect.stringMatching(/limit is 600/) }),
    ]);
  });

  it('a correction text over the paragraph limit is an error', () => {
    const file = articleFile('story', { corrections: `\n  - date: 2019-04-06\n    text: ${'x'.repeat(TEXT_LIMITS.paragraph + 1)}` });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({ field: 'corrections[0].text', severity: 'error' });
  });

  it(`a list of more than ${MAX_LIST_ITEMS} items is one error with a fix`, () => {
    const places = `[${Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'tripoli').join(', ')}]`;
    const file = articleFile('story', { places });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({
      field: 'places',
      line: lineStartingWith(file.text, 'places:'),
      message: `The list has ${MAX_LIST_ITEMS + 1} items; at most ${MAX_LIST_ITEMS} are allowed.`,
      fix: expect.any(String),
    });
  });

  it('too many sources or aliases are errors too', () => {
    const sources = `\n${Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `  - publisher: P${i}`).join('\n')}`;
    const file = articleFile('story', { sources });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({ field: 'sources' });
  });
});

describe('check: links must be https', () => {
  it('an http source URL is an error with the https fix', () => {
    const file = articleFile('story', { sources: '\n  - publisher: Reuters\n    url: http://example.org/report' });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({
      field: 'sources[0].url',
      severity: 'error',
      message: expect.stringContaining('https://'),
    });
  });

  it('an http author URL is an error', () => {
    const problems = build([], { authors: 'conflict-desk:\n  name: Staff\n  url: http://example.org/\n' }).problems;
    expect(onlyProblemIn(problems, registryPath('authors'))).toMatchObject({ field: 'conflict-desk.url' });
  });

  it('javascript: and data: URLs are errors', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
      const file = articleFile('story', { sources: `\n  - publisher: Reuters\n    url: "${url}"` });
      expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({ field: 'sources[0].url' });
    }
  });
});

const TEXT_FIELDS = ['title', 'dek', 'publisher', 'caption', 'correction', 'place', 'person'] as const;

describe('check + writers: property over arbitrary text in every field', () => {
  it('never throws; either reports a located error or yields an article whose feeds are well-formed', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(TEXT_FIELDS.map((f) => [f, anyText])) as Record<(typeof TEXT_FIELDS)[number], fc.Arbitrary<string>>), (t) => {
        const file = articleFile('story', {
          title: quoted(t.title),
          dek: quoted(t.dek),
          sources: `\n  - publisher: ${quoted(t.publisher)}`,
          image: `\n  src: /icon.svg\n  alt: Alt\n  caption: ${quoted(t.caption)}\n  credit: Me`,
          corrections: `\n  - date: 2019-04-06\n    text: ${quoted(t.correction)}`,
          people: '[khalifa-hifter]',
          dateline: 'tripoli',
        });
        const registries = {
          places: `tripoli:\n  name: ${quoted(t.place)}\n  latitude: 1\n  longitude: 1\n`,
          people: `khalifa-hifter:\n  name: ${quoted(t.person)}\n`,
        };
        const { content, problems } = buildContent({ articleFiles: [file], registryFiles: registryFiles(registries), publicFiles: new Set(['/icon.svg']) });
        const errors = problems.filter((p: ContentProblem) => p.severity === 'error');
        for (const problem of errors) {
          expect(problem.file).toMatch(/^content\//);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        if (hasErrors(problems)) return;
        const [article] = content.articles;
        for (const text of [article!.title, article!.dek, article!.places[0]!.name, article!.people[0]!.name]) {
          expect(findForbiddenCharacter(text)).toBeUndefined();
          expect(isBlank(text)).toBe(false);
        }
        for (const xml of [rssXml(content.articles, () => ''), atomXml(content.articles, () => ''), renderNewsSitemap(content.articles)]) {
          expect(() => strictXmlElements(xml)).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
