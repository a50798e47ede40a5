/** The site's editions: English (the original) and Arabic (translations). */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The language of an article-shaped value: Arabic editions carry `lang: 'ar'`. */
export function langOf(value: object): Lang {
  return (value as { lang?: unknown }).lang === 'ar' ? 'ar' : 'en';
}
