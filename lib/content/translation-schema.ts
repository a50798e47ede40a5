import { z } from 'zod';
import {
  ARTICLE_FIELD_HELP,
  correction,
  dateTimeField,
  figure,
  image,
  paragraph,
  registryKey,
  registryKeys,
  sourceList,
} from './article-schema';
import { KEY_PATTERN, type DeclaredKeys } from './registries';
import { MAX_LIST_ITEMS, TEXT_LIMITS, limitedList, textField } from './text-field';
import type { FieldHelp } from './zod-problems';
import { perDeclaredKeys } from './per-declared-keys';

/**
 * The front matter of an Arabic translation (docs/EDITING.md, "Translating
 * into Arabic"; decision 0015). `published`, `updated` and `aliases` are the
 * original's: a translation cannot have its own.
 */
export const TRANSLATION_FIELD_HELP: Record<string, FieldHelp> = {
  ...ARTICLE_FIELD_HELP,
  translation_of: {
    expected: "the English article's file name without .md (the same as this file's name)",
    example: 'translation_of: lna-takes-sirte',
  },
  title: { expected: 'the Arabic headline', example: 'title: "قوات حفتر تسيطر على سرت"' },
  dek: { expected: 'a one-sentence Arabic standfirst', example: 'dek: "..."' },
  translated: {
    expected: 'the Libya time the translation was last brought in line with the original, such as 2026-11-29T12:00',
    example: 'translated: 2026-11-29T12:00',
  },  withdrawn_reason: {
    expected: "the Arabic text of the reason the English story gives for its withdrawal (its `withdrawn.reason`)",
    example: 'withdrawn_reason: "اعتمدت القصة على وثيقة لم نتمكن من التحقق منها."',
  },
};

export const translationSchema = perDeclaredKeys(buildTranslationSchema);

function buildTranslationSchema(known: DeclaredKeys) {
  return z.strictObject({
    translation_of: z.string().regex(KEY_PATTERN),
    title: textField(TEXT_LIMITS.title),
    dek: textField(TEXT_LIMITS.dek),
    translated: dateTimeField('translated'),
    authors: registryKeys(known, 'authors').pipe(z.array(z.string()).min(1).max(MAX_LIST_ITEMS)),
    dateline: registryKey(known, 'places').optional(),
    places: registryKeys(known, 'places').default([]),
    people: registryKeys(known, 'people').default([]),
    topics: registryKeys(known, 'topics').default([]),
    sources: sourceList,
    image: image.optional(),
    figures: limitedList(figure).default([]),
    corrections: limitedList(correction).default([]),
    draft: z.boolean().default(false),
    // Shown on the Arabic withdrawal notice instead of the English reason (decision 0025).
    withdrawn_reason: paragraph.optional(),
  });
}

export type TranslationFrontMatter = z.output<ReturnType<typeof translationSchema>>;
