/**
 * Search text normalization: case- and accent-insensitive, punctuation
 * ignored. "Salamé" → "salame", "Erdoğan" → "erdogan", "al-Watiya" →
 * ["al", "watiya"].
 */
const SPECIAL_LETTERS: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l' };

export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıßøæœđł]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** Letters and digits, with any combining accents that follow (decomposed "ğ"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Normalized words of a text, in order. */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeWord);
}

/** Words with their positions in the original text, for highlighting, each folded by `fold`. */
export function wordsWithPositions(text: string, fold: (word: string) => string = normalizeWord): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
