import type { NextConfig } from 'next';

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

const nextConfig: NextConfig = {
  // Lets the test suite build a second copy of the site from fixture content.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  async redirects() {
    return [
      { source: '/libya/page/1', destination: '/libya', permanent: true },
      { source: '/live/:slug/page/1', destination: '/live/:slug', permanent: true },
      // Articles' `aliases:` are redirected by proxy.ts from the live content, so they change with a publish.
    ];
  },
};

export default nextConfig;
