import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';

/**
 * Static pages need 'unsafe-inline' in script-src (Next inlines its page
 * data; a nonce would make every page dynamic). Sanitized Markdown is the
 * real XSS defence; these headers limit what anything else could do.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

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
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  async redirects() {
    return [
      { source: '/libya/page/1', destination: '/libya', permanent: true },
      // Articles' `aliases:` are redirected by proxy.ts from the live content, so they change with a publish.
    ];
  },
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
