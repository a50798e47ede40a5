import type { Lang } from '../i18n/lang';

/** Addresses of the lite edition: plain HTML, no scripts, no web fonts (docs/decisions/0013-…). */
export const LITE_ROOT = '/lite';
/** The Arabic edition's lite pages, under /ar like every Arabic address (the 404 is Arabic there too). */
export const ARABIC_LITE_ROOT = '/ar/lite';

/** Where an edition's lite pages start. */
export function liteRoot(lang: Lang = 'en'): string {
  return lang === 'ar' ? ARABIC_LITE_ROOT : LITE_ROOT;
}

/**
 * The lite edition of a full-site path: `/articles/<slug>` → `/lite/articles/<slug>`,
 * `/ar/articles/<slug>` → `/ar/lite/articles/<slug>`.
 */
export function litePath(fullPath: string): string {
  return fullPath.startsWith('/ar/') ? `${ARABIC_LITE_ROOT}${fullPath.slice('/ar'.length)}` : `${LITE_ROOT}${fullPath}`;
}

/** Page `n` of an edition's lite coverage index (page 1 is /lite or /ar/lite). */
export function liteIndexHref(page: number, lang: Lang = 'en'): string {
  const root = liteRoot(lang);
  return page === 1 ? root : `${root}/page/${page}`;
}
