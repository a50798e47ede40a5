import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, parseCalendarDate, parseDateTime } from '../dates';
import { singular, type DeclaredKeys, type RegistryKind } from './registries';
import { didYouMean } from './suggest';
import { MAX_LIST_ITEMS, TEXT_LIMITS, limitedList, textField } from './text-field';
import type { FieldHelp } from './zod-problems';
import { perDeclaredKeys } from './per-declared-keys';

export const FIGURE_METRICS = [
  'killed',
  'wounded',
  'casualties',
  'displaced',
  'detained',
  'fighters',
  'bodies-found',
  'oil-output',
  'money-lost',
  'votes',
  'other',
] as const;
export const FIGURE_QUALIFIERS = ['at least', 'more than', 'about', 'up to'] as const;

/** What each front-matter field holds, for error messages and the editors' guide. */
export const ARTICLE_FIELD_HELP: Record<string, FieldHelp> = {
  title: { expected: 'the headline as text', example: 'title: "Hifter\'s forces seize Gharyan"' },
  dek: { expected: 'a one-sentence standfirst', example: 'dek: "The UN chief leaves Libya without a truce."' },
  published: {
    expected: 'a date-time such as 2019-04-05T21:40 (Libya time) or 2019-04-05T19:40Z',
    example: 'published: 2019-04-05T21:40',
  },
  updated: { expected: 'a date-time after `published`', example: 'updated: 2019-04-06T09:15' },
  authors: { expected: 'a list of keys from content/authors.yml', example: 'authors: [conflict-desk]' },
  dateline: { expected: 'one key from content/places.yml', example: 'dateline: tripoli' },
  places: { expected: 'a list of keys from content/places.yml', example: 'places: [tripoli, gharyan]' },
  people: { expected: 'a list of keys from content/people.yml', example: 'people: [khalifa-hifter]' },
  topics: { expected: 'a list of keys from content/topics.yml', example: 'topics: [tripoli-offensive]' },
  sources: {
    expected: 'a list of the reports the article rests on (publisher, optional title, date and url)',
    example: 'sources:\n        - publisher: The Washington Post\n          date: 2019-04-05',
  },
  'sources.publisher': { expected: 'the publisher as text', example: 'publisher: Reuters' },
  'sources.title': { expected: "the report's title as text", example: 'title: "Libya\'s GNA says it regains control"' },
  'sources.date': { expected: 'a date such as 2019-04-05', example: 'date: 2019-04-05' },
  'sources.url': { expected: 'a full web address starting with https://', example: 'url: https://press.un.org/en/2019/sgt3252.doc.htm' },
  image: { expected: 'src, alt, credit and an optional caption', example: 'image:\n        src: /images/tripoli.jpg\n        alt: Smoke over southern Tripoli\n        credit: Photographer / Agency' },
  'image.src': { expected: 'a path under public/, starting with /', example: 'src: /images/tripoli.jpg' },
  'image.alt': { expected: 'a text description of the image for readers who cannot see it', example: 'alt: Smoke rises over southern Tripoli' },
  'image.caption': { expected: 'text', example: 'caption: Smoke over Ain Zara on April 8.' },
  'image.credit': { expected: 'who took or owns the image', example: 'credit: Jane Doe / Conflict Desk' },
  figures: { expected: 'a list of reported numbers', example: 'figures:\n        - metric: killed\n          value: 25\n          as_of: 2019-04-08\n          scope: fighters and civilians south of Tripoli\n          reported_by: Tripoli health ministry, via Reuters' },
  'figures.metric': { expected: `one of: ${FIGURE_METRICS.join(', ')}`, example: 'metric: displaced' },
  'figures.value': { expected: 'a number without commas or words', example: 'value: 2800' },
  'figures.qualifier': { expected: `one of: ${FIGURE_QUALIFIERS.join(', ')}`, example: 'qualifier: at least' },
  'figures.unit': { expected: 'what the number counts in, if not people', example: 'unit: barrels a day' },
  'figures.as_of': { expected: 'the date the figure refers to, such as 2019-04-08', example: 'as_of: 2019-04-08' },
  'figures.scope': { expected: 'what exactly is counted, as text', example: 'scope: civilians displaced around Tripoli' },
  'figures.reported_by': { expected: 'who reported the number', example: 'reported_by: UN humanitarian office (OCHA)' },
  corrections: { expected: 'a list of dated corrections', example: 'corrections:\n        - date: 2019-04-09\n          text: An earlier version misstated the date Gharyan fell.' },
  'corrections.date': { expected: 'a date such as 2019-04-09 or a date-time', example: 'date: 2019-04-09' },
  'corrections.text': { expected: 'what was corrected, as text', example: 'text: An earlier version misspelled Gharyan.' },
  aliases: { expected: 'a list of old paths starting with /', example: 'aliases: [/articles/old-slug]' },
  draft: { expected: 'true or false', example: 'draft: true' },
  withdrawn: {
    expected: 'the day the story was withdrawn and why, for readers',
    example: 'withdrawn:\n        date: 2020-01-10\n        reason: The story relied on a document we could not verify.',
  },
  'withdrawn.date': { expected: 'a date such as 2020-01-10', example: 'date: 2020-01-10' },
  'withdrawn.reason': { expected: 'why the story was withdrawn, as text readers will see', example: 'reason: The story relied on a document we could not verify.' },
};

const line = textField(TEXT_LIMITS.line);
export const paragraph = textField(TEXT_LIMITS.paragraph);

export function dateTimeField(what: string) {
  return z.string().transform((value, ctx) => {
    const date = parseDateTime(value);
    if (date) return date;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a valid date-time for ${what}. Expected a date and time such as 2019-04-05T21:40 (Libya time), or with an offset such as 2019-04-05T19:40Z.`,
      params: { fix: `Write ${what}: 2019-04-05T21:40 (a real calendar date between ${MIN_YEAR} and ${MAX_YEAR}, 24-hour time, any offset between -14:00 and +14:00).` },
    });
    return z.NEVER;
  });
}

/** A calendar date; a full date-time is accepted too. */
const calendarDate = z.string().transform((value, ctx) => {
  const date = parseCalendarDate(value) ?? parseDateTime(value);
  if (date) return date;
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not a valid date. Expected a date such as 2019-04-05.`,
    params: { fix: `Write the date as YYYY-MM-DD with a year between ${MIN_YEAR} and ${MAX_YEAR}, for example 2019-04-05.` },
  });
  return z.NEVER;
});

/** The issue for a key its registry does not declare (none when the registry is unreadable). */
function unknownKeyIssue(known: DeclaredKeys, kind: RegistryKind, key: string, path: (string | number)[] = []) {
  const declared = known[kind];
  if (!declared || declared.has(key)) return undefined;
  return {
    code: 'custom' as const,
    path,
    message: `Unknown ${singular(kind)} "${key}": it is not in content/${kind}.yml.`,
    params: { fix: didYouMean(key, declared) || `Add "${key}" to content/${kind}.yml, or use an existing key.` },
  };
}

/** Accepts one key or a list of keys, and checks each against its registry and that none is listed twice. */
export function registryKeys(known: DeclaredKeys, kind: RegistryKind) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    limitedList(z.string()).superRefine((keys, ctx) => {
      keys.forEach((key, index) => {
        const issue = unknownKeyIssue(known, kind, key, [index]) ?? repeatedKeyIssue(keys, key, index);
        if (issue) ctx.addIssue(issue);
      });
    }),
  );
}

function repeatedKeyIssue(keys: readonly string[], key: string, index: number) {
  if (keys.indexOf(key) === index) return undefined;
  return {
    code: 'custom' as const,
    path: [index],
    message: `"${key}" is listed twice.`,
    params: { fix: `Remove the second "${key}".` },
  };
}

export function registryKey(known: DeclaredKeys, kind: RegistryKind) {
  return z.string().superRefine((key, ctx) => {
    const issue = unknownKeyIssue(known, kind, key);
    if (issue) ctx.addIssue(issue);
  });
}

/** Only https: a source link must not be readable or rewritable on the way to the reader. */
export const httpsUrl = z.url({ protocol: /^https$/ });

export const source = z.strictObject({
  publisher: line,
  title: line.optional(),
  date: calendarDate.optional(),
  url: httpsUrl.optional(),
});

/** A story's `sources`: at least one. Its page reads them again from its file (article-body.ts). */
export const sourceList = limitedList(source).min(1);

export const image = z.strictObject({
  src: z.string().regex(/^\/[^\s]+$/).max(TEXT_LIMITS.line),
  alt: paragraph,
  caption: paragraph.optional(),
  credit: line,
});

export const figure = z.strictObject({
  metric: z.enum(FIGURE_METRICS),
  value: z.number().nonnegative(),
  qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
  unit: line.optional(),
  as_of: calendarDate,
  scope: paragraph,
  reported_by: line,
});

export const correction = z.strictObject({ date: calendarDate, text: paragraph });

/** A published story taken down with a public note: its address says so, and the corrections log keeps it. */
export const withdrawal = z.strictObject({ date: calendarDate, reason: paragraph });

const alias = z.string().regex(/^\/[A-Za-z0-9\-._~%/]*$/).max(TEXT_LIMITS.line);

/** The front-matter contract. Registry keys are checked against `known`. */
export const articleSchema = perDeclaredKeys(buildArticleSchema);

function buildArticleSchema(known: DeclaredKeys) {
  return z
    .strictObject({
      title: textField(TEXT_LIMITS.title),
      dek: textField(TEXT_LIMITS.dek),
      published: dateTimeField('published'),
      updated: dateTimeField('updated').optional(),
      authors: registryKeys(known, 'authors').pipe(z.array(z.string()).min(1).max(MAX_LIST_ITEMS)),
      dateline: registryKey(known, 'places').optional(),
      places: registryKeys(known, 'places').default([]),
      people: registryKeys(known, 'people').default([]),
      topics: registryKeys(known, 'topics').default([]),
      sources: sourceList,
      image: image.optional(),
      figures: limitedList(figure).default([]),
      corrections: limitedList(correction).default([]),
      aliases: limitedList(alias).default([]),
      draft: z.boolean().default(false),
      withdrawn: withdrawal.optional(),
    })
    .superRefine((fm, ctx) => {
      if (fm.updated && fm.updated < fm.published) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: '`updated` is earlier than `published`.',
          params: { fix: 'Set `updated` to the time of the latest change, after `published`, or remove it.' },
        });
      }
    });
}

export type FrontMatter = z.output<ReturnType<typeof articleSchema>>;
