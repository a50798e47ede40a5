import { describe, expect, it } from 'vitest';
import { buildContent, hasErrors, type SourceFile } from '../../../lib/content/build-content';
import { knownAtPublicationProblems } from '../../../lib/content/known-at-publication';
import { formatProblem } from '../../../lib/content/problems';
import {
  SERVER_TIME_ZONES,
  articleFile,
  lineStartingWith,
  onlyProblemIn,
  problemsIn,
  registryFiles,
  withTimeZone,
} from '../helpers';

/**
 * A story contains only what was known when it was published: `npm run
 * check` fails a source dated, or a figure counted, after `published`
 * (compared by Libya calendar day). Run as the check runs it, through
 * buildContent, plus the pure function on its own.
 */

const build = (files: SourceFile[]) => buildContent({ articleFiles: files, registryFiles: registryFiles() });
const problemsOf = (file: SourceFile) => problemsIn(build([file]).problems, file.path);
const problemOf = (file: SourceFile) => onlyProblemIn(build([file]).problems, file.path);

const SOURCE_FIX =
  'Remove the source and whatever the story takes from it (later news belongs in a new story), or correct the date if it is wrong.';
const FIGURE_FIX = "Use the latest figure published by the story's own day, or correct `as_of` if it is wrong.";

const sources = (...dates: (string | undefined)[]) =>
  dates.map((date, i) => `\n  - publisher: Outlet ${i + 1}${date ? `\n    date: ${date}` : ''}`).join('');
const figure = (asOf: string) =>
  `\n  - metric: killed\n    value: 25\n    as_of: ${asOf}\n    scope: fighters and civilians\n    reported_by: Health ministry`;

describe('sources dated after publication', () => {
  it('fails a source dated the day after, naming the field, its line and both days', () => {
    const file = articleFile('sisi-story', { published: '2020-06-20T21:15', sources: sources('2020-06-21') });
    expect(problemOf(file)).toEqual({
      file: file.path,
      line: lineStartingWith(file.text, 'date: 2020-06-21'),
      field: 'sources[0].date',
      message:
        'The source "Outlet 1" is dated 2020-06-21, after the article was published (2020-06-20, Libya time); a story may only contain what was known when it was published.',
      fix: SOURCE_FIX,
      severity: 'error',
    });
    expect(hasErrors(build([file]).problems)).toBe(true);
  });

  it('prints as file:line: field: message with a fix line, like the other checks', () => {
    const file = articleFile('sisi-story', { published: '2020-06-20T21:15', sources: sources('2020-06-21') });
    const line = lineStartingWith(file.text, 'date: 2020-06-21');
    expect(formatProblem(problemOf(file))).toBe(
      `${file.path}:${line}: sources[0].date: The source "Outlet 1" is dated 2020-06-21, after the article was published (2020-06-20, Libya time); a story may only contain what was known when it was published.\n      fix: ${SOURCE_FIX}`,
    );
  });

  it('accepts a source from the same Libya day, even one published after the story', () => {
    const file = articleFile('morning-story', { published: '2020-06-20T08:00', sources: sources('2020-06-20') });
    expect(problemsOf(file)).toEqual([]);
  });

  it('accepts earlier sources and sources without a date', () => {
    const file = articleFile('story', { published: '2020-06-20T21:15', sources: sources('2019-04-05', undefined) });
    expect(problemsOf(file)).toEqual([]);
  });

  it('compares Libya calendar days, not UTC days', () => {
    // 23:30 UTC on June 20 is 01:30 on June 21 in Libya: a June 21 source is the same day.
    const lateUtc = articleFile('late-story', { published: '2020-06-20T23:30Z', sources: sources('2020-06-21') });
    expect(problemsOf(lateUtc)).toEqual([]);
    // 21:40 UTC is 23:40 in Libya, still June 20: a June 21 source is the next day.
    const evening = articleFile('evening-story', { published: '2020-06-20T21:40Z', sources: sources('2020-06-21') });
    expect(problemOf(evening).message).toContain('after the article was published (2020-06-20, Libya time)');
  });

  it('gives the same answer whatever the server time zone', () => {
    const file = articleFile('story', { published: '2020-06-20T23:59', sources: sources('2020-06-21', '2020-06-20') });
    for (const timeZone of SERVER_TIME_ZONES) {
      const problems = withTimeZone(timeZone, () => problemsOf(file));
      expect(problems.map((p) => p.field)).toEqual(['sources[0].date']);
    }
  });

  it('reads a source date written as a date-time by its Libya day', () => {
    const file = articleFile('story', { published: '2020-06-20T21:15', sources: sources('2020-06-21T00:30') });
    expect(problemOf(file)).toMatchObject({ field: 'sources[0].date', severity: 'error' });
  });

  it('reports each late source at its own line', () => {
    const file = articleFile('story', {
      published: '2020-06-20T21:15',
      sources: sources('2020-06-19', '2020-06-22', '2020-07-01'),
    });
    expect(problemsOf(file).map((p) => [p.field, p.line])).toEqual([
      ['sources[1].date', lineStartingWith(file.text, 'date: 2020-06-22')],
      ['sources[2].date', lineStartingWith(file.text, 'date: 2020-07-01')],
    ]);
  });
});

describe('figures counted after publication', () => {
  it('fails a figure whose as_of is after the published day', () => {
    const file = articleFile('story', { published: '2019-06-27T11:30', figures: figure('2019-07-04'), sources: sources(undefined) });
    expect(problemOf(file)).toEqual({
      file: file.path,
      line: lineStartingWith(file.text, 'as_of:'),
      field: 'figures[0].as_of',
      message:
        'The figure (killed: 25) is dated 2019-07-04, after the article was published (2019-06-27, Libya time); a story may only contain what was known when it was published.',
      fix: FIGURE_FIX,
      severity: 'error',
    });
  });

  it('accepts a figure as of the published day or earlier', () => {
    const sameDay = articleFile('same-day', { published: '2019-06-27T11:30', figures: figure('2019-06-27'), sources: sources(undefined) });
    const earlier = articleFile('earlier', { published: '2019-06-27T11:30', figures: figure('2019-05-21'), sources: sources(undefined) });
    expect(problemsOf(sameDay)).toEqual([]);
    expect(problemsOf(earlier)).toEqual([]);
  });
});

describe('drafts', () => {
  it('only warns: a draft\'s published time is provisional until it goes out', () => {
    const file = articleFile('draft-story', {
      published: '2020-06-20T21:15',
      sources: sources('2020-06-21'),
      figures: figure('2020-06-22'),
      draft: 'true',
    });
    const problems = problemsOf(file);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['sources[0].date', 'warning'],
      ['figures[0].as_of', 'warning'],
    ]);
    expect(hasErrors(problems)).toBe(false);
  });
});

describe('knownAtPublicationProblems (pure)', () => {
  const published = new Date('2020-06-20T19:15:00Z'); // 21:15 in Libya
  const lineOf = () => 7;
  const file = 'content/articles/a.md';

  it('returns nothing when every date is on or before the published day', () => {
    const fm = { published, draft: false, figures: [], sources: [{ publisher: 'Reuters', date: new Date('2020-06-19T22:00:00Z') }] }; // June 20, 00:00 in Libya
    expect(knownAtPublicationProblems({ file, fm, lineOf })).toEqual([]);
  });

  it('uses the line the caller gives for the field', () => {
    const fm = { published, draft: false, figures: [], sources: [{ publisher: 'Libya Herald', date: new Date('2020-06-20T22:00:00Z') }] }; // June 21 in Libya
    expect(knownAtPublicationProblems({ file, fm, lineOf })).toEqual([
      expect.objectContaining({ file, line: 7, field: 'sources[0].date', severity: 'error' }),
    ]);
  });
});
