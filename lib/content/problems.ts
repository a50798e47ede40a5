/**
 * A problem found in content, addressed to an editor: where it is, what is
 * wrong, and how to fix it. Errors stop publication; warnings do not.
 */
export type ContentProblem = {
  /** Path relative to the project root, e.g. `content/articles/foo.md`. */
  file: string;
  line?: number;
  /** Front-matter path such as `sources[1].date`, when the problem is in a field. */
  field?: string;
  /** What is wrong and what was expected. */
  message: string;
  /** How to fix it, including a "did you mean" where one applies. */
  fix?: string;
  severity: 'error' | 'warning';
};

export function isError(problem: ContentProblem): boolean {
  return problem.severity === 'error';
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** `content/articles/foo.md:4: published: message Fix: ...` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : '';
  const label = problem.severity === 'warning' ? ' warning:' : '';
  const fix = problem.fix ? `\n      fix: ${problem.fix}` : '';
  return `${where}:${label}${field} ${problem.message}${fix}`;
}

/** All problems, grouped by file (files in name order, problems by line). */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of [...problems].sort(compareProblems)) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  return [...byFile.entries()]
    .map(([file, list]) => `${file}\n${list.map((p) => `  ${formatProblem(p)}`).join('\n')}`)
    .join('\n\n');
}

export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** Thrown when content has errors: nothing is published until all are fixed. */
export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Content has errors, so nothing was published (${summarizeProblems(problems)}):\n\n` +
        `${formatProblems(problems)}\n\nRun \`npm run check\` to see this list again.`,
    );
    this.name = 'ContentError';
    // Not enumerable: Next prints errors with util.inspect, and the message
    // already lists every problem readably.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
  }
}
