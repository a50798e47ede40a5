import { oldestFirst, type Article, type Withdrawal } from './article';
import { readingMinutes } from './reading-time';
import { sourcesKey } from './sources';
import type { TranslationFrontMatter } from './translation-schema';

/** The path of an article's Arabic edition. */
export function arabicArticlePath(slug: string): string {
  return `/ar/articles/${slug}`;
}

/**
 * An article's Arabic edition: the same shape as the English `Article` (so
 * the same components render it), with the Arabic title, dek, figures,
 * image text and corrections, and the original's dates and registry
 * entries (shown by their `name_ar`). It is published exactly when the
 * original is and it is not a draft itself.
 */
export type ArabicArticle = Article & {
  lang: 'ar';
  /** The English article's path (its other-language version). */
  originalPath: string;
  /** When the translation was last brought in line with the original. */
  translated: Date;
};

/** Builds the Arabic edition of `original` from a valid translation file. */
export function buildArabicArticle(
  original: Article,
  file: string,
  fm: TranslationFrontMatter,
  wordCount: number,
  revision: string,
): ArabicArticle {
  return {
    ...original,
    lang: 'ar',
    path: arabicArticlePath(original.slug),
    originalPath: original.path,
    file,
    title: fm.title,
    dek: fm.dek,
    sourcesKey: sourcesKey(fm.sources),
    image: fm.image,
    figures: fm.figures,
    corrections: oldestFirst(fm.corrections),
    // Its old addresses are the English page's; the Arabic page has none of its own.
    aliases: [],
    draft: original.draft || fm.draft,
    withdrawn: arabicWithdrawal(original, fm),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    revision,
    translated: fm.translated,
  };
}

/**
 * What the Arabic notice of a withdrawn story says (decision 0025): the translated reason when
 * there is one, else the English one. A draft translation was never out in Arabic, so its address
 * has no notice to give.
 */
function arabicWithdrawal(original: Article, fm: TranslationFrontMatter): Withdrawal | undefined {
  if (fm.draft || !original.withdrawn) return undefined;
  return fm.withdrawn_reason ? { ...original.withdrawn, reason: fm.withdrawn_reason, reasonInArabic: true } : original.withdrawn;
}

export function isArabic(article: Article): article is ArabicArticle {
  return (article as Partial<ArabicArticle>).lang === 'ar';
}
