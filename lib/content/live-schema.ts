import { z } from 'zod';
import { ARTICLE_FIELD_HELP, correction, dateTimeField, figure, registryKeys, source } from './article-schema';
import { TEXT_LIMITS, limitedList, textField } from './text-field';
import type { DeclaredKeys } from './registries';
import type { FieldHelp } from './zod-problems';
import { perDeclaredKeys } from './per-declared-keys';

export const LIVE_STATUSES = ['live', 'ended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

/** What each field of a live page's front matter holds (article fields keep their help). */
export const LIVE_FIELD_HELP: Record<string, FieldHelp> = {
  ...ARTICLE_FIELD_HELP,
  summary: {
    expected: 'a short "What we know" summary in Markdown, usually a list',
    example: 'summary: |\n        - Hifter ordered his forces to advance on Tripoli on Thursday.\n        - The UN says more than 2,800 people have fled.',
  },
  status: { expected: 'live or ended', example: 'status: live' },
  published: {
    expected: 'the time coverage started, such as 2019-04-04T09:00 (Libya time)',
    example: 'published: 2019-04-04T09:00',
  },
};

/** What each attribute of an entry holds (the lines between its heading and its text). */
export const LIVE_ENTRY_HELP: Record<string, FieldHelp> = {
  key: { expected: 'true or false: list this entry under "Key events"', example: 'key: true' },
  pinned: { expected: 'true or false: show this entry first (one entry at most)', example: 'pinned: true' },
  sources: ARTICLE_FIELD_HELP.sources!,
  'sources.publisher': ARTICLE_FIELD_HELP['sources.publisher']!,
  'sources.title': ARTICLE_FIELD_HELP['sources.title']!,
  'sources.date': ARTICLE_FIELD_HELP['sources.date']!,
  'sources.url': ARTICLE_FIELD_HELP['sources.url']!,
};

/** The front matter of `content/live/<slug>.md`: an article's fields (corrections too), plus a summary and a status. */
export const liveSchema = perDeclaredKeys(buildLiveSchema);

function buildLiveSchema(known: DeclaredKeys) {
  return z.strictObject({
    title: textField(TEXT_LIMITS.title),
    dek: textField(TEXT_LIMITS.dek),
    summary: textField(TEXT_LIMITS.summary),
    published: dateTimeField('published'),
    status: z.enum(LIVE_STATUSES),
    authors: registryKeys(known, 'authors').pipe(z.array(z.string()).min(1)),
    places: registryKeys(known, 'places').default([]),
    people: registryKeys(known, 'people').default([]),
    topics: registryKeys(known, 'topics').default([]),
    sources: limitedList(source).default([]),
    figures: limitedList(figure).default([]),
    corrections: limitedList(correction).default([]),
    draft: z.boolean().default(false),
  });
}

export type LiveFrontMatter = z.output<ReturnType<typeof liveSchema>>;

/** The attributes of one entry: every entry names its own sources. */
export const liveEntrySchema = z.strictObject({
  key: z.boolean().default(false),
  pinned: z.boolean().default(false),
  sources: limitedList(source).min(1),
});

export type LiveEntryAttributes = z.output<typeof liveEntrySchema>;
