import type { FrontMatter } from './article-schema';
import type { ContentProblem } from './problems';
import type { FieldPath } from './yaml';
import { formatFieldPath } from './zod-problems';
import { REGISTRY_KINDS, type Registries, type RegistryKind } from './registries';
import { editDistance } from './suggest';

/**
 * House style in our own words (docs/STYLE.md): registry spellings of names,
 * and one way of writing dates. Text inside quotation marks is someone
 * else's words (a quote, a title) and is left as written. Pure: text in,
 * problems out.
 */

/* ------------------------------------------------------------------ */
/* Words and quotation marks                                           */
/* ------------------------------------------------------------------ */

const LETTER = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase());
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * `text` with everything that is not our own prose replaced by spaces, so
 * positions stay put: quotations ("…", “…”, and '…' / ‘…’ when they open
 * after a space and close before one, so apostrophes in "Hifter's" do not
 * count), link and image addresses, bare web addresses and inline code.
 * A quotation left open runs to the end of the text.
 */
export function ownWords(text: string): string {
  const masked = text
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/<https?:[^>]*>/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/`[^`]*`/g, blank);
  // Copied in slices, each quotation blanked whole: one string per quotation, not one per character.
  let own = '';
  let from = 0;
  let closer: string | undefined;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    if (closer === undefined) {
      if (c === '"') closer = '"';
      else if (c === '“') closer = '”';
      else if ((c === "'" || c === '‘') && !LETTER.test(masked[i - 1] ?? ' ') && LETTER.test(masked[i + 1] ?? ' ')) closer = c === "'" ? "'" : '’';
      if (closer !== undefined) {
        own += masked.slice(from, i);
        from = i;
      }
      continue;
    }
    // A single quote closes only before a non-letter: the apostrophe in "Hifter's" does not.
    if (c === closer && (closer === '"' || closer === '”' || !LETTER.test(masked[i + 1] ?? ' '))) {
      own += blank(masked.slice(from, i + 1));
      from = i + 1;
      closer = undefined;
    }
  }
  return own + (closer === undefined ? masked.slice(from) : blank(masked.slice(from)));
}

/* ------------------------------------------------------------------ */
/* Spellings                                                           */
/* ------------------------------------------------------------------ */

/** A spelling the house does not use, from a registry's `aliases`. */
export type VariantSpelling = {
  variant: string;
  /** What to write instead: the matching word of the house name, or the whole name. */
  house: string;
  /** The registry entry's display name. */
  name: string;
  registry: RegistryKind;
};

/**
 * Every registry alias that is another spelling of a name. An alias made
 * only of words of the name itself ("Hifter" for Khalifa Hifter, "Jufra"
 * for Al-Jufra air base) is a short form, not another spelling, and is
 * left alone. Longest first, so "Khalifa Haftar" wins over "Haftar".
 */
export function variantSpellings(registries: Registries): VariantSpelling[] {
  const found: VariantSpelling[] = [];
  for (const registry of REGISTRY_KINDS) {
    for (const entry of registries[registry].values()) {
      const nameWords = words(entry.name);
      const originalWords = entry.name.match(WORD) ?? [];
      for (const alias of entry.aliases) {
        const aliasWords = words(alias);
        if (aliasWords.length === 0 || aliasWords.every((word) => nameWords.includes(word))) continue;
        const house =
          aliasWords.length === 1 && originalWords.length > 0
            ? [...originalWords].sort((a, b) => editDistance(alias, a) - editDistance(alias, b))[0]!
            : entry.name;
        found.push({ variant: alias, house, name: entry.name, registry });
      }
    }
  }
  return found.sort((a, b) => b.variant.length - a.variant.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type Finding = { index: number; text: string };

type CompiledSpellings = { pattern: RegExp | undefined; byForm: Map<string, VariantSpelling> };
const compiled = new WeakMap<readonly VariantSpelling[], CompiledSpellings>();

/** One regular expression for all spellings (longest first), built once per list. */
function compile(spellings: readonly VariantSpelling[]): CompiledSpellings {
  let result = compiled.get(spellings);
  if (result) return result;
  const byForm = new Map<string, VariantSpelling>();
  for (const spelling of spellings) {
    const v = spelling.variant;
    // As written, or capitalized at the start of a sentence ("al-Sisi" → "Al-Sisi").
    for (const form of [v, v.charAt(0).toUpperCase() + v.slice(1)]) if (!byForm.has(form)) byForm.set(form, spelling);
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  result = { pattern, byForm };
  compiled.set(spellings, result);
  return result;
}

/** Variant spellings in `text` (already reduced to our own words), left to right, none overlapping. */
export function findVariantSpellings(
  text: string,
  spellings: readonly VariantSpelling[],
): (Finding & { spelling: VariantSpelling })[] {
  const { pattern, byForm } = compile(spellings);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0], spelling: byForm.get(m[0])! }));
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const ABBREVIATIONS: Record<string, string> = {
  Jan: 'January',
  Feb: 'February',
  Mar: 'March',
  Apr: 'April',
  Jun: 'June',
  Jul: 'July',
  Aug: 'August',
  Sep: 'September',
  Sept: 'September',
  Oct: 'October',
  Nov: 'November',
  Dec: 'December',
};

/**
 * How a date with a day is written. The house style is `month-day`:
 * "April 4", "April 4, 2019", "April 14-16", the month spelled out.
 */
export type DateStyle = 'month-day' | 'day-month' | 'abbreviated-month' | 'ordinal';
export const HOUSE_DATE_STYLE: DateStyle = 'month-day';

const MONTH = `(?:${MONTHS.join('|')})`;
const ABBREVIATED = `(?:${Object.keys(ABBREVIATIONS).join('|')})\\.?`;
const DAY = '\\d{1,2}';
const ORDINAL = '(?:st|nd|rd|th)';
const RANGE = `(?:\\s*[-–]\\s*${DAY}|\\s+to\\s+${DAY})`;
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
// Day first: "4 April", "4 April 2019", "14-16 April", "4th April", "12 Jan."
const DAY_FIRST = `(?<dfDay>${DAY})(?<dfOrd>${ORDINAL})?(?<dfRange>(?:\\s*[-–]\\s*${DAY}${ORDINAL}?))?\\s(?<dfMonth>${MONTH}|${ABBREVIATED})(?:,?\\s(?<dfYear>\\d{4}))?`;
// Month first: "April 4", "April 4, 2019", "April 14 to 16", "Jan. 12", "April 4th"
const MONTH_FIRST = `(?<mfMonth>${MONTH}|${ABBREVIATED})\\s(?<mfDay>${DAY})(?<mfOrd>${ORDINAL})?(?<mfRange>${RANGE})?(?:,\\s(?<mfYear>\\d{4}))?`;
const DATE_PATTERN = new RegExp(`${START}(?:${DAY_FIRST}|${MONTH_FIRST})${END}`, 'gu');

export type DateMention = Finding & { style: DateStyle; houseForm: string };

function fullMonth(written: string): string {
  const bare = written.replace(/\.$/, '');
  return (MONTHS as readonly string[]).includes(bare) ? bare : ABBREVIATIONS[bare]!;
}

/** Dates with a day in `text` (already reduced to our own words), with their style and the house form. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.groups!;
    const dayFirst = g.dfMonth !== undefined;
    const writtenMonth = (dayFirst ? g.dfMonth : g.mfMonth)!;
    const month = fullMonth(writtenMonth);
    const day = (dayFirst ? g.dfDay : g.mfDay)!;
    const rangeText = dayFirst ? g.dfRange : g.mfRange;
    const range = rangeText ? rangeText.replace(/^\s*[-–]\s*/, '–').replace(/^\s+to\s+/, ' to ').replace(new RegExp(`${ORDINAL}$`), '') : '';
    const year = dayFirst ? g.dfYear : g.mfYear;
    const style: DateStyle = dayFirst
      ? 'day-month'
      : g.mfOrd
        ? 'ordinal'
        : month !== writtenMonth
          ? 'abbreviated-month'
          : 'month-day';
    const houseForm = `${month} ${day}${range}${year ? `, ${year}` : ''}`;
    found.push({ index: m.index, text: m[0], style, houseForm });
  }
  return found;
}

const STYLE_DESCRIPTION: Record<DateStyle, string> = {
  'month-day': 'month first',
  'day-month': 'puts the day before the month',
  'abbreviated-month': 'abbreviates the month',
  ordinal: 'adds an ordinal ending to the day',
};

/* ------------------------------------------------------------------ */
/* The check                                                           */
/* ------------------------------------------------------------------ */

/** A piece of our own text to check: a front-matter field, or the body (file lines from `line`). */
export type StyledText = { text: string; line?: number; field?: string };

/**
 * Warnings for variant spellings of registry names and for dates not in
 * the house style (`month-day`), outside quotation marks, each with its
 * file line. `file` names the article in each problem.
 */
export function houseStyleProblems(
  file: string,
  texts: readonly StyledText[],
  spellings: readonly VariantSpelling[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { text, line, field } of texts) {
    const own = ownWords(text);
    const lineAt = (index: number) =>
      line === undefined ? undefined : line + (own.slice(0, index).match(/\n/g)?.length ?? 0);
    const where = (index: number) => ({ file, line: lineAt(index), ...(field ? { field } : {}) });
    for (const found of findVariantSpellings(own, spellings)) {
      const { house, name, registry } = found.spelling;
      problems.push({
        ...where(found.index),
        message: `"${found.text}" is not the house spelling of ${name}: write "${house}".`,
        fix: `Write "${house}" (the spelling in content/${registry}.yml). Keep another spelling only inside quotation marks, in a quote or a title.`,
        severity: 'warning',
      });
    }
    for (const date of findDates(own)) {
      if (date.style === HOUSE_DATE_STYLE) continue;
      problems.push({
        ...where(date.index),
        message: `The date "${date.text}" ${STYLE_DESCRIPTION[date.style]}; house style writes dates one way, month first and spelled out ("April 4, 2019").`,
        fix: `Write "${date.houseForm}" (docs/STYLE.md, Dates).`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

/**
 * The texts of an article a reader sees in our words: the front-matter
 * `fields` given (title, dek, figure scopes, corrections), then the body's
 * paragraphs with their file lines (the body starts on `bodyStartLine`).
 * Block quotes and fenced code are left out: they are not our prose.
 */
export function articleTexts(fields: readonly StyledText[], body: string, bodyStartLine: number): StyledText[] {
  let fenced = false;
  const bodyLines = body.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return blank(line);
    }
    return fenced || /^\s*>/.test(line) ? blank(line) : line;
  });
  // Quotation marks do not carry over a blank line (a new paragraph).
  const paragraphs: StyledText[] = [];
  let start = 0;
  bodyLines.forEach((line, i) => {
    if (line.trim() === '' || i === bodyLines.length - 1) {
      const end = line.trim() === '' ? i : i + 1;
      if (end > start) paragraphs.push({ text: bodyLines.slice(start, end).join('\n'), line: bodyStartLine + start });
      start = i + 1;
    }
  });
  return [...fields, ...paragraphs];
}

/**
 * House-style warnings for one article: its title, dek, figure scopes,
 * corrections, withdrawal note and body (what it says in our own words).
 */
export function articleHouseStyle(
  file: string,
  fm: FrontMatter,
  lineOf: (path: FieldPath) => number | undefined,
  body: string,
  bodyStartLine: number,
  spellings: readonly VariantSpelling[],
): ContentProblem[] {
  const field = (path: FieldPath, text: string) => ({ text, line: lineOf(path), field: formatFieldPath(path) });
  const texts = articleTexts(
    [
      field(['title'], fm.title),
      field(['dek'], fm.dek),
      ...fm.figures.map((figure, i) => field(['figures', i, 'scope'], figure.scope)),
      ...fm.corrections.map((correction, i) => field(['corrections', i, 'text'], correction.text)),
      ...(fm.withdrawn ? [field(['withdrawn', 'reason'], fm.withdrawn.reason)] : []),
    ],
    body,
    bodyStartLine,
  );
  return houseStyleProblems(file, texts, spellings);
}
