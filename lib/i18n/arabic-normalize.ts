/**
 * Arabic search text: the spellings a reader may type for the same word
 * fold into one, so that a query matches however the story spelled it.
 * Search only: never show this output to readers (it drops hamzas, taa
 * marbuta and vowel marks).
 *
 * SQLite's `unicode61` tokenizer does none of this for Arabic: it treats
 * every vowel mark (fatha, damma, shadda...) as a word separator, so
 * "طَرَابُلُس" is indexed as ط / ر / اب / ل / س, keeps tatweel inside words,
 * and folds neither alef forms nor Arabic-Indic digits (its
 * remove_diacritics covers Latin only). Index and query the output of
 * these functions instead.
 */

/** Arabic presentation forms A and B (ﻃﺮﺍﺑﻠﺲ, ﻻ, ﷲ): NFKC turns them into ordinary letters. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/g;

/**
 * Marks that are not letters: Quranic honorifics (U+0610–061A), harakat,
 * tanween, shadda, sukun, maddah and hamza above/below (U+064B–065F), the
 * superscript alef (U+0670), high hamza (U+0674), Quranic annotation signs (U+06D6–06ED),
 * extended-Arabic marks (U+0898–089F, U+08CA–08FF) and tatweel (U+0640).
 * A hamza written as a combining mark (ا + U+0654) goes with them, which
 * is what folding the precomposed أ gives.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u0674\u06D6-\u06ED\u0898-\u089F\u08CA-\u08FF]/g;

/** Invisible format characters (ZWNJ, ZWJ, bidi marks and isolates, soft hyphen, BOM, ALM). */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * One letter for another, all one code unit to one code unit:
 * - alef with hamza above/below, madda, wasla (and rarer hamza alefs) → bare alef ا
 * - hamza on waw ؤ → و, hamza on yeh ئ → ي (readers often type the seat without the hamza)
 * - alef maqsura ى and Persian yeh ی → ي; taa marbuta ة and heh with yeh above ۀ → ه
 * - Persian keheh ک → ك
 * - Arabic-Indic digits ٠–٩ and Persian digits ۰–۹ → 0–9; Arabic ٫ ٬ ٪ → . , %
 */
const FOLD: Record<string, string> = {
  '\u0622': 'ا', // آ
  '\u0623': 'ا', // أ
  '\u0625': 'ا', // إ
  '\u0671': 'ا', // ٱ
  '\u0672': 'ا', // ٲ
  '\u0673': 'ا', // ٳ
  '\u0675': 'ا', // ٵ
  '\u0624': 'و', // ؤ
  '\u0676': 'و', // ٶ
  '\u0677': 'ۇ', // ٷ
  '\u0626': 'ي', // ئ
  '\u0678': 'ي', // ٸ
  '\u0649': 'ي', // ى
  '\u06CC': 'ي', // ی
  '\u0629': 'ه', // ة
  '\u06C0': 'ه', // ۀ
  // The other letters that are a letter and a combining hamza (NFC): folded like the hamza mark.
  '\u06C2': '\u06C1', // ۂ → ہ
  '\u06D3': '\u06D2', // ۓ → ے
  '\u06A9': 'ك', // ک
  '\u066B': '.',
  '\u066C': ',',
  '\u066A': '%',
};
for (let digit = 0; digit <= 9; digit++) {
  FOLD[String.fromCharCode(0x0660 + digit)] = String(digit);
  FOLD[String.fromCharCode(0x06f0 + digit)] = String(digit);
}
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * Search form of a text: Arabic vowel marks, tatweel and invisible format
 * characters removed; alef forms, hamza seats, taa marbuta and alef
 * maqsura folded; Arabic-Indic digits made 0–9; presentation forms made
 * ordinary letters (NFKC, applied to them only); everything lower-cased
 * (İ → i). Latin text is otherwise left as it is (FTS5's unicode61 folds
 * its accents). Idempotent; never longer than the input unless the input
 * has presentation-form ligatures (ﻻ → لا).
 */
export function normalizeArabic(text: string): string {
  return text
    .replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .replace(ARABIC_MARKS, '')
    .replace(FORMAT_CHARACTERS, '')
    .replace(FOLDABLE, (letter) => FOLD[letter]!)
    .replace(/\u0130/g, 'i')
    .toLowerCase();
}

/** Letters and digits, with any combining (Latin) accents that follow. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Normalized words of a text, in order (no prefixes removed). */
export function arabicSearchTokens(text: string): string[] {
  return normalizeArabic(text).match(WORD) ?? [];
}

/**
 * Proclitics written joined to the next word. The definite article with
 * what may come before it (ال، وال، فال، بال، كال، وبال، لل...) leaves at
 * least 2 letters; and, in, for (و، ب، ل, and وب، ول) leave at least 3.
 * فـ and كـ alone are left: كبير would become بير ("well", as in بئر الغنم).
 */
const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)(?=\p{L}{2})/u;
const CLITIC = /^(?:و[بل]?|[بل])(?=\p{L}{3})/u;

/**
 * A normalized word without its joined proclitic: "بطرابلس" → "طرابلس",
 * "والحكومه" → "حكومه", "الوفاق" → "وفاق". A word without one is returned
 * as it is. One layer only, and only by spelling: "وزير" → "زير", "ليبيا"
 * → "يبيا". That is harmless because the index and the query are treated
 * alike (both keep the whole word too: see arabicIndexText).
 */
export function arabicStem(word: string): string {
  const article = ARTICLE.exec(word);
  if (article) return word.slice(article[0].length);
  const clitic = CLITIC.exec(word);
  return clitic ? word.slice(clitic[0].length) : word;
}

/**
 * The text to store in an FTS5 column for Arabic search: normalized words
 * separated by spaces, each word with a proclitic followed by its stem
 * ("في بطرابلس" → "في بطرابلس طرابلس"). Query each normalized query word
 * as ("word" OR "stem"): a story saying بطرابلس, لطرابلس or طرابلس then
 * matches طرابلس, and الوفاق matches وفاق. Phrase queries across a stem
 * would see the extra word; the site searches words, not phrases.
 */
export function arabicIndexText(text: string): string {
  return arabicSearchTokens(text)
    .map((word) => {
      const stem = arabicStem(word);
      return stem === word ? word : `${word} ${stem}`;
    })
    .join(' ');
}

/**
 * Words of the ORIGINAL text with where they are, each with its search
 * form: for highlighting matches in the text readers see (vowelled,
 * hamzas kept), since the index holds only the folded form.
 */
export function arabicWordsWithPositions(text: string): { word: string; start: number; end: number }[] {
  // A word may carry marks and tatweel inside it (طَرَابُلُس، بـ«...»): \p{M} and U+0640 do not end it.
  const pattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*/gu;
  return [...text.matchAll(pattern)].flatMap((m) =>
    arabicSearchTokens(m[0]).map((word) => ({ word, start: m.index, end: m.index + m[0].length })),
  );
}
