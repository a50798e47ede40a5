import { NextResponse, type NextRequest } from 'next/server';
import { isServablePath } from './lib/routing/servable-path';

/**
 * Runs before the routes (Node.js runtime, same process and content as the
 * pages). Addresses of dynamic routes that name nothing published get the
 * site's 404 without rendering anything.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The rewrite target itself is not an address readers may use.
  if (pathname === '/not-published' || isServablePath(pathname) === false) {
    return NextResponse.rewrite(new URL('/not-published', request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/not-published', '/articles/:path*', '/libya/page/:path*', '/(topics|places|people|authors)/:path+'],
};
