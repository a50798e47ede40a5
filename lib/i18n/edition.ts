import type { Lang } from './lang';

/**
 * Request header proxy.ts sets on every request it passes on, naming the
 * edition of the address (a client's own value is replaced). Only the
 * site-wide 404 (app/global-not-found.tsx) reads it: it is the one page
 * shared by both root layouts.
 */
export const EDITION_HEADER = 'x-conflict-desk-edition';

/** The edition an address belongs to: /ar and everything under it is Arabic. */
export function editionOfPath(pathname: string): Lang {
  return pathname === '/ar' || pathname.startsWith('/ar/') ? 'ar' : 'en';
}
