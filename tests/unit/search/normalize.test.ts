import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize, wordsWithPositions } from '../../../lib/search/normalize';

describe('normalizeWord', () => {
  it.each([
    ['Salamé', 'salame'],
    ['Erdoğan', 'erdogan'],
    ['António', 'antonio'],
    ['GUTERRES', 'guterres'],
    ['Misrātah', 'misratah'],
  ])('folds case and accents: %s → %s', (word, folded) => {
    expect(normalizeWord(word)).toBe(folded);
  });

  it('folds the Turkish dotted capital İ and dotless ı to a plain i', () => {
    expect(normalizeWord('İstanbul')).toBe('istanbul');
    expect(normalizeWord('ISTANBUL')).toBe('istanbul');
    expect(normalizeWord('Kırıkkale')).toBe('kirikkale');
  });

  it('spells ß (and the capital ẞ) as ss, so Straße and STRASSE are the same word', () => {
    expect(normalizeWord('Straße')).toBe('strasse');
    expect(normalizeWord('STRASSE')).toBe('strasse');
    expect(normalizeWord('STRAẞE')).toBe('strasse');
  });

  it.each([
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['Æther', 'aether'],
    ['Œuvre', 'oeuvre'],
    ['Đakovo', 'dakovo'],
  ])('folds letters that have no combining accent: %s → %s', (word, folded) => {
    expect(normalizeWord(word)).toBe(folded);
  });

  it('expands compatibility characters such as the ﬁ ligature', () => {
    expect(normalizeWord('ﬁnal')).toBe('final');
  });

  it('keeps words in non-Latin scripts', () => {
    expect(normalizeWord('طرابلس')).toBe('طرابلس');
  });
});

describe('tokenize', () => {
  it('splits on hyphens and other punctuation', () => {
    expect(tokenize('al-Watiya')).toEqual(['al', 'watiya']);
    expect(tokenize("Hifter's forces (LNA) — advance!")).toEqual(['hifter', 's', 'forces', 'lna', 'advance']);
  });

  it('normalizes every word, keeping their order', () => {
    expect(tokenize('Salamé met Erdoğan in İstanbul')).toEqual(['salame', 'met', 'erdogan', 'in', 'istanbul']);
  });

  it('keeps numbers as words', () => {
    expect(tokenize('2,800 people fled in 2019')).toEqual(['2', '800', 'people', 'fled', 'in', '2019']);
  });

  it('gives no words for empty text, whitespace or punctuation only', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \n\t ')).toEqual([]);
    expect(tokenize('— ... !!! "" <>')).toEqual([]);
  });

  // Text pasted from some editors (notably on macOS) is in decomposed form
  // (NFD): "ğ" is "g" followed by a combining breve. The word pattern does
  // not include combining marks, so the word is split at the accent and
  // "Erdoğan" in such text can never be found by searching "Erdogan".
  it('treats decomposed accents (NFD text) like precomposed ones', () => {
    expect(tokenize('Erdog\u0306an')).toEqual(['erdogan']);
  });
});

describe('wordsWithPositions', () => {
  it('gives each normalized word with its start and end in the original text', () => {
    const text = 'Ghassan Salamé met Erdoğan in al-Watiya.';
    const words = wordsWithPositions(text);
    expect(words.map((w) => w.word)).toEqual(['ghassan', 'salame', 'met', 'erdogan', 'in', 'al', 'watiya']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'Ghassan',
      'Salamé',
      'met',
      'Erdoğan',
      'in',
      'al',
      'Watiya',
    ]);
  });

  it('counts positions in the original text even when normalizing changes the length', () => {
    const text = 'Straße to the ﬁnal checkpoint';
    const words = wordsWithPositions(text);
    expect(words[0]).toEqual({ word: 'strasse', start: 0, end: 6 });
    expect(words[3]).toEqual({ word: 'final', start: 14, end: 18 });
    expect(text.slice(words[3]!.start, words[3]!.end)).toBe('ﬁnal');
    expect(text.slice(words[4]!.start, words[4]!.end)).toBe('checkpoint');
  });

  it('counts characters outside the Basic Multilingual Plane as the string does', () => {
    const text = '🔥 Salamé';
    const [word] = wordsWithPositions(text);
    expect(word).toEqual({ word: 'salame', start: 3, end: 9 });
    expect(text.slice(word!.start, word!.end)).toBe('Salamé');
  });

  it('gives no words for text without letters or digits', () => {
    expect(wordsWithPositions('')).toEqual([]);
    expect(wordsWithPositions(' -- ! ')).toEqual([]);
  });
});
