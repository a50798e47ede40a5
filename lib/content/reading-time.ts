/** Words a reader gets through in a minute of news prose. */
export const WORDS_PER_MINUTE = 230;

/**
 * Counts words in plain text (see markdownToPlainText). "al-Watiya",
 * "Hifter's" and "2,800" count once.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:(?:['’.-]|(?<=\d),(?=\d))[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
