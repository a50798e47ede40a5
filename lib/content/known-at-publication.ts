import { libyaDayKey } from '../dates';
import type { FrontMatter } from './article-schema';
import type { ContentProblem } from './problems';
import type { FieldPath } from './yaml';
import { formatFieldPath } from './zod-problems';

/** What this check reads from a story's file: its dates, and the line of a field. */
export type DatedStory = {
  file: string;
  fm: Pick<FrontMatter, 'published' | 'draft' | 'sources' | 'figures'>;
  lineOf: (path: FieldPath) => number | undefined;
};

/**
 * A story contains only what was known when it was published: no source
 * dated, and no figure counted (`as_of`), after its `published` time.
 * Days are compared in Libya time, so a source from the same Libya calendar
 * day is accepted whatever its hour. Errors for published articles; a
 * draft's `published` is provisional, so it only gets warnings.
 */
export function knownAtPublicationProblems({ file, fm, lineOf }: DatedStory): ContentProblem[] {
  const publishedDay = libyaDayKey(fm.published);
  const severity = fm.draft ? ('warning' as const) : ('error' as const);
  const problems: ContentProblem[] = [];
  const check = (path: FieldPath, date: Date | undefined, what: string, fix: string) => {
    if (!date) return;
    const day = libyaDayKey(date);
    if (day <= publishedDay) return;
    problems.push({
      file,
      line: lineOf(path),
      field: formatFieldPath(path),
      message: `${what} is dated ${day}, after the article was published (${publishedDay}, Libya time); a story may only contain what was known when it was published.`,
      fix,
      severity,
    });
  };
  fm.sources.forEach((source, i) =>
    check(
      ['sources', i, 'date'],
      source.date,
      `The source "${source.publisher}"`,
      'Remove the source and whatever the story takes from it (later news belongs in a new story), or correct the date if it is wrong.',
    ),
  );
  fm.figures.forEach((figure, i) =>
    check(
      ['figures', i, 'as_of'],
      figure.as_of,
      `The figure (${figure.metric}: ${figure.value})`,
      'Use the latest figure published by the story\'s own day, or correct `as_of` if it is wrong.',
    ),
  );
  return problems;
}
