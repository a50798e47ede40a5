import { describe, expect, it } from 'vitest';
import {
  ContentError,
  formatProblem,
  formatProblems,
  isError,
  summarizeProblems,
  type ContentProblem,
} from '../../../lib/content/problems';

const problem = (overrides: Partial<ContentProblem> = {}): ContentProblem => ({
  file: 'content/articles/foo.md',
  message: 'Something is wrong.',
  severity: 'error',
  ...overrides,
});

describe('isError', () => {
  it('is true for errors and false for warnings', () => {
    expect(isError(problem())).toBe(true);
    expect(isError(problem({ severity: 'warning' }))).toBe(false);
  });
});

describe('formatProblem', () => {
  it('formats file:line: field: message with the fix on an indented line', () => {
    const text = formatProblem(
      problem({ line: 4, field: 'published', message: 'Bad date.', fix: 'Write a real date.' }),
    );
    expect(text).toBe('content/articles/foo.md:4: published: Bad date.\n      fix: Write a real date.');
  });

  it('leaves out the line when there is none', () => {
    expect(formatProblem(problem())).toBe('content/articles/foo.md: Something is wrong.');
  });

  it('leaves out the field when there is none', () => {
    expect(formatProblem(problem({ line: 1 }))).toBe('content/articles/foo.md:1: Something is wrong.');
  });

  it('leaves out the fix line when there is no fix', () => {
    expect(formatProblem(problem({ line: 2, field: 'title' }))).not.toContain('fix:');
  });

  it('labels warnings', () => {
    expect(formatProblem(problem({ line: 3, field: 'dek', severity: 'warning', message: 'Long.' }))).toBe(
      'content/articles/foo.md:3: warning: dek: Long.',
    );
  });

  it('does not label errors', () => {
    expect(formatProblem(problem({ line: 3 }))).not.toContain('error');
  });
});

describe('formatProblems', () => {
  it('groups problems under their file, files in name order, problems by line', () => {
    const text = formatProblems([
      problem({ file: 'content/places.yml', line: 9, message: 'P9.' }),
      problem({ file: 'content/articles/b.md', line: 7, message: 'B7.' }),
      problem({ file: 'content/articles/a.md', line: 5, message: 'A5.' }),
      problem({ file: 'content/articles/b.md', line: 2, message: 'B2.' }),
      problem({ file: 'content/places.yml', line: 3, message: 'P3.' }),
    ]);
    expect(text).toBe(
      [
        'content/articles/a.md',
        '  content/articles/a.md:5: A5.',
        '',
        'content/articles/b.md',
        '  content/articles/b.md:2: B2.',
        '  content/articles/b.md:7: B7.',
        '',
        'content/places.yml',
        '  content/places.yml:3: P3.',
        '  content/places.yml:9: P9.',
      ].join('\n'),
    );
  });

  it('lists a problem without a line before the numbered ones in its file', () => {
    const text = formatProblems([
      problem({ line: 4, message: 'Later.' }),
      problem({ message: 'Whole file.' }),
    ]);
    expect(text.indexOf('Whole file.')).toBeLessThan(text.indexOf('Later.'));
  });

  it('labels warnings among errors', () => {
    const text = formatProblems([problem({ line: 1 }), problem({ line: 2, severity: 'warning', message: 'Careful.' })]);
    expect(text).toContain('content/articles/foo.md:2: warning: Careful.');
    expect(text).toContain('content/articles/foo.md:1: Something is wrong.');
  });

  it('does not reorder the array it is given', () => {
    const list = [problem({ file: 'b' }), problem({ file: 'a' })];
    formatProblems(list);
    expect(list.map((p) => p.file)).toEqual(['b', 'a']);
  });

  it('is empty for no problems', () => {
    expect(formatProblems([])).toBe('');
  });
});

describe('summarizeProblems', () => {
  it('uses singular words for one', () => {
    expect(summarizeProblems([problem()])).toBe('1 error and 0 warnings in 1 file');
  });

  it('uses plural words for several, counting distinct files', () => {
    expect(
      summarizeProblems([
        problem({ file: 'a' }),
        problem({ file: 'a' }),
        problem({ file: 'b', severity: 'warning' }),
        problem({ file: 'c', severity: 'warning' }),
      ]),
    ).toBe('2 errors and 2 warnings in 3 files');
  });

  it('says one warning in the singular', () => {
    expect(summarizeProblems([problem({ severity: 'warning' })])).toBe('0 errors and 1 warning in 1 file');
  });

  it('handles no problems', () => {
    expect(summarizeProblems([])).toBe('0 errors and 0 warnings in 0 files');
  });
});

describe('ContentError', () => {
  const problems = [
    problem({ file: 'content/articles/a.md', line: 4, field: 'publised', message: '"publised" is not a known field.', fix: 'Did you mean "published"?' }),
    problem({ file: 'content/places.yml', line: 7, field: 'gharyan.latitude', message: 'Found "north".' }),
  ];

  it('is an Error named ContentError', () => {
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe('ContentError');
  });

  it('lists every problem, with its fix, in the message', () => {
    const { message } = new ContentError(problems);
    expect(message).toContain('Content has errors, so nothing was published (2 errors and 0 warnings in 2 files)');
    expect(message).toContain('content/articles/a.md:4: publised: "publised" is not a known field.');
    expect(message).toContain('fix: Did you mean "published"?');
    expect(message).toContain('content/places.yml:7: gharyan.latitude: Found "north".');
    expect(message).toContain('npm run check');
  });

  it('keeps the problems available but out of enumeration (so inspect output is not doubled)', () => {
    const error = new ContentError(problems);
    expect(error.problems).toBe(problems);
    expect(Object.keys(error)).not.toContain('problems');
  });
});
