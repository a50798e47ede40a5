import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  // Lets the test suite build a second copy of the site from fixture content.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // On every response, redirects and errors included (see lib/security-headers.ts; HSTS=1 adds HSTS).
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  // Redirects (trailing slash, /libya/page/1, `aliases:` in front matter) are
  // made in proxy.ts: Next leaves configured headers off its own redirects.
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
