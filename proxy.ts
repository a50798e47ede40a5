import { NextResponse, type NextRequest } from 'next/server';
import { aliasMapFromDisk } from './lib/content/redirects-from-disk';
import { redirectTarget } from './lib/redirects';
import { earlyAnswer } from './lib/request-rules';
import { securityHeaders } from './lib/security-headers';

/**
 * Runs before every route (Next 16's renamed middleware). Answers bad
 * addresses (400) and unsupported methods (405, OPTIONS 204) itself, and
 * makes the site's permanent redirects (trailing slash, /libya/page/1,
 * article aliases) here rather than in next.config.ts, because Next drops
 * configured headers from its own redirects: every response answered here
 * carries the security headers.
 */
export function proxy(request: NextRequest) {
  const pathname = rawPathname(request);
  const answer = earlyAnswer(request.method, pathname);
  if (answer) {
    const headers = withSecurityHeaders();
    headers.set('Content-Type', 'text/plain; charset=utf-8');
    headers.set('Cache-Control', 'no-store');
    if (answer.allow) headers.set('Allow', answer.allow);
    return new NextResponse(answer.status === 204 ? null : answer.body, { status: answer.status, headers });
  }
  const target = pathname.startsWith('/_next/') ? undefined : redirectTarget(pathname, aliasMapFromDisk());
  if (target) {
    const headers = withSecurityHeaders();
    headers.set('Location', new URL(`${target}${request.nextUrl.search}`, request.url).toString());
    return new NextResponse(null, { status: 308, headers });
  }
  return NextResponse.next();
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
