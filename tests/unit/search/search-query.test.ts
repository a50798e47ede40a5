import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsExpression, highlightWords, MARK_END, MARK_START, MAX_QUERY_LENGTH, parseQuery, SNIPPET_WORDS, snippetAround, snippetParts } from '../../../lib/search/search-query';
import { normalizeWord } from '../../../lib/search/normalize';

const synonyms = new Map([
  ['haftar', 'hifter'],
  ['hafter', 'hifter'],
  ['misurata', 'misrata'],
]);

describe('parseQuery', () => {
  it('folds spellings into the house spelling and expands them back', () => {
    const { terms } = parseQuery('Haftar  Misurata', synonyms);
    expect(terms).toEqual([
      { word: 'hifter', spellings: ['hifter', 'haftar', 'hafter'] },
      { word: 'misrata', spellings: ['misrata', 'misurata'] },
    ]);
  });

  it('is case- and accent-insensitive and ignores punctuation', () => {
    expect(parseQuery('SALAMÉ, al-Watiya!', new Map()).terms.map((t) => t.word)).toEqual(['salame', 'al', 'watiya']);
  });

  it('cuts a long query on a word boundary and says so', () => {
    const long = 'word '.repeat(100);
    const parsed = parseQuery(long, new Map());
    expect(parsed.truncated).toBe(true);
    expect(parsed.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parsed.query.endsWith('word')).toBe(true);
  });

  it('finds no terms in punctuation alone', () => {
    expect(parseQuery(' "*()- ', new Map()).terms).toEqual([]);
  });
});

describe('ftsExpression', () => {
  it('requires every term, in any of its spellings', () => {
    const { terms } = parseQuery('haftar tripoli', synonyms);
    expect(ftsExpression(terms)).toBe('("hifter" OR "haftar" OR "hafter") AND ("tripoli")');
  });

  it('quotes every word, so no query can inject FTS5 syntax', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const expression = ftsExpression(parseQuery(raw, synonyms).terms);
        // Outside the quoted words only the expression's own ( ) OR AND and spaces remain.
        expect(expression.replace(/"[^"]*"/g, '').replace(/\(|\)|OR|AND|\s/g, '')).toBe('');
      }),
    );
  });
});

describe('snippetParts', () => {
  it('splits marked matches from the text around them', () => {
    expect(snippetParts(`…forces took ${MARK_START}Gharyan${MARK_END} on Wednesday`)).toEqual([
      { text: '…forces took ', highlight: false },
      { text: 'Gharyan', highlight: true },
      { text: ' on Wednesday', highlight: false },
    ]);
  });

  it('joins paragraphs with a separator', () => {
    expect(snippetParts('One.\nTwo.')).toEqual([{ text: 'One. · Two.', highlight: false }]);
  });

  it('keeps every character of the text (parts join back to it)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = text.replace(/[\u0002\u0003\n]/g, '');
        expect(snippetParts(clean).map((p) => p.text).join('')).toBe(clean);
      }),
    );
  });
});

describe('highlightWords', () => {
  const terms = (...words: string[]) => words.map((word) => ({ word, spellings: [word] }));

  it('marks each word whose folded form the query has, and nothing else', () => {
    expect(highlightWords('Salamé met Hifter; salame left.', terms('salame'), normalizeWord)).toEqual([
      { text: 'Salamé', highlight: true },
      { text: ' met Hifter; ', highlight: false },
      { text: 'salame', highlight: true },
      { text: ' left.', highlight: false },
    ]);
    expect(highlightWords('No match here.', terms('tripoli'), normalizeWord)).toEqual([{ text: 'No match here.', highlight: false }]);
  });

  it('loses no character of the text, whatever it and the query are', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 4 }), (text, words) => {
        const parts = highlightWords(text, terms(...words.map(normalizeWord)), normalizeWord);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        expect(parts.every((part) => part.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe('snippetAround', () => {
  const terms = (...words: string[]) => words.map((word) => ({ word, spellings: [word] }));
  const words = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `w${from + i}`);

  it('cuts about SNIPPET_WORDS words from a little before the first match, with "…" where the text goes on', () => {
    const text = [...words(40), 'tripoli', ...words(40, 41)].join(' ');
    const parts = snippetAround(text, terms('tripoli'), normalizeWord)!;
    const shown = parts.map((part) => part.text).join('');
    expect(shown.startsWith('…w37 w38 w39 w40 ')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(parts.filter((part) => part.highlight)).toEqual([{ text: 'tripoli', highlight: true }]);
    expect(shown.replace(/…/g, '').split(' ')).toHaveLength(SNIPPET_WORDS);
  });

  it('keeps paragraphs apart, shows a short text whole, and has nothing to show without a match', () => {
    expect(snippetAround('Salamé spoke.\n\nTripoli fell.', terms('tripoli'), normalizeWord)).toEqual([
      { text: 'Salamé spoke. · ', highlight: false },
      { text: 'Tripoli', highlight: true },
      { text: ' fell', highlight: false },
    ]);
    expect(snippetAround('Nothing here.', terms('tripoli'), normalizeWord)).toBeUndefined();
  });
});
