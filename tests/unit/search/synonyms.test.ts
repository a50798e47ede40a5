import { describe, expect, it } from 'vitest';
import { buildSynonyms } from '../../../lib/search/synonyms';

describe('buildSynonyms', () => {
  it('maps an alias with as many words as the name word by word', () => {
    const synonyms = buildSynonyms([{ name: 'Khalifa Hifter', aliases: ['Khalifa Haftar'] }]);
    expect(synonyms).toEqual(new Map([['haftar', 'hifter']]));
  });

  it('maps a one-word alias to the closest word of the name', () => {
    expect(buildSynonyms([{ name: 'Khalifa Hifter', aliases: ['Hafter'] }])).toEqual(new Map([['hafter', 'hifter']]));
    expect(buildSynonyms([{ name: 'Fayez al-Sarraj', aliases: ['Serraj'] }])).toEqual(new Map([['serraj', 'sarraj']]));
  });

  it('maps a one-word alias of a one-word name to that name', () => {
    expect(buildSynonyms([{ name: 'Misrata', aliases: ['Misurata'] }])).toEqual(new Map([['misurata', 'misrata']]));
  });

  it('maps every alias of every entry', () => {
    const synonyms = buildSynonyms([
      { name: 'Khalifa Hifter', aliases: ['Haftar', 'Hafter'] },
      { name: 'Misrata', aliases: ['Misurata'] },
    ]);
    expect(synonyms).toEqual(
      new Map([
        ['haftar', 'hifter'],
        ['hafter', 'hifter'],
        ['misurata', 'misrata'],
      ]),
    );
  });

  it('folds case and accents on both sides', () => {
    const synonyms = buildSynonyms([{ name: 'Ghassan Salamé', aliases: ['SALAMEH', 'Ghassan Salâmeh'] }]);
    expect(synonyms).toEqual(new Map([['salameh', 'salame']]));
  });

  it('never maps the house spelling to itself, even when an alias differs only in case or accents', () => {
    const synonyms = buildSynonyms([
      { name: 'Khalifa Hifter', aliases: ['Hifter', 'KHALIFA HIFTER'] },
      { name: 'Recep Tayyip Erdoğan', aliases: ['Erdogan'] },
    ]);
    expect(synonyms).toEqual(new Map());
  });

  it('keeps the first mapping when two entries claim the same variant', () => {
    const misrata = { name: 'Misrata', aliases: ['Misurata'] };
    const misratah = { name: 'Misratah', aliases: ['Misurata'] };
    expect(buildSynonyms([misrata, misratah]).get('misurata')).toBe('misrata');
    expect(buildSynonyms([misratah, misrata]).get('misurata')).toBe('misratah');
  });

  it('ignores aliases of several words that do not line up with the name', () => {
    expect(buildSynonyms([{ name: 'Fayez al-Sarraj', aliases: ['Fayez Serraj'] }])).toEqual(new Map());
  });

  it('ignores entries whose name has no words, and aliases with no words', () => {
    expect(buildSynonyms([{ name: '—', aliases: ['Anything'] }])).toEqual(new Map());
    expect(buildSynonyms([{ name: 'Misrata', aliases: ['...'] }])).toEqual(new Map());
  });

  it('gives an empty map for no entries', () => {
    expect(buildSynonyms([])).toEqual(new Map());
  });
});
