import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyFacts, parsedBodyFacts, simpleBodyFacts } from '../../../lib/content/body-facts';

/** Holds the fast reading to the parser's on `markdown`: when it reads it at all, the same facts. */
function expectSameAsParser(markdown: string, bodyStartLine = 1): boolean {
  const simple = simpleBodyFacts(markdown, bodyStartLine);
  if (!simple) return false;
  expect(simple, markdown).toStrictEqual(parsedBodyFacts(markdown, bodyStartLine));
  return true;
}

/** The body of every Markdown file under `dir`. */
function bodies(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .map((text) => /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(text)?.[1])
    .filter((body): body is string => body !== undefined);
}

const root = path.resolve(import.meta.dirname, '../../..');

describe('simpleBodyFacts: the same as the parser on real bodies', () => {
  it('gives every body of the content and fixtures the parser\'s facts when it reads it', () => {
    // Files in the repository only (tests/fixtures/generated exists only after a fixture build).
    const all = [...bodies(path.join(root, 'content')), ...bodies(path.join(root, 'tests/fixtures/broken-content'))];
    let read = 0;
    for (const body of all) if (expectSameAsParser(body, 7)) read++;
    expect(all.length).toBeGreaterThan(55);
    expect(read).toBeGreaterThan(50);
  });
});

describe('simpleBodyFacts: examples', () => {
  it('reads paragraphs, headings and links, with their file lines', () => {
    const body = 'First line of a paragraph,\nits second line with [a link](/articles/x).\n\n## A section\n\n# Not allowed\nText after (in brackets), 50% and $9.8 billion!';
    const facts = simpleBodyFacts(body, 10)!;
    expect(facts).toStrictEqual({
      plainText: 'First line of a paragraph, its second line with a link.\nA section\nNot allowed\nText after (in brackets), 50% and $9.8 billion!',
      references: [{ kind: 'link', url: '/articles/x', line: 11 }],
      topLevelHeadingLines: [15],
    });
    expect(expectSameAsParser(body, 10)).toBe(true);
  });

  it.each([
    ['emphasis', 'Some *emphasis* here.'],
    ['an image', 'See ![a map](/images/x.png).'],
    ['a list', '- one\n- two'],
    ['a numbered list', '1. one'],
    ['a quote', '> quoted'],
    ['code', 'Use `code` here.'],
    ['an entity', 'Fish &amp; chips.'],
    ['an escape', 'Not \\*emphasis\\*.'],
    ['a reference link', 'A [link][ref].\n\n[ref]: /x'],
    ['a link with a title', 'A [link](/x "title").'],
    ['a heading with closing hashes', '## Title ##'],
    ['a setext heading', 'Title\n====='],
    ['trailing spaces (a hard break)', 'Line one  \nline two'],
    ['an indented line', 'Para\n    indented'],
    ['HTML', 'A <b>bold</b> word.'],
    ['a non-breaking space', 'A\u00a0word.'],
  ])('leaves %s to the parser', (_what, body) => {
    expect(simpleBodyFacts(body, 1)).toBeUndefined();
    expect(bodyFacts(body, 1)).toStrictEqual(parsedBodyFacts(body, 1));
  });
});

// Generated bodies: blocks of words, links, and characters that matter to Markdown.
const tricky = fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '&', '#', '\\', '~', '-', '+', '=', '|', '1.', '2)', '  ', '\u00a0', 'é', 'ليبيا', '$9.8', '50%', ':', '"', "'");
const word = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,7}$/);
const url = fc.oneof(fc.constantFrom('/articles/x', 'https://example.org/a?b=c#d', '/places/café', 'https://a.org/x_y*z', 'x"y', '/a/b.'), word.map((w) => `/topics/${w}`));
const link = fc.tuple(fc.array(fc.oneof(word, tricky), { minLength: 1, maxLength: 3 }), url).map(([label, to]) => `[${label.join(' ')}](${to})`);
const inline = fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 2, arbitrary: link }, { weight: 1, arbitrary: tricky }), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  { weight: 4, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('#', '##', '###', '#######', '#x'), inline).map(([marks, text]) => `${marks} ${text}`) },
);
const body = fc.tuple(fc.array(block, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n\n', '\n', '\n\n\n')).map(([blocks, gap]) => blocks.join(gap));

describe('simpleBodyFacts: generated bodies', () => {
  it('reads a body only as the parser does: the same text, links, lines and headings', () => {
    let read = 0;
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 30 }), (markdown, start) => {
        if (expectSameAsParser(markdown, start)) read++;
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(150);
  });
});
