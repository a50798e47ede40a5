import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../lib/content/front-matter';

const FILE = 'content/articles/story.md';
const SIMPLE = '---\ntitle: Hello\ndek: World\n---\nFirst paragraph.\n\nSecond paragraph.\n';

describe('parseSource: splitting front matter and body', () => {
  it('returns the front-matter data and the Markdown body', () => {
    const source = parseSource(SIMPLE, FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'Hello', dek: 'World' });
    expect(source.body).toBe('First paragraph.\n\nSecond paragraph.\n');
  });

  it('gives the file line on which the body starts', () => {
    expect(parseSource(SIMPLE, FILE).bodyStartLine).toBe(5);
    expect(parseSource('---\na: 1\nb: 2\nc: 3\n---\nBody\n', FILE).bodyStartLine).toBe(6);
  });

  it('gives file lines for front-matter fields (line 1 is the opening ---)', () => {
    const { lineOf } = parseSource('---\ntitle: Hello\nsources:\n  - publisher: Reuters\n    date: 2019-04-05\n---\nBody\n', FILE);
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['sources', 0, 'publisher'])).toBe(4);
    expect(lineOf(['sources', 0, 'date'])).toBe(5);
  });

  it('accepts "---yaml" as the opening line', () => {
    const source = parseSource('---yaml\ntitle: Hello\n---\nBody\n', FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'Hello' });
  });

  it('accepts trailing spaces after the closing ---', () => {
    const source = parseSource('---\ntitle: Hello\n---   \nBody\n', FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'Hello' });
    expect(source.body.trim()).toBe('Body');
  });

  it('keeps a Markdown horizontal rule in the body', () => {
    const source = parseSource('---\ntitle: Hello\n---\nAbove\n\n---\n\nBelow\n', FILE);
    expect(source.data).toEqual({ title: 'Hello' });
    expect(source.body).toContain('Above');
    expect(source.body).toContain('Below');
  });

  it('gives an empty body when the file ends after the front matter', () => {
    const source = parseSource('---\ntitle: Hello\n---\n', FILE);
    expect(source.problems).toEqual([]);
    expect(source.body.trim()).toBe('');
  });

  it('reads empty front matter as no fields', () => {
    const source = parseSource('---\n---\nBody\n', FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({});
    expect(source.body).toBe('Body\n');
    expect(source.bodyStartLine).toBe(3);
  });

  it('returns a list as data when the front matter is a YAML list (the caller rejects it)', () => {
    const source = parseSource('---\n- a\n- b\n---\nBody\n', FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual(['a', 'b']);
  });
});

describe('parseSource: byte-order mark and Windows line endings', () => {
  it('ignores a byte-order mark', () => {
    const source = parseSource(`\uFEFF${SIMPLE}`, FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'Hello', dek: 'World' });
  });

  it('accepts CRLF line endings and returns the body with \\n', () => {
    const source = parseSource(SIMPLE.replace(/\n/g, '\r\n'), FILE);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'Hello', dek: 'World' });
    expect(source.body).toBe('First paragraph.\n\nSecond paragraph.\n');
    expect(source.body).not.toContain('\r');
  });

  it('keeps the same line numbers with a BOM and CRLF', () => {
    const source = parseSource(`\uFEFF${SIMPLE}`.replace(/\n/g, '\r\n'), FILE);
    expect(source.lineOf(['dek'])).toBe(3);
    expect(source.bodyStartLine).toBe(5);
  });

  it('accepts old Mac (CR only) line endings', () => {
    expect(parseSource(SIMPLE.replace(/\n/g, '\r'), FILE).data).toEqual({ title: 'Hello', dek: 'World' });
  });

  it('does not keep \\r in front-matter values', () => {
    expect(parseSource('---\r\ntitle: Hello\r\n---\r\n', FILE).data).toEqual({ title: 'Hello' });
  });
});

describe('parseSource: files that are refused', () => {
  const failed = (text: string) => {
    const source = parseSource(text, FILE);
    expect(source.data).toBeUndefined();
    expect(source.body).toBe('');
    expect(source.lineOf(['title'])).toBeUndefined();
    expect(source.problems).toHaveLength(1);
    return source.problems[0]!;
  };

  it('reports a file without front matter on line 1', () => {
    expect(failed('Just some text.\n')).toEqual({
      file: FILE,
      line: 1,
      message: 'The file does not start with front matter.',
      fix: expect.stringContaining('Make the first line exactly "---"'),
      severity: 'error',
    });
  });

  it('reports an empty file as having no front matter', () => {
    expect(failed('').message).toBe('The file does not start with front matter.');
  });

  it('requires the front matter at the very start of the file', () => {
    expect(failed('\n---\ntitle: x\n---\n').message).toBe('The file does not start with front matter.');
  });

  it('reports front matter that is never closed', () => {
    expect(failed('---\ntitle: Hello\n\nBody text\n')).toEqual({
      file: FILE,
      line: 1,
      message: 'The front matter is never closed.',
      fix: expect.stringContaining('Add a line containing only "---"'),
      severity: 'error',
    });
  });

  it.each(['js', 'json', 'javascript', 'toml', 'coffee'])('refuses ---%s front matter', (language) => {
    const problem = failed(`---${language}\n{"title": "x"}\n---\nBody\n`);
    expect(problem).toMatchObject({ line: 1, message: `The front matter must be YAML ("${language}" front matter is not accepted).` });
    expect(problem.fix).toBe('Make the first line exactly "---", with nothing after the dashes.');
  });

  it('refuses ---js even when it contains code that would run', () => {
    const problem = failed('---js\n{ title: (() => { globalThis.__ran = true; return "x" })() }\n---\n');
    expect(problem.message).toContain('"js" front matter is not accepted');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('reports a YAML syntax error on its file line, with no data', () => {
    const source = parseSource('---\ntitle: Hello\ndek: [unclosed\n---\nBody\n', FILE);
    expect(source.data).toBeUndefined();
    expect(source.problems).toHaveLength(1);
    const problem = source.problems[0]!;
    expect(problem.file).toBe(FILE);
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/^YAML syntax error: /);
  });

  it('reports a duplicate key on the line of the second occurrence', () => {
    const source = parseSource('---\ntitle: A\ndek: B\ntitle: C\n---\nBody\n', FILE);
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      expect.objectContaining({ line: 4, message: 'YAML syntax error: Map keys must be unique.', severity: 'error' }),
    ]);
  });
});

describe('parseSource: gray-matter caching trap', () => {
  const BROKEN = '---\ntitle: Hello\ndek: [unclosed\n---\nBody\n';

  it('reports the same error every time the same broken text is parsed', () => {
    const first = parseSource(BROKEN, FILE);
    const second = parseSource(BROKEN, FILE);
    expect(first.problems).toHaveLength(1);
    expect(second.problems).toEqual(first.problems);
    expect(second.data).toBeUndefined();
  });

  it('reports the right file each time the same text is parsed for different files', () => {
    expect(parseSource(BROKEN, 'content/articles/a.md').problems[0]!.file).toBe('content/articles/a.md');
    expect(parseSource(BROKEN, 'content/articles/b.md').problems[0]!.file).toBe('content/articles/b.md');
  });

  it('returns fresh data for the same valid text, not a shared object', () => {
    const first = parseSource(SIMPLE, FILE);
    (first.data as Record<string, unknown>).title = 'Mutated';
    expect(parseSource(SIMPLE, FILE).data).toEqual({ title: 'Hello', dek: 'World' });
  });
});
