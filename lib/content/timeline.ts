import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, libyaDayKey, parseCalendarDate } from '../dates';
import { houseStyleProblems, type VariantSpelling } from './house-style';
import type { ContentProblem } from './problems';
import { didYouMean } from './suggest';
import { TEXT_LIMITS, textField } from './text-field';
import { parseYaml } from './yaml';
import { formatFieldPath, issuesToProblems, type FieldHelp } from './zod-problems';
import { wrongScriptProblem } from './script-check';

export type TimelineEvent = { date: Date; event: string; event_ar?: string; article: string };

/** What the timeline checks read of the article an event links to. */
export type TimelineArticle = { published: Date; draft: boolean };

const HELP: Record<string, FieldHelp> = {
  date: { expected: 'the date of the event, such as 2019-04-04', example: 'date: 2019-04-04' },
  event: { expected: 'one sentence saying what happened', example: 'event: Hifter orders the LNA to advance on Tripoli.' },
  event_ar: { expected: 'the event in one Arabic sentence', example: 'event_ar: حفتر يأمر قواته بالتقدم نحو طرابلس.' },
  article: { expected: 'the file name (without .md) of the article covering it', example: 'article: gna-retakes-gharyan' },
};

const eventSchema = z.strictObject({
  date: z.string().transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (date) return date;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a valid date. Expected a date such as 2019-04-04.`,
      params: { fix: `Write the date as YYYY-MM-DD with a year between ${MIN_YEAR} and ${MAX_YEAR}, for example 2019-04-04.` },
    });
    return z.NEVER;
  }),
  event: textField(TEXT_LIMITS.paragraph),
  /** The event in Arabic, for the Arabic timeline. */
  event_ar: textField(TEXT_LIMITS.paragraph).optional(),
  article: z.string().min(1),
});

/**
 * Parses `content/timeline.yml`, a list of key events, each linked to the
 * article that covers it. The file is optional (no file, no timeline), but
 * every event in it must name an existing article that was published on or after the event's
 * day (Libya time), and its English text is held to the house style as an article's is.
 */
export function parseTimeline(
  file: string,
  source: string | undefined | null,
  articles: ReadonlyMap<string, TimelineArticle>,
  spellings: readonly VariantSpelling[] = [],
): { events: TimelineEvent[]; problems: ContentProblem[] } {
  // No file, or one the reader could not use (and reported).
  if (source === undefined || source === null) return { events: [], problems: [] };
  const yaml = parseYaml(source, file);
  const problems = [...yaml.problems];
  const data = yaml.data ?? [];
  if (yaml.problems.length === 0 && !Array.isArray(data)) {
    problems.push({
      file,
      line: 1,
      message: 'Expected a list of events.',
      fix: 'Start each event with "- date: ...", then "event: ..." and "article: ..." indented under it.',
      severity: 'error',
    });
    return { events: [], problems };
  }
  const events: TimelineEvent[] = [];
  (data as unknown[]).forEach((item, index) => {
    const result = eventSchema.safeParse(item, { reportInput: true });
    if (!result.success) {
      problems.push(
        ...issuesToProblems(result.error.issues, { file, lineOf: yaml.lineOf, prefix: [index], schema: eventSchema, help: HELP }),
      );
      return;
    }
    const article = articles.get(result.data.article);
    if (!article) {
      problems.push({
        file,
        line: yaml.lineOf([index, 'article']),
        field: formatFieldPath([index, 'article']),
        message: `No valid article "${result.data.article}" in content/articles (the file is missing, or has errors of its own).`,
        fix: didYouMean(result.data.article, articles.keys()) || 'Use the file name of an article, without .md.',
        severity: 'error',
      });
      return;
    }
    // Each edition's text in its own script (decision 0015): shown as it is on /libya/timeline and /ar/libya/timeline.
    const wrongScript = [
      wrongScriptProblem(file, formatFieldPath([index, 'event']), yaml.lineOf([index, 'event']), result.data.event, 'latin', 'warning'),
      result.data.event_ar === undefined ? undefined : wrongScriptProblem(file, formatFieldPath([index, 'event_ar']), yaml.lineOf([index, 'event_ar']), result.data.event_ar, 'arabic', 'warning'),
    ];
    for (const problem of wrongScript) if (problem) problems.push(problem);
    const eventField = formatFieldPath([index, 'event']);
    problems.push(...houseStyleProblems(file, [{ text: result.data.event, line: yaml.lineOf([index, 'event']), field: eventField }], spellings));
    const eventDay = libyaDayKey(result.data.date);
    const publishedDay = libyaDayKey(article.published);
    if (eventDay > publishedDay) {
      problems.push({
        file,
        line: yaml.lineOf([index, 'date']),
        field: formatFieldPath([index, 'date']),
        message: `The event is dated ${eventDay}, after "${result.data.article}" was published (${publishedDay}, Libya time): a story cannot cover what had not happened yet.`,
        fix: 'Correct the date, or link the event to the story that reported it.',
        // A draft's publication time is provisional.
        severity: article.draft ? 'warning' : 'error',
      });
    }
    events.push(result.data);
  });
  events.sort((a, b) => a.date.getTime() - b.date.getTime());
  return { events, problems };
}
