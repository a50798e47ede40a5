/** Methods every page, feed, sitemap and image answers. */
export const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
export const ALLOW = READ_METHODS.join(', ');

/** An answer given before any route runs. */
export type EarlyAnswer = { status: 204 | 400 | 404 | 405; body: string; allow?: string };

/** The API's addresses. Any other under /api/ is a plain 404 here, like the publish endpoint to a request without its token. */
export const API_ROUTES: readonly string[] = ['/api/status', '/api/publish'];

/**
 * An API address that is not there: plain text, not cached. Rendered by Next it was the HTML 404
 * prerendered at build (with a year-long `s-maxage` and an image address naming the server).
 */
export const API_NOT_FOUND: EarlyAnswer = { status: 404, body: 'Not found.\n' };

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Paths whose methods their own handlers decide: the API (`POST /api/publish`)
 * and Next's internals (the dev overlay posts to `/__nextjs_*`, hot reloading
 * uses `/_next/webpack-hmr`). Not Next's static files and image optimizer,
 * which are read like pages: Next answered a POST to a script with a 500, and
 * OPTIONS on an image with a 400.
 */
function ownsItsMethods(pathname: string): boolean {
  if (pathname.startsWith('/_next/static/') || pathname === '/_next/image') return false;
  return isApiPath(pathname) || pathname.startsWith('/_next/') || pathname.startsWith('/__nextjs');
}

function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * What to answer before routing, or undefined to let the request through:
 * 400 for an address with a malformed percent-encoding (`/%`, `/%ff%fe`:
 * Next would answer a bare 500), 404 to an API address that is not there, 204 to OPTIONS, and 405 with `Allow` for
 * any method other than GET/HEAD/OPTIONS, consistently across pages, route
 * handlers and generated images.
 */
export function earlyAnswer(method: string, pathname: string): EarlyAnswer | undefined {
  if (hasMalformedEncoding(pathname)) {
    return { status: 400, body: 'Bad request: the address has a malformed percent-encoding.\n' };
  }
  if (isApiPath(pathname) && !API_ROUTES.includes(pathname.replace(/(.)\/$/, '$1'))) return API_NOT_FOUND;
  if (ownsItsMethods(pathname)) return undefined;
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return undefined;
  if (verb === 'OPTIONS') return { status: 204, body: '', allow: ALLOW };
  return { status: 405, body: `Method ${verb} is not allowed here. Allowed: ${ALLOW}.\n`, allow: ALLOW };
}
