import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../../../lib/content/simple-yaml';
import { parseYaml, parseYamlDocument } from '../../../lib/content/yaml';

type Path = (string | number)[];

/** Every path to a value in `data`, with one that does not exist under each group or list. */
function pathsOf(data: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(data)) {
    data.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
    paths.push([...prefix, data.length], [...prefix, 'x']);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...prefix, key]));
    paths.push([...prefix, 'missing'], [...prefix, 0]);
  }
  return paths;
}

/** Holds the fast reader to `yaml` on `text`: when it reads it at all, the same data and lines. */
function expectSameAsYaml(text: string, firstLine = 1): boolean {
  const simple = parseSimpleYaml(text, firstLine);
  if (!simple) return false;
  const full = parseYamlDocument(text, 'f.yml', firstLine);
  expect(full.problems, text).toEqual([]);
  expect(simple.data, text).toStrictEqual(full.data);
  for (const p of pathsOf(full.data)) expect(simple.lineOf(p), `${JSON.stringify(p)} in\n${text}`).toBe(full.lineOf(p));
  return true;
}

/** The front matter of every Markdown file, and every registry, under `dir`. */
function yamlTexts(dir: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.yml')) found.push({ file, text });
    else if (file.endsWith('.md')) {
      const match = /^---(\n[\s\S]*?)\n---/.exec(text);
      if (match) found.push({ file, text: match[1]! });
    }
  }
  return found;
}

const root = path.resolve(import.meta.dirname, '../../..');

describe('parseSimpleYaml: the same as yaml on real files', () => {
  it('reads every front matter and registry of the content and the test fixtures as yaml does, and most of them at all', () => {
    // Files in the repository only (tests/fixtures/generated exists only after a fixture build).
    const texts = [...yamlTexts(path.join(root, 'content')), ...yamlTexts(path.join(root, 'tests/fixtures/broken-content'))];
    let read = 0;
    for (const { text } of texts) if (expectSameAsYaml(text)) read++;
    expect(texts.length).toBeGreaterThan(60);
    // Files with `>-` corrections, comments or broken YAML are left to yaml; the rest are read.
    expect(read / texts.length).toBeGreaterThan(0.6);
  });
});

describe('parseSimpleYaml: examples', () => {
  it('reads front matter in the house form, with the lines of keys and list items', () => {
    const text = '\ntitle: "A \\"quoted\\" title: with colon"\npublished: 2019-04-05T21:40\nauthors: [conflict-desk, jane-doe]\nsources:\n  - publisher: Reuters\n    date: 2019-04-05\n    url: https://example.org/a?b=c#d\n  - publisher: \'AP\'\ndraft: false\ncount: 12\nratio: 1.5\nempty:\n';
    const simple = parseSimpleYaml(text, 1)!;
    expect(simple.data).toStrictEqual({
      title: 'A "quoted" title: with colon',
      published: '2019-04-05T21:40',
      authors: ['conflict-desk', 'jane-doe'],
      sources: [{ publisher: 'Reuters', date: '2019-04-05', url: 'https://example.org/a?b=c#d' }, { publisher: 'AP' }],
      draft: false,
      count: 12,
      ratio: 1.5,
      empty: null,
    });
    expect(simple.lineOf(['sources', 1, 'publisher'])).toBe(9);
    expect(simple.lineOf(['sources', 0, 'url'])).toBe(8);
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it.each([
    ['a tab', 'a:\n\tb: 1\n'],
    ['a comment after a value', 'a: 1 # one\n'],
    ['a literal block', 'a: |\n  text\n'],
    ['a folded block keeping its last line break', 'a: >\n  text\n'],
    ['a folded block with a blank line', 'a: >-\n  one\n\n  two\n'],
    ['a folded block with a more-indented line', 'a: >-\n  one\n    two\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a value over two lines', 'a: one\n  two\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['an unknown escape', 'a: "tab\\there"\n'],
    ['an unclosed quote', 'a: "open\nb: 2\n'],
    ['a hexadecimal number', 'a: 0x1F\n'],
    ['a list at its key\'s indentation', 'a:\n- 1\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a quoted key', '"a": 1\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a trailing comma', 'a: [x, ]\n'],
  ])('leaves %s to yaml', (_what, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
    // And parseYaml still reads it, or reports its problem, through yaml.
    const [read, full] = [parseYaml(text, 'f.yml'), parseYamlDocument(text, 'f.yml')];
    expect({ data: read.data, problems: read.problems }).toStrictEqual({ data: full.data, problems: full.problems });
  });
});

// Generated documents: the subset with every kind of value, and text with characters that matter to YAML.
const tricky = fc.constantFrom('#', ' #', ': ', ':', '"', "'", '\\', '[', ']', '{', '-', '?', '&', '*', '!', '|', '>', '%', '@', '`', ',', 'é', 'ليبيا', ' ');
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const text = fc.array(fc.oneof(word, tricky, fc.constantFrom('true', 'null', '~', '12', '-3', '1.5', '.5', '1e3', '0x1F', '0o7', '.inf', '2019-04-05', 'https://a.org/x')), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const scalar = fc.oneof(
  text,
  text.map((t) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`),
  text.map((t) => `"${t}"`),
  text.map((t) => `'${t.replace(/'/g, "''")}'`),
  text.map((t) => `'${t}'`),
  fc.array(word, { maxLength: 4 }).map((words) => `[${words.join(', ')}]`),
);
const key = fc.oneof(word, fc.constantFrom('a', 'b', 'title', 'sources', '__proto__', 'x y'));

type Block = string[];
const indentBy = (lines: Block, by: string) => lines.map((line) => (line === '' ? line : by + line));
/** A folded block's lines (`>-`): text, sometimes a blank, a comment-like, a more-indented or a trailing-space line. */
const foldedLines = fc.array(fc.oneof({ weight: 6, arbitrary: text }, fc.constantFrom('', '# not a comment here', '  more indented', 'trailing  ')), { minLength: 1, maxLength: 4 });
const folded = foldedLines.map((lines): Block => ['>-', ...lines]);
/** A field's lines: `key: value`, `key: >-` and its lines, or `key:` and an indented group or list. */
function entryLines(k: string, value: Block | string): string[] {
  if (typeof value === 'string') return [`${k}: ${value}`];
  if (value[0] === '>-') return [`${k}: >-`, ...indentBy(value.slice(1), '  ')];
  return [`${k}:`, ...indentBy(value, '  ')];
}
const { block } = fc.letrec<{ block: Block; map: Block; list: Block }>((tie) => ({
  map: fc.array(fc.tuple(key, fc.oneof({ depthSize: 'small' }, scalar.map((s): Block | string => s), folded, tie('block'))), { minLength: 1, maxLength: 4 }).map((entries) => entries.flatMap(([k, value]) => entryLines(k, value))),
  list: fc.array(fc.oneof(scalar.map((s) => [`- ${s}`]), tie('map').map((lines) => [`- ${lines[0]}`, ...indentBy(lines.slice(1), '  ')])), { minLength: 1, maxLength: 3 }).map((items) => items.flat()),
  block: fc.oneof({ depthSize: 'small' }, tie('map'), tie('list')),
}));
const documents = fc
  .tuple(fc.array(fc.tuple(key, fc.oneof(scalar.map((s): Block | string => s), folded, block)), { minLength: 1, maxLength: 6 }), fc.constantFrom('', '# note', '   '))
  .map(([entries, extra]) => ['', ...entries.flatMap(([k, value]) => [...entryLines(k, value), ...(typeof value === 'string' ? [] : [extra])])].join('\n'));

describe('parseSimpleYaml: generated documents', () => {
  it('reads a document only as yaml does: the same data and the same line for every path', () => {
    let read = 0;
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 3 }), (doc, firstLine) => {
        if (expectSameAsYaml(doc, firstLine)) read++;
      }),
      { numRuns: 2000 },
    );
    // The generator is not all edge cases: a good share of documents are read by the fast path.
    expect(read).toBeGreaterThan(200);
  });
});
