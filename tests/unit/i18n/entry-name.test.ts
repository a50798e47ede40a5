import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryName } from '@/lib/i18n/entry-name';

const hifter = { name: 'Khalifa Hifter', name_ar: 'خليفة حفتر' };

describe('entryName', () => {
  it('gives the Arabic name in the Arabic edition', () => {
    expect(entryName(hifter, 'ar')).toBe('خليفة حفتر');
  });

  it('gives the English name in the English edition, even where an Arabic one exists', () => {
    expect(entryName(hifter, 'en')).toBe('Khalifa Hifter');
  });

  it('falls back to the English name in the Arabic edition when the entry has no Arabic name', () => {
    expect(entryName({ name: 'Gharyan' }, 'ar')).toBe('Gharyan');
    expect(entryName({ name: 'Gharyan', name_ar: undefined }, 'ar')).toBe('Gharyan');
  });

  it('for any entry: English is always `name`; Arabic is `name_ar` when present, else `name`', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (name, name_ar) => {
        const entry = name_ar === undefined ? { name } : { name, name_ar };
        expect(entryName(entry, 'en')).toBe(name);
        expect(entryName(entry, 'ar')).toBe(name_ar ?? name);
      }),
    );
  });
});
