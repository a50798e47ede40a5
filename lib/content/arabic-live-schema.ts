import { z } from 'zod';
import { correction, dateTimeField, figure, registryKeys, source } from './article-schema';
import { TEXT_LIMITS, limitedList, textField } from './text-field';
import { LIVE_FIELD_HELP } from './live-schema';
import { KEY_PATTERN, type DeclaredKeys } from './registries';
import { TRANSLATION_FIELD_HELP } from './translation-schema';
import type { FieldHelp } from './zod-problems';
import { perDeclaredKeys } from './per-declared-keys';

/** Where Arabic live pages live, relative to the content folder. */
export const ARABIC_LIVE_FOLDER = 'ar/live';

/** What each field of an Arabic live page holds (decision 0015; docs/EDITING.md). */
export const ARABIC_LIVE_FIELD_HELP: Record<string, FieldHelp> = {
  ...LIVE_FIELD_HELP,
  ...TRANSLATION_FIELD_HELP,
  translation_of: {
    expected: "the English live page's file name without .md (the same as this file's name)",
    example: 'translation_of: battle-for-tripoli-first-days',
  },
  summary: { expected: 'the Arabic "What we know" summary in Markdown, usually a list', example: 'summary: |\n        - ...' },
};

/**
 * The front matter of `content/ar/live/<slug>.md`: the translated texts,
 * `translated`, and the keys, sources and figures copied from the English
 * page. `published` and `status` are the English page's, never its own.
 */
export const arabicLiveSchema = perDeclaredKeys(buildArabicLiveSchema);

function buildArabicLiveSchema(known: DeclaredKeys) {
  return z.strictObject({
    translation_of: z.string().regex(KEY_PATTERN),
    title: textField(TEXT_LIMITS.title),
    dek: textField(TEXT_LIMITS.dek),
    summary: textField(TEXT_LIMITS.summary),
    translated: dateTimeField('translated'),
    authors: registryKeys(known, 'authors').pipe(z.array(z.string()).min(1)),
    places: registryKeys(known, 'places').default([]),
    people: registryKeys(known, 'people').default([]),
    topics: registryKeys(known, 'topics').default([]),
    sources: limitedList(source).default([]),
    figures: limitedList(figure).default([]),
    /** The Arabic page's own corrections, as a translation has its own. */
    corrections: limitedList(correction).default([]),
    draft: z.boolean().default(false),
  });
}

export type ArabicLiveFrontMatter = z.output<ReturnType<typeof arabicLiveSchema>>;
