import { tokenize, wordsWithPositions } from './normalize';

/** Longest query we look at; anything beyond is cut. */
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;

export type ParsedQuery = {
  /** The query as used: trimmed, whitespace collapsed, cut at MAX_QUERY_LENGTH on a word boundary. */
  query: string;
  truncated: boolean;
  /** Query words in house spelling, each with every spelling that folds into it. */
  terms: { word: string; spellings: string[] }[];
};

/**
 * Reads a reader's query: case- and accent-insensitive words, registry
 * aliases folded into the house spelling (Haftar → Hifter) and expanded
 * back to every known spelling, so that a story written with either matches.
 */
export function parseQuery(rawQuery: string, synonyms: ReadonlyMap<string, string>): ParsedQuery {
  const collapsed = rawQuery.replace(/\s+/g, ' ').trim();
  let query = [...collapsed].slice(0, MAX_QUERY_LENGTH).join('');
  // Cut at a word boundary, so the last word is not a fragment that matches nothing.
  if (query.length < collapsed.length && query.includes(' ')) query = query.slice(0, query.lastIndexOf(' '));
  const canonical = (word: string) => synonyms.get(word) ?? word;
  const words = [...new Set(tokenize(query).map(canonical))].slice(0, MAX_QUERY_TERMS);
  const terms = words.map((word) => ({
    word,
    spellings: [word, ...[...synonyms].filter(([, house]) => house === word).map(([variant]) => variant)],
  }));
  return { query, truncated: query.length < collapsed.length, terms };
}

/**
 * The FTS5 MATCH expression: every term must match, in any of its
 * spellings. Terms are letters and digits only (tokenize), and quoted.
 */
export function ftsExpression(terms: ParsedQuery['terms']): string {
  return terms.map(({ spellings }) => `(${spellings.map((s) => `"${s.replace(/"/g, '""')}"`).join(' OR ')})`).join(' AND ');
}

export type SnippetPart = { text: string; highlight: boolean };

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Turns an FTS5 snippet with MARK_START/MARK_END around matches into parts. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');
  let cursor = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > cursor) parts.push({ text: snippet.slice(cursor, match.index), highlight: false });
    parts.push({ text: match[1]!, highlight: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < snippet.length) parts.push({ text: snippet.slice(cursor), highlight: false });
  // Paragraphs are separate lines of the indexed text; keep them apart.
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s*\n\s*/g, ' · ') }));
}

/** Words a result's passage shows around a match: FTS5's `snippet()` for English, `snippetAround` for Arabic. */
export const SNIPPET_WORDS = 28;

/**
 * `text` in parts, each word whose folded form is one of the query's spellings highlighted: for a
 * text the index holds only in folded form (the Arabic edition's), where FTS5's snippet would
 * show the folded letters.
 */
export function highlightWords(text: string, terms: ParsedQuery['terms'], fold: (word: string) => string): SnippetPart[] {
  const spellings = new Set(terms.flatMap((term) => term.spellings));
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const { word, start, end } of wordsWithPositions(text, fold)) {
    if (!spellings.has(word)) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), highlight: false });
    parts.push({ text: text.slice(start, end), highlight: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), highlight: false });
  return parts;
}

/**
 * About SNIPPET_WORDS words of `text` from a little before its first word the query has, with
 * the query's words highlighted and "…" where the text goes on, like an FTS5 snippet; undefined
 * when no word of the text matches. Paragraphs are kept apart by " · ", as in snippetParts.
 */
export function snippetAround(text: string, terms: ParsedQuery['terms'], fold: (word: string) => string): SnippetPart[] | undefined {
  const spellings = new Set(terms.flatMap((term) => term.spellings));
  const words = wordsWithPositions(text, fold);
  const first = words.findIndex(({ word }) => spellings.has(word));
  if (first === -1) return undefined;
  const from = Math.max(0, Math.min(first - 4, words.length - SNIPPET_WORDS));
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const passage = text.slice(words[from]!.start, words[to - 1]!.end).replace(/\s*\n\s*/g, ' · ');
  return [
    ...(from > 0 ? [{ text: '…', highlight: false }] : []),
    ...highlightWords(passage, terms, fold),
    ...(to < words.length ? [{ text: '…', highlight: false }] : []),
  ];
}
