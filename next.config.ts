import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { securityHeaders } from './lib/security-headers';

/**
 * A build made with REDIS_URL set shares its page cache through Redis
 * (cache-handler.mjs), so that several servers behind a load balancer serve
 * the same pages and a publish on one is seen on all (docs/DEPLOY.md).
 */
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: path.resolve(process.cwd(), 'cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {};

const nextConfig: NextConfig = {
  // Lets the test suite build a second copy of the site from fixture content.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // .next/standalone: a self-contained server to copy to each machine (docs/DEPLOY.md).
  output: 'standalone',
  ...sharedCache,
  poweredByHeader: false,
  reactStrictMode: true,
  // On every response, redirects and errors included (see lib/security-headers.ts; HSTS=1 adds HSTS).
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  // Redirects (trailing slash, /libya/page/1, `aliases:` in front matter) are
  // made in proxy.ts: Next leaves configured headers off its own redirects.
  skipTrailingSlashRedirect: true,
  // Two root layouts (English, Arabic: decision 0014) need a 404 of their own for unmatched addresses.
  experimental: { globalNotFound: true },
  // The Arabic OpenGraph cards are drawn by satori + resvg in a route handler (native module).
  serverExternalPackages: ['@resvg/resvg-js'],
};

/**
 * Every absolute URL (canonical links, feeds, sitemaps, structured data) is
 * built from SITE_URL, so a production build without it would silently
 * point search engines at localhost. Building for this machine is a choice
 * to state: SITE_URL=http://localhost:3000 (npm start and the tests do).
 */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SITE_URL) {
    throw new Error(
      'SITE_URL is not set. Set it to the public address of the site (SITE_URL=https://news.example.org npm run build), ' +
        'or to SITE_URL=http://localhost:3000 to build for this machine only.',
    );
  }
  return nextConfig;
}
