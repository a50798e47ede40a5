import { NextResponse, type NextRequest } from 'next/server';
import { publishedAliases } from './lib/content/store';
import { mayPublish } from './lib/publishing/publish-auth';
import { redirectTarget } from './lib/redirects';
import { API_NOT_FOUND, earlyAnswer, type EarlyAnswer } from './lib/request-rules';
import { isServablePath, withdrawnStoryAt } from './lib/routing/servable-path';
import { WITHDRAWN_STATUS, withdrawnNoticeHtml } from './lib/withdrawn-notice';
import { securityHeaders } from './lib/security-headers';
import { EDITION_HEADER, editionOfPath } from './lib/i18n/edition';

/**
 * No route has this address, so Next answers it with app/global-not-found.tsx,
 * a complete 404 page (a page calling notFound() under one of the two root
 * layouts would get an HTML shell that needs JavaScript: decision 0014).
 */
const NOT_PUBLISHED = '/not-published';

/** The request's headers with the edition of `pathname` (for the 404 page's language). */
function withEdition(request: NextRequest, pathname: string): Headers {
  const headers = new Headers(request.headers);
  headers.set(EDITION_HEADER, editionOfPath(pathname));
  return headers;
}

/**
 * A rewrite to another path of this site, served internally (Next compares
 * the rewrite's origin with the address the server listens on; behind
 * nginx, run the standalone server with HOSTNAME=localhost: docs/DEPLOY.md).
 */
function internalRewrite(request: NextRequest, pathname: string, headers?: Headers) {
  return NextResponse.rewrite(new URL(pathname, request.nextUrl.origin), headers ? { request: { headers } } : undefined);
}

/**
 * Runs before every route (Next 16's renamed middleware), in the same
 * process and with the same live content as the pages:
 * - bad addresses (400) and unsupported methods (405, OPTIONS 204) are
 *   answered here, with the security headers;
 * - an API address that is not there is a plain 404, and so is the
 *   publish endpoint to a request without the token;
 * - permanent redirects (trailing slash, /libya/page/1, articles' `aliases`
 *   from the live content, so a publish changes them and an embargoed
 *   story's alias says nothing) are made here rather than in next.config.ts,
 *   because Next drops configured headers from its own redirects;
 * - a withdrawn story's addresses answer its notice (410), rendered here;
 * - addresses of dynamic routes that name nothing published get the site's
 *   404 without rendering anything (no cache entry, no hint a story exists).
 */
export function proxy(request: NextRequest) {
  const pathname = rawPathname(request);
  const answer = earlyAnswer(request.method, pathname);
  if (answer) return plainAnswer(answer);
  if (request.nextUrl.pathname === '/api/publish') {
    return mayPublish(request.headers) ? NextResponse.next() : plainAnswer(API_NOT_FOUND);
  }
  try {
    const target = redirectTarget(pathname, publishedAliases());
    if (target) {
      const headers = withSecurityHeaders();
      headers.set('Location', new URL(`${target}${request.nextUrl.search}`, request.url).toString());
      return new NextResponse(null, { status: 308, headers });
    }
    const path = request.nextUrl.pathname;
    if (isServablePath(path) === false) {
      // Asked only of addresses that name nothing published, so pages readers can see pay nothing for it.
      const withdrawn = withdrawnStoryAt(path);
      // Never cached: a later publish may restore the story.
      if (withdrawn) return ownAnswer(WITHDRAWN_STATUS, withdrawnNoticeHtml(withdrawn.article, withdrawn.lang), 'text/html');
      // The rewrite target itself is not an address readers may use.
      return internalRewrite(request, NOT_PUBLISHED, withEdition(request, path));
    }
  } catch (error) {
    // Content that cannot load is the pages' to report; a proxy error would be a bare 500.
    console.error(error);
  }
  return NextResponse.next({ request: { headers: withEdition(request, request.nextUrl.pathname) } });
}

function plainAnswer({ status, body, allow }: EarlyAnswer): NextResponse {
  return ownAnswer(status, status === 204 ? null : body, 'text/plain', allow);
}

/** An answer of the proxy's own, with the security headers, never cached. */
function ownAnswer(status: number, body: string | null, type: 'text/plain' | 'text/html', allow?: string): NextResponse {
  const headers = withSecurityHeaders();
  headers.set('Content-Type', `${type}; charset=utf-8`);
  headers.set('Cache-Control', 'no-store');
  if (allow) headers.set('Allow', allow);
  return new NextResponse(body, { status, headers });
}

function withSecurityHeaders(): Headers {
  return new Headers(securityHeaders().map(({ key, value }): [string, string] => [key, value]));
}

/** The path as the client sent it (nextUrl may already be normalized). */
function rawPathname(request: NextRequest): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const path = start === -1 ? '/' : url.slice(start);
  return path.replace(/[?#].*$/, '');
}
