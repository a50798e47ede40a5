import { NextResponse, type NextRequest } from 'next/server';
import { aliasTarget } from './lib/content/store';
import { mayPublish } from './lib/publishing/publish-auth';
import { isServablePath } from './lib/routing/servable-path';

/** Answered exactly as any address the site does not have. */
const UNKNOWN = '/api/not-a-route';

/**
 * Runs before the routes (Node.js runtime, same process and content as the
 * pages):
 * - old addresses in articles' `aliases` redirect (308) to the article, from
 *   the live content, so a publish changes them and an embargoed story's
 *   alias says nothing;
 * - addresses of dynamic routes that name nothing published get the site's
 *   404 without rendering anything (no cache entry, no hint a story exists);
 * - the publish endpoint answers as an unknown address without the token.
 */
export function proxy(request: NextRequest) {
  try {
    return route(request);
  } catch (error) {
    // Content that cannot load is the pages' to report; a proxy error would be a bare 500.
    console.error(error);
    return NextResponse.next();
  }
}

function route(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/api/publish') {
    return mayPublish(request.headers) ? NextResponse.next() : NextResponse.rewrite(new URL(UNKNOWN, request.url));
  }
  const target = aliasTarget(pathname);
  if (target) return NextResponse.redirect(new URL(target, request.url), 308);
  // The rewrite target itself is not an address readers may use.
  if (pathname === '/not-published' || isServablePath(pathname) === false) {
    return NextResponse.rewrite(new URL('/not-published', request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Everything but Next's own assets: aliases may be any old address.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
