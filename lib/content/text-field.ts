import { z } from 'zod';

/**
 * Hard limits on what an editor can write (errors, well above the warnings
 * in checks.ts): a feed, a card or a page must never be asked to carry a
 * novel in a headline.
 */
export const TEXT_LIMITS = {
  /** Headlines (warning at 110). */
  title: 300,
  /** Standfirsts (warning at 200). */
  dek: 600,
  /** Names, publishers, credits, units: one line. */
  line: 300,
  /** Captions, descriptions, corrections, timeline events, alt text. */
  paragraph: 2000,
  /** A live page's "What we know" list. */
  summary: 4000,
} as const;

/** Most items any front-matter or registry list may hold. */
export const MAX_LIST_ITEMS = 200;

/**
 * Characters no text field may hold: C0 controls other than tab and line
 * feed (NUL, ESC, vertical tab, carriage return...), DEL and C1 controls,
 * the non-characters U+FFFE/U+FFFF, and unpaired surrogates. They are
 * invisible to editors and make feeds and sitemaps invalid XML.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Spaces and characters that show nothing (zero-width spaces, joiners, direction marks, soft hyphens...). */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

export type ForbiddenCharacter = { code: string; index: number };

/** The first forbidden character in `text` ("U+001B" and its 0-based index), if any. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { code, index: match.index };
}

/** True if `text` shows nothing: empty, or only spaces and invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

export function forbiddenCharacterMessage({ code, index }: ForbiddenCharacter): { message: string; fix: string } {
  return {
    message: `Contains an invisible control character (${code}) at character ${index + 1}; it would break the feeds and sitemaps.`,
    fix: `Delete it: retype the text around character ${index + 1} (such characters usually come from copying out of Word, a PDF or a terminal).`,
  };
}

/**
 * A text field: trimmed, not blank, no forbidden characters, at most
 * `maxLength` characters. Each failure is one issue with a fix.
 */
export function textField(maxLength: number) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const forbidden = findForbiddenCharacter(value);
      if (forbidden) {
        const { message, fix } = forbiddenCharacterMessage(forbidden);
        ctx.addIssue({ code: 'custom', message, params: { fix } });
      } else if (isBlank(value)) {
        ctx.addIssue({
          code: 'custom',
          message: value === ''
            ? 'The text is empty.'
            : 'The text is empty: it holds only spaces or invisible characters (such as zero-width spaces).',
          params: { blank: true },
        });
      } else if (value.length > maxLength) {
        ctx.addIssue({
          code: 'custom',
          message: `The text is ${value.length} characters long; the limit is ${maxLength}.`,
          params: { fix: `Shorten it to at most ${maxLength} characters.` },
        });
      }
    });
}

/** A list of at most MAX_LIST_ITEMS items. */
export function limitedList<T extends z.ZodType>(item: T) {
  return z.array(item).max(MAX_LIST_ITEMS);
}
