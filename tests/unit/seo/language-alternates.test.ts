import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageAlternates } from '@/lib/seo/language-alternates';
import { site } from '@/lib/site';

const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

describe('languageAlternates', () => {
  it('names both editions by absolute URL, with x-default the English page', () => {
    expect(languageAlternates({ en: '/articles/a-story', ar: '/ar/articles/a-story' })).toEqual({
      en: `${site.url}/articles/a-story`,
      ar: `${site.url}/ar/articles/a-story`,
      'x-default': `${site.url}/articles/a-story`,
    });
  });

  it('names nothing when either edition is missing or empty: no link to a translation that does not exist', () => {
    expect(languageAlternates({ en: '/libya' })).toBeUndefined();
    expect(languageAlternates({ ar: '/ar/libya' })).toBeUndefined();
    expect(languageAlternates({})).toBeUndefined();
    expect(languageAlternates({ en: '', ar: '/ar/libya' })).toBeUndefined();
    expect(languageAlternates({ en: '/libya', ar: '' })).toBeUndefined();
  });

  it('for any article slug: en, ar and x-default on this site, x-default equal to en', () => {
    fc.assert(
      fc.property(slug, (s) => {
        const alternates = languageAlternates({ en: `/articles/${s}`, ar: `/ar/articles/${s}` })!;
        expect(Object.keys(alternates).sort()).toEqual(['ar', 'en', 'x-default']);
        expect(alternates.en).toBe(`${site.url}/articles/${s}`);
        expect(alternates.ar).toBe(`${site.url}/ar/articles/${s}`);
        expect(alternates['x-default']).toBe(alternates.en);
      }),
    );
  });
});
