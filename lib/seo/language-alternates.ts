import { absoluteUrl } from '../site';

export type LanguageVersions = { en?: string; ar?: string };

/**
 * hreflang alternates for a page that exists in both editions: each
 * language's URL, and x-default → English. Nothing when only one exists
 * (a page links to no translation that does not exist).
 */
export function languageAlternates({ en, ar }: LanguageVersions): Record<string, string> | undefined {
  if (!en || !ar) return undefined;
  return { en: absoluteUrl(en), ar: absoluteUrl(ar), 'x-default': absoluteUrl(en) };
}
