/** Addresses of the lite edition: plain HTML, no scripts, no web fonts (docs/decisions/0013-…). */
export const LITE_ROOT = '/lite';

/** The lite edition of a full-site path (`/articles/<slug>` → `/lite/articles/<slug>`). */
export function litePath(fullPath: string): string {
  return `${LITE_ROOT}${fullPath}`;
}

/** Page `n` of the lite coverage index (page 1 is /lite). */
export function liteIndexHref(page: number): string {
  return page === 1 ? LITE_ROOT : `${LITE_ROOT}/page/${page}`;
}

/** The full-site page a lite index page stands for. */
export function fullIndexHref(page: number): string {
  return page === 1 ? '/libya' : `/libya/page/${page}`;
}
