import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, dirOf, langOf } from '@/lib/i18n/lang';

describe('LANGS and dirOf', () => {
  it('lists English (the original) first, then Arabic', () => {
    expect(LANGS).toEqual(['en', 'ar']);
  });

  it('writes Arabic right to left and English left to right', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });
});

describe('langOf', () => {
  it("is Arabic for a value carrying lang: 'ar' (an Arabic edition)", () => {
    expect(langOf({ lang: 'ar', slug: 'x' })).toBe('ar');
  });

  it('is English for a value without a lang (an English article)', () => {
    expect(langOf({ slug: 'x', title: 'T' })).toBe('en');
    expect(langOf({})).toBe('en');
  });

  it("is English for anything but exactly 'ar': other spellings and types are not Arabic", () => {
    for (const lang of ['AR', 'ar ', 'ara', 'ar-LY', '', 'en', null, undefined, 1, ['ar'], { ar: true }]) {
      expect(langOf({ lang })).toBe('en');
    }
  });

  it('is a language of the site for any object, and Arabic exactly when lang is "ar"', () => {
    fc.assert(
      fc.property(fc.object(), fc.anything(), (value, lang) => {
        const result = langOf({ ...value, lang });
        expect(LANGS).toContain(result);
        expect(result === 'ar').toBe(lang === 'ar');
      }),
    );
  });
});
