/** Words a reader gets through in a minute of news prose. */
export const WORDS_PER_MINUTE = 230;

/** Counts words in Markdown, ignoring link targets and formatting marks. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/\]\([^)]*\)/g, ']') // link and image targets
    .replace(/<[^>]+>/g, ' '); // stray HTML tags
  return prose.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
