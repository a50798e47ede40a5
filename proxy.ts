import { NextResponse, type NextRequest } from 'next/server';
import { earlyAnswer } from './lib/request-rules';
import { securityHeaders } from './lib/security-headers';

/**
 * Runs before every route (Next 16's renamed middleware): answers bad
 * addresses and unsupported methods itself, with the security headers,
 * so that no request reaches a route that would answer 500 or a bare 4xx.
 */
export function proxy(request: NextRequest) {
  const answer = earlyAnswer(request.method, rawPathname(request));
  if (!answer) return NextResponse.next();
  const headers = new Headers(securityHeaders().map(({ key, value }): [string, string] => [key, value]));
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  if (answer.allow) headers.set('Allow', answer.allow);
  return new NextResponse(answer.status === 204 ? null : answer.body, { status: answer.status, headers });
}

/** The path as the client sent it (Next may have normalized nextUrl). */
function rawPathname(request: NextRequest): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const path = start === -1 ? '/' : url.slice(start);
  return path.replace(/[?#].*$/, '');
}
