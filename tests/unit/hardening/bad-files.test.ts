import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent, hasErrors, type ContentInput } from '../../../lib/content/build-content';
import { MAX_ARTICLE_BYTES, decodeSource, firstInvalidUtf8Line } from '../../../lib/content/decode-source';
import { parseSource } from '../../../lib/content/front-matter';
import type { ContentProblem } from '../../../lib/content/problems';
import { readContent } from '../../../lib/content/read-content';
import { indexContent } from '../../../lib/content/content-index';
import { MAX_YAML_DEPTH, parseYaml } from '../../../lib/content/yaml';
import {
  REGISTRY_YAML,
  articleFile,
  articleText,
  lineStartingWith,
  makeContentDir,
  onlyProblemIn,
  registryFiles,
  registryPath,
  relativeToCwd,
  removeDir,
  writeFile,
} from '../helpers';
import { anyText } from './xml-support';

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings once expanded. */
const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i]!;
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
  }),
].join('\n');
const FIRST_ALIAS_LINE = 2;

const expectNoThrowAndOneProblem = (input: ContentInput, file: string) => {
  const { problems } = buildContent(input);
  return onlyProblemIn(problems, file);
};

describe('YAML problems are content errors naming file and line, never exceptions', () => {
  it('a billion-laughs people.yml is one error in people.yml, on the first alias, with a fix about aliases', () => {
    const problem = expectNoThrowAndOneProblem({ articleFiles: [], registryFiles: registryFiles({ people: BILLION_LAUGHS }) }, registryPath('people'));
    expect(problem).toMatchObject({ line: FIRST_ALIAS_LINE, severity: 'error', message: expect.stringMatching(/alias/), fix: expect.stringMatching(/aliases/) });
  });

  it('a billion-laughs timeline.yml is one error in timeline.yml', () => {
    const input = { articleFiles: [], registryFiles: registryFiles(), timelineFile: { path: 'content/timeline.yml', text: BILLION_LAUGHS } };
    expect(expectNoThrowAndOneProblem(input, 'content/timeline.yml')).toMatchObject({ line: FIRST_ALIAS_LINE, fix: expect.stringMatching(/aliases/) });
  });

  it('a billion laughs in front matter is one error with the alias fix (not "must be YAML")', () => {
    const text = `---\n${BILLION_LAUGHS}\n---\nBody\n`;
    const problem = expectNoThrowAndOneProblem({ articleFiles: [{ path: 'content/articles/bomb.md', text }], registryFiles: registryFiles() }, 'content/articles/bomb.md');
    expect(problem).toMatchObject({ line: lineStartingWith(text, 'b:'), fix: expect.stringMatching(/aliases/) });
    expect(problem.message).not.toMatch(/must be YAML/);
  });

  it('a few aliases still work', () => {
    expect(parseYaml('a: &x Tripoli\nb: *x\n', 'f.yml')).toMatchObject({ data: { a: 'Tripoli', b: 'Tripoli' }, problems: [] });
  });

  it.each([
    ['brackets', `x: ${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['indentation', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1'],
    ['moderate brackets', `x: ${'['.repeat(MAX_YAML_DEPTH + 2)}${']'.repeat(MAX_YAML_DEPTH + 2)}`],
  ])('excessive nesting (%s) in a registry is one error with a nesting fix', (_name, yaml) => {
    const problem = expectNoThrowAndOneProblem({ articleFiles: [], registryFiles: registryFiles({ topics: yaml }) }, registryPath('topics'));
    expect(problem).toMatchObject({ severity: 'error', line: expect.any(Number), fix: expect.stringMatching(/levels/) });
  });

  it('excessive nesting in front matter is one error in the article', () => {
    const text = articleText({ extra: `${'['.repeat(3000)}${']'.repeat(3000)}` });
    const source = parseSource(text, 'content/articles/deep.md');
    expect(source.problems).toEqual([expect.objectContaining({ fix: expect.stringMatching(/levels/) })]);
  });

  it('arbitrary text in any file never throws: every problem names a content file', () => {
    const someYaml = fc.oneof(anyText, fc.constantFrom(BILLION_LAUGHS, '- [', 'a: *b', '&a [*a]', '---\n---', 'x: !!binary AAAA', '? [a]\n: b'));
    fc.assert(
      fc.property(someYaml, someYaml, someYaml, (article, registry, timeline) => {
        const { problems } = buildContent({
          articleFiles: [{ path: 'content/articles/a.md', text: `---\n${article}\n---\nBody\n` }, { path: 'content/articles/b.md', text: article }],
          registryFiles: registryFiles({ places: registry }),
          timelineFile: { path: 'content/timeline.yml', text: timeline },
        });
        for (const problem of problems) {
          expect(problem.file).toMatch(/^content\//);
          expect(problem.message).not.toMatch(/\n\s+at /);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('files on disk: encoding, size and kind', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) removeDir(dir);
    dir = undefined;
  });

  it('an article that is not UTF-8 is an error naming the file and its first bad line', () => {
    dir = makeContentDir({ 'story.md': articleText() });
    const file = path.join(dir, 'articles', 'story.md');
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from(' in Tripoli\n---\nBody\n')]);
    fs.writeFileSync(file, latin1);
    const { problems } = buildContent(readContent(dir));
    expect(onlyProblemIn(problems, relativeToCwd(file))).toMatchObject({ line: 2, severity: 'error', message: expect.stringMatching(/UTF-8/), fix: expect.stringMatching(/UTF-8/) });
  });

  it('a registry saved as UTF-16 is one error (not also "missing", not replacement characters)', () => {
    dir = makeContentDir();
    const file = path.join(dir, 'people.yml');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REGISTRY_YAML.people, 'utf16le')]));
    const { problems } = buildContent(readContent(dir));
    expect(problems).toEqual([expect.objectContaining({ file: relativeToCwd(file), line: 1, message: expect.stringMatching(/UTF-16/) })]);
  });

  it('decodeSource and firstInvalidUtf8Line find the right line, including multi-byte characters before it', () => {
    const bytes = Buffer.concat([Buffer.from('ليبيا\nok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\nmore')]);
    expect(firstInvalidUtf8Line(bytes)).toBe(3);
    expect(decodeSource('f.md', Buffer.from('طرابلس\n'), 100)).toEqual({ text: 'طرابلس\n' });
  });

  it('an article over 1 MB is an error with a fix, and is not read', () => {
    dir = makeContentDir({ 'big.md': articleText({}, 'word '.repeat(MAX_ARTICLE_BYTES / 5 + 10)) });
    const { problems, content } = buildContent(readContent(dir));
    expect(content.articles).toEqual([]);
    expect(onlyProblemIn(problems, relativeToCwd(path.join(dir, 'articles', 'big.md')))).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/limit is 1\.0 MB/),
      fix: expect.stringMatching(/Split/),
    });
  });

  it('a symbolic link in the articles folder is reported, never followed', () => {
    dir = makeContentDir({ 'story.md': articleText() });
    const outside = writeFile(dir, '../outside-secret.md', articleText({ title: 'Secret from outside' }));
    const link = path.join(dir, 'articles', 'linked.md');
    fs.symlinkSync(outside, link);
    try {
      const { problems, content } = buildContent(readContent(dir));
      expect(content.articles.map((a) => a.title)).not.toContain('Secret from outside');
      expect(onlyProblemIn(problems, relativeToCwd(link))).toMatchObject({ severity: 'error', message: expect.stringMatching(/symbolic link/), fix: expect.any(String) });
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });

  it('a symbolic link to a folder, and a linked registry, are reported too', () => {
    dir = makeContentDir();
    fs.symlinkSync('/etc', path.join(dir, 'articles', 'etc'));
    fs.rmSync(path.join(dir, 'topics.yml'));
    fs.symlinkSync('/etc/hostname', path.join(dir, 'topics.yml'));
    const { problems } = buildContent(readContent(dir));
    expect(onlyProblemIn(problems, relativeToCwd(path.join(dir, 'articles', 'etc')))).toMatchObject({ message: expect.stringMatching(/symbolic link/) });
    expect(onlyProblemIn(problems, relativeToCwd(path.join(dir, 'topics.yml')))).toMatchObject({ message: expect.stringMatching(/symbolic link/) });
  });

  it('a story folder that is a link or a file is reported, in the check and in the index, not left out silently', () => {
    dir = makeContentDir({ 'story.md': articleText() });
    fs.symlinkSync('/etc', path.join(dir, 'live'));
    fs.mkdirSync(path.join(dir, 'ar'));
    fs.writeFileSync(path.join(dir, 'ar', 'live'), 'not a folder');
    const expected = [
      [relativeToCwd(path.join(dir, 'live')), expect.stringMatching(/^This is a symbolic link where a folder of stories belongs/)],
      [relativeToCwd(path.join(dir, 'ar', 'live')), 'This is a file where a folder of stories belongs, so no story is read from it.'],
    ];
    const fromCheck = buildContent(readContent(dir)).problems.map((p) => [p.file, p.message]);
    const fromIndex = indexContent(dir, path.join(dir, 'index.sqlite')).problems.map((p) => [p.file, p.message]);
    expect(fromCheck).toEqual(expected);
    expect(fromIndex).toEqual(expected);
  });

  it('a named pipe (FIFO) in the articles folder or as a registry is reported without hanging', () => {
    dir = makeContentDir();
    const fifo = path.join(dir, 'articles', 'pipe.md');
    const registryFifo = path.join(dir, 'places.yml');
    fs.rmSync(registryFifo);
    expect(spawnSync('mkfifo', [fifo, registryFifo]).status).toBe(0);
    const { problems } = buildContent(readContent(dir));
    expect(onlyProblemIn(problems, relativeToCwd(fifo))).toMatchObject({ severity: 'error', message: expect.stringMatching(/named pipe/) });
    expect(onlyProblemIn(problems, relativeToCwd(registryFifo))).toMatchObject({ message: expect.stringMatching(/named pipe/) });
  }, 10_000);

  it('the content index (servers, publish, check) survives a billion-laughs registry and names the file', () => {
    dir = makeContentDir({ 'story.md': articleText({ aliases: '[/old-story]' }) });
    fs.writeFileSync(path.join(dir, 'people.yml'), BILLION_LAUGHS);
    const { problems } = indexContent(dir, path.join(dir, 'index.sqlite'));
    expect(problems.some((p) => p.file.endsWith('people.yml') && p.severity === 'error')).toBe(true);
  });

  it('`npm run check` on a billion-laughs registry exits 1 naming the file, with no stack trace', () => {
    dir = makeContentDir({ 'story.md': articleText() });
    fs.writeFileSync(path.join(dir, 'timeline.yml'), BILLION_LAUGHS);
    const { NODE_ENV: _test, ...env } = process.env;
    const result = spawnSync('node', ['--import', 'tsx', 'scripts/check-content.ts'], { encoding: 'utf8', env: { ...env, CONTENT_DIR: dir } as unknown as NodeJS.ProcessEnv });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain(`${relativeToCwd(path.join(dir, 'timeline.yml'))}:${FIRST_ALIAS_LINE}:`);
    expect(output).not.toMatch(/ReferenceError|\n\s+at /);
  }, 30_000);
});

describe('one broken registry entry is one error', () => {
  it('an article using it, a timeline event naming that article and a link to it add no errors', () => {
    const people = `${REGISTRY_YAML.people}fayez-al-sarraj:\n  nme: Fayez al-Sarraj\n`;
    const uses = articleFile('sarraj-story', { people: '[fayez-al-sarraj]', title: 'Sarraj speaks' });
    const links = articleFile('linking-story', {}, 'See [the speech](/articles/sarraj-story).');
    const timeline = '- date: 2019-04-05\n  event: Sarraj speaks.\n  article: sarraj-story\n';
    const { problems } = buildContent({
      articleFiles: [uses, links],
      registryFiles: registryFiles({ people }),
      timelineFile: { path: 'content/timeline.yml', text: timeline },
    });
    expect(hasErrors(problems)).toBe(true);
    // The misspelt field is reported once (its did-you-mean names the missing `name`), in people.yml and nowhere else.
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([`${registryPath('people')} fayez-al-sarraj.nme`]);
  });
});

// Keeps the type import used when the file is read alone.
export type { ContentProblem };

describe('an unreadable registry is one error too', () => {
  it('a YAML syntax error in places.yml adds no "no page" link error and no timeline error', () => {
    const places = REGISTRY_YAML.places.replace('name: Tripoli', 'name: [Tripoli');
    const uses = articleFile('uses-tripoli', { dateline: 'tripoli', title: 'Fighting in Tripoli' });
    const links = articleFile('linking-story', {}, 'See [the fighting](/articles/uses-tripoli).');
    const { problems } = buildContent({
      articleFiles: [uses, links],
      registryFiles: registryFiles({ places }),
      timelineFile: { path: 'content/timeline.yml', text: '- date: 2019-04-05\n  event: Fighting.\n  article: uses-tripoli\n' },
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === registryPath('places'))).toBe(true);
  });
});
