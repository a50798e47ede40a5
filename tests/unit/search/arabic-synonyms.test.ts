import { describe, expect, it } from 'vitest';
import { arabicSynonyms } from '../../../lib/search/arabic-search';
import { parseQuery } from '../../../lib/search/search-query';
import { normalizeArabic } from '../../../lib/i18n/arabic-normalize';

describe('arabicSynonyms', () => {
  const synonyms = arabicSynonyms([
    { name_ar: 'خليفة حفتر', aliases_ar: ['حفطر'] },
    { name_ar: 'معيتيقة', aliases_ar: ['امعيتيقة'] },
    { name_ar: undefined, aliases_ar: ['ignored'] },
  ]);

  it('folds registry spelling variants into the name, after normalizing both', () => {
    expect(synonyms.get(normalizeArabic('حفطر'))).toBe(normalizeArabic('حفتر'));
    expect(synonyms.get(normalizeArabic('امعيتيقة'))).toBe(normalizeArabic('معيتيقة'));
    expect(synonyms.has('ignored')).toBe(false);
  });

  it('lets a query in any variant, with or without taa marbuta and tashkeel, match every spelling', () => {
    const { terms } = parseQuery(normalizeArabic('امْعيتيقه'), synonyms);
    expect(terms).toHaveLength(1);
    expect(terms[0]!.spellings).toEqual(expect.arrayContaining([normalizeArabic('معيتيقة'), normalizeArabic('امعيتيقة')]));
  });
});
