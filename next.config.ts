import type { NextConfig } from 'next';
import { redirectsFromDisk } from './lib/content/redirects-from-disk';
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
  async redirects() {
    return [
      { source: '/libya/page/1', destination: '/libya', permanent: true },
      // `aliases:` in front matter: old addresses of renamed articles.
      ...redirectsFromDisk(),
    ];
  },
};

export default nextConfig;
