import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../lib/content/yaml';

const NESTED = ['a:', '  b:', '    - x', '    - y: 1', 'c: 2', ''].join('\n');

describe('parseYaml: data', () => {
  it('returns plain data', () => {
    expect(parseYaml('title: Hello\nlist: [a, b]\nn: 3\n', 'f.yml').data).toEqual({ title: 'Hello', list: ['a', 'b'], n: 3 });
  });

  it('keeps dates and yes/no as strings (YAML 1.2 core schema)', () => {
    const { data } = parseYaml('published: 2019-04-05T21:40\nday: 2019-04-05\nflag: yes\n', 'f.yml');
    expect(data).toEqual({ published: '2019-04-05T21:40', day: '2019-04-05', flag: 'yes' });
  });

  it('reads booleans and null', () => {
    expect(parseYaml('draft: true\nempty:\n', 'f.yml').data).toEqual({ draft: true, empty: null });
  });

  it('gives null data and no problems for an empty text', () => {
    expect(parseYaml('', 'f.yml')).toMatchObject({ data: null, problems: [] });
  });
});

describe('parseYaml: lineOf', () => {
  const { lineOf } = parseYaml(NESTED, 'f.yml');

  it('gives the line of a top-level value', () => {
    expect(lineOf(['c'])).toBe(5);
  });

  it('gives the line of nested list items and their fields', () => {
    expect(lineOf(['a', 'b', 0])).toBe(3);
    expect(lineOf(['a', 'b', 1])).toBe(4);
    expect(lineOf(['a', 'b', 1, 'y'])).toBe(4);
  });

  it('falls back to the nearest existing parent for a missing path', () => {
    expect(lineOf(['a', 'b', 1, 'missing'])).toBe(4);
    expect(lineOf(['a', 'b', 5])).toBe(lineOf(['a', 'b']));
  });

  it('falls back to the start of the document for a missing top-level field', () => {
    expect(lineOf(['nope'])).toBe(1);
    expect(lineOf(['nope', 'deeper'])).toBe(1);
    expect(lineOf([])).toBe(1);
  });

  it('shifts every line by firstLine', () => {
    const shifted = parseYaml(NESTED, 'f.yml', 10).lineOf;
    expect(shifted(['c'])).toBe(14);
    expect(shifted(['a', 'b', 1, 'y'])).toBe(13);
    expect(shifted(['nope'])).toBe(10);
  });

  it('returns undefined when the document is empty', () => {
    expect(parseYaml('', 'f.yml').lineOf(['anything'])).toBeUndefined();
  });
});

describe('parseYaml: errors', () => {
  it('reports a duplicate key on the line of the repeated key, with a specific fix', () => {
    const { data, problems } = parseYaml('title: A\ndek: B\ntitle: C\n', 'content/x.yml');
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'content/x.yml',
        line: 3,
        message: 'YAML syntax error: Map keys must be unique.',
        fix: 'Each field may appear only once here: delete or merge the repeated one.',
        severity: 'error',
      },
    ]);
  });

  it('reports tab indentation with a specific fix', () => {
    const [problem] = parseYaml('a:\n\tb: 1\n', 'f.yml').problems;
    expect(problem).toMatchObject({ line: 2, fix: 'Indent with spaces; YAML does not allow tabs.' });
    expect(problem!.message).toMatch(/^YAML syntax error: .*[Tt]ab/);
  });

  it('reports a tab as the one problem of its line, without the errors that follow from it', () => {
    for (const text of ['title: A\nsources:\n\t- name: x\n  - name: y\n', 'tags:\n  - a\n\t- b\nplaces: [a]\n']) {
      const { problems } = parseYaml(text, 'f.yml');
      expect(problems).toHaveLength(1);
      expect(problems[0]!.fix).toBe('Indent with spaces; YAML does not allow tabs.');
    }
  });

  it('keeps one syntax error for each line that has one', () => {
    const { problems } = parseYaml('a: 1\n\tb: 2\nc: 3\n\td: 4\n', 'f.yml');
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
  });

  it('reports an unclosed quote with a specific fix', () => {
    const [problem] = parseYaml('a: "open\nb: 2\n', 'f.yml').problems;
    expect(problem!.message).toContain('quote');
    expect(problem!.fix).toBe('Close the quote or bracket that was opened on this line or the one before.');
  });

  it('uses the generic fix for other syntax errors, with the line', () => {
    const [problem] = parseYaml('ok: 1\nlist: [a, b\nnext: 2\n', 'f.yml', 2).problems;
    expect(problem!.line).toBeGreaterThanOrEqual(3); // shifted by firstLine
    expect(problem!.fix).toContain('Check the indentation');
  });

  it('shifts error lines by firstLine', () => {
    const [problem] = parseYaml('title: A\ntitle: C\n', 'f.yml', 5).problems;
    expect(problem!.line).toBe(6);
  });

  it('states the message in one sentence without yaml\'s own position suffix or code excerpt', () => {
    const [problem] = parseYaml('title: A\ntitle: C\n', 'f.yml').problems;
    expect(problem!.message).not.toMatch(/line \d+, column \d+/);
    expect(problem!.message).not.toContain('\n');
    expect(problem!.message.endsWith('.')).toBe(true);
  });

  it('reports every error in the text', () => {
    const { problems } = parseYaml('a: 1\na: 2\nb: 1\nb: 2\n', 'f.yml');
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
  });
});
