/**
 * Static pages need 'unsafe-inline' in script-src (Next inlines its page
 * data; a nonce would make every page dynamic). Sanitized Markdown is the
 * real XSS defence; these headers limit what anything else could do.
 */
const CONTENT_SECURITY_POLICY = [
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

/** Two years, the preload list's minimum; subdomains included. */
const HSTS = 'max-age=63072000; includeSubDomains';

export type Header = { key: string; value: string };

/** True when the site is served over HTTPS and should say so (`HSTS=1`). */
export function hstsEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.HSTS === '1' || env.HSTS === 'true';
}

/**
 * The headers every response carries (pages, files, feeds, redirects,
 * errors). `Strict-Transport-Security` only with `HSTS=1`: sent over plain
 * HTTP it is ignored, and on a site that is not fully HTTPS it locks
 * readers out, so the operator turns it on (docs/SECURITY.md).
 */
export function securityHeaders(env: Readonly<Record<string, string | undefined>> = process.env): Header[] {
  return [
    { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(hstsEnabled(env) ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
  ];
}
