import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../../lib/content/suggest';

describe('editDistance', () => {
  it('is 0 for equal strings', () => {
    expect(editDistance('tripoli', 'tripoli')).toBe(0);
    expect(editDistance('', '')).toBe(0);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('tripoli', 'tripolli')).toBe(1); // insertion
    expect(editDistance('published', 'publised')).toBe(1); // deletion
    expect(editDistance('gharyan', 'gharian')).toBe(1); // substitution
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is the length of the other string when one is empty', () => {
    expect(editDistance('', 'dek')).toBe(3);
    expect(editDistance('title', '')).toBe(5);
  });

  it('is symmetric', () => {
    expect(editDistance('authors', 'autor')).toBe(editDistance('autor', 'authors'));
  });

  it('ignores case', () => {
    expect(editDistance('Tripoli', 'TRIPOLI')).toBe(0);
  });
});

describe('closestMatch', () => {
  const fields = ['title', 'dek', 'published', 'updated', 'authors', 'sources'];

  it('finds the field a typo was meant to be', () => {
    expect(closestMatch('publised', fields)).toBe('published');
    expect(closestMatch('autors', fields)).toBe('authors');
    expect(closestMatch('sorces', fields)).toBe('sources');
  });

  it('matches regardless of case, returning the known spelling', () => {
    expect(closestMatch('TITLE', fields)).toBe('title');
  });

  it('picks the closest of several candidates', () => {
    expect(closestMatch('tripolli', ['tobruk', 'tripoli', 'tripoli-airport'])).toBe('tripoli');
  });

  it('finds a known name that contains the input (hifter → khalifa-hifter)', () => {
    expect(closestMatch('hifter', ['fayez-al-sarraj', 'khalifa-hifter'])).toBe('khalifa-hifter');
  });

  it('finds a known name contained in the input', () => {
    expect(closestMatch('tripoli-city-centre', ['benghazi', 'tripoli'])).toBe('tripoli');
  });

  it('does not use the substring rule for inputs shorter than three letters', () => {
    expect(closestMatch('zq', ['khalifa-hifter'])).toBeUndefined();
  });

  it('returns undefined when nothing is close', () => {
    expect(closestMatch('weather', ['tripoli', 'benghazi'])).toBeUndefined();
    expect(closestMatch('completely-unrelated', fields)).toBeUndefined();
  });

  it('returns undefined when there are no candidates', () => {
    expect(closestMatch('tripoli', [])).toBeUndefined();
  });

  it('accepts any iterable, such as map.keys()', () => {
    const places = new Map([
      ['tripoli', 1],
      ['gharyan', 2],
    ]);
    expect(closestMatch('tripolli', places.keys())).toBe('tripoli');
    expect(closestMatch('hifter', new Set(['khalifa-hifter']))).toBe('khalifa-hifter');
  });

  it('works with a one-shot generator (reads it only once)', () => {
    function* keys() {
      yield 'tobruk';
      yield 'khalifa-hifter';
    }
    expect(closestMatch('hifter', keys())).toBe('khalifa-hifter');
  });

  it('allows more edits for longer words (a third of the length)', () => {
    // 4 edits: too many for a 9-letter word, enough for a 12-letter word.
    expect(closestMatch('xxxxlished', ['published'])).toBeUndefined();
    expect(closestMatch('mediterranea', ['maditerrxnean'])).toBe('maditerrxnean');
  });
});

describe('didYouMean', () => {
  it('phrases the suggestion with the name in quotes', () => {
    expect(didYouMean('publised', ['published', 'title'])).toBe('Did you mean "published"?');
  });

  it('returns an empty string when there is nothing to suggest', () => {
    expect(didYouMean('weather', ['tripoli'])).toBe('');
    expect(didYouMean('anything', [])).toBe('');
  });
});
