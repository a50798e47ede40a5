import { normalizePath } from './content/aliases';

/**
 * Redirects that do not come from content (and /live/<slug>/page/1 → /live/<slug>, the same for the lite live pages in both
 * languages, /libya/figures/<metric>/page/1 → /libya/figures/<metric>,
 * and a story card's old hashed address, /articles/<slug>/opengraph-image-<hash>, which pages named before decision 0008's "Later" → /articles/<slug>/opengraph-image).
 */
export const FIXED_REDIRECTS: ReadonlyMap<string, string> = new Map(
  ['/libya', '/ar/libya', '/lite', '/ar/lite', '/corrections', '/topics', '/places', '/people', '/authors'].map((list) => [`${list}/page/1`, list]),
);

/**
 * Where a request for `pathname` should be permanently redirected, or
 * undefined. A trailing slash is removed (Next's own rule, done here so the
 * redirect carries the security headers); repeated slashes collapse, so
 * `//evil.example/` can never become a protocol-relative `//evil.example`.
 * Then fixed redirects and article aliases (`aliases`: normalized alias →
 * article path), compared as `normalizePath` does: case-insensitively.
 */
export function redirectTarget(pathname: string, aliases: ReadonlyMap<string, string>): string | undefined {
  if (pathname.startsWith('/_next/')) return undefined;
  const collapsed = pathname.replace(/\/{2,}/g, '/');
  const trimmed = collapsed.length > 1 ? collapsed.replace(/\/+$/, '') || '/' : collapsed;
  const key = normalizePath(trimmed);
  const livePageOne = /^((?:\/ar)?\/lite\/live\/[a-z0-9-]+|\/live\/[a-z0-9-]+)\/page\/1$/.exec(key);
  const tollPageOne = /^(\/libya\/figures\/[a-z-]+)\/page\/1$/.exec(key);
  const oldCard = /^(\/articles\/[a-z0-9-]+\/opengraph-image)-[a-z0-9]+$/.exec(key);
  const target =
    FIXED_REDIRECTS.get(key) ??
    (livePageOne ? livePageOne[1] : undefined) ??
    (tollPageOne ? tollPageOne[1] : undefined) ??
    (oldCard ? oldCard[1] : undefined) ??
    aliases.get(key);
  if (target) return target;
  return trimmed !== pathname ? trimmed : undefined;
}
