import type { Article } from '../content/article';
import { tokenize, wordsWithPositions } from './normalize';
import { buildSynonyms, type NamedEntry } from './synonyms';

/** Longest query we look at; anything beyond is cut. */
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;
const SNIPPET_LENGTH = 220;

/** How much a match in each field counts toward a result's rank. */
const FIELD_WEIGHTS = { title: 8, entities: 5, dek: 4, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

type Word = ReturnType<typeof wordsWithPositions>[number];

type Document = {
  article: Article;
  /** Word → number of occurrences, per field (words already in house spelling). */
  fields: Record<Field, Map<string, number>>;
  /** The body's words with their positions, for snippets. */
  bodyWords: Word[];
};

export type SnippetPart = { text: string; highlight: boolean };
export type SearchResult = { article: Article; score: number; snippet: SnippetPart[] };
export type SearchOutcome = {
  /** The query as used: trimmed, whitespace collapsed, cut at MAX_QUERY_LENGTH. */
  query: string;
  truncated: boolean;
  terms: string[];
  results: SearchResult[];
};

export type SearchIndex = { search: (rawQuery: string) => SearchOutcome };

function counts(words: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

function entityText(article: Article): string {
  return [...article.people, ...article.places, ...article.topics]
    .flatMap((entry) => [entry.name, ...entry.aliases])
    .join(' ');
}

/** Cuts `text` around the first matching word and marks every match. */
function makeSnippet(text: string, words: readonly Word[], matches: (word: string) => boolean): SnippetPart[] {
  const first = words.find((w) => matches(w.word));
  let start = 0;
  if (first && first.start > SNIPPET_LENGTH / 3) {
    start = text.lastIndexOf(' ', first.start - SNIPPET_LENGTH / 3) + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first ? first.end : 0);
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const w of words) {
    if (w.start < start || w.end > end || !matches(w.word)) continue;
    if (w.start > cursor) parts.push({ text: text.slice(cursor, w.start), highlight: false });
    parts.push({ text: text.slice(w.start, w.end), highlight: true });
    cursor = w.end;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), highlight: false });
  // Paragraphs and headings are separate lines of the plain text; keep them apart.
  const flat = (s: string) => s.replace(/\s*\n\s*/g, ' · ');
  const cleaned = parts.map((p) => ({ ...p, text: flat(p.text) }));
  if (start > 0) cleaned.unshift({ text: '… ', highlight: false });
  if (end < text.length) cleaned.push({ text: ' …', highlight: false });
  return cleaned;
}

/**
 * Builds the search index once (call it once per process per content
 * version). Matching is on whole words, case- and accent-insensitive, with
 * registry aliases folded into the house spelling; every query word must
 * match somewhere in the article (title, dek, body, or the names of its
 * people, places and topics). Results are ranked by weighted matches, newer
 * first on ties.
 */
export function buildSearchIndex(articles: readonly Article[], entries: Iterable<NamedEntry>): SearchIndex {
  const synonyms = buildSynonyms(entries);
  const canonical = (word: string) => synonyms.get(word) ?? word;
  const words = (text: string) => tokenize(text).map(canonical);

  const documents: Document[] = articles.map((article) => {
    const bodyWords = wordsWithPositions(article.text);
    return {
      article,
      bodyWords,
      fields: {
        title: counts(words(article.title)),
        entities: counts(words(entityText(article))),
        dek: counts(words(article.dek)),
        body: counts(bodyWords.map((w) => canonical(w.word))),
      },
    };
  });

  function search(rawQuery: string): SearchOutcome {
    const collapsed = rawQuery.replace(/\s+/g, ' ').trim();
    let query = [...collapsed].slice(0, MAX_QUERY_LENGTH).join('');
    // Cut at a word boundary, so the last word is not a fragment that matches nothing.
    if (query.length < collapsed.length && query.includes(' ')) query = query.slice(0, query.lastIndexOf(' '));
    const terms = [...new Set(words(query))].slice(0, MAX_QUERY_TERMS);
    const outcome = { query, truncated: query.length < collapsed.length, terms };
    if (terms.length === 0) return { ...outcome, results: [] };

    const termSet = new Set(terms);
    const results: SearchResult[] = [];
    for (const doc of documents) {
      let score = 0;
      let allMatch = true;
      for (const term of terms) {
        let termScore = 0;
        for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
          const n = doc.fields[field].get(term) ?? 0;
          termScore += FIELD_WEIGHTS[field] * Math.min(n, 5);
        }
        if (termScore === 0) allMatch = false;
        score += termScore;
      }
      if (!allMatch) continue;
      const matches = (word: string) => termSet.has(canonical(word));
      const snippet = doc.bodyWords.some((w) => matches(w.word))
        ? makeSnippet(doc.article.text, doc.bodyWords, matches)
        : makeSnippet(doc.article.dek, wordsWithPositions(doc.article.dek), matches);
      results.push({ article: doc.article, score, snippet });
    }
    results.sort((a, b) => b.score - a.score || b.article.published.getTime() - a.article.published.getTime());
    return { ...outcome, results };
  }

  return { search };
}
