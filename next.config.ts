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
  ...(process.env.PAGE_CACHE_MB ? { cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB) * 1024 * 1024 } : {}),
  // `npm run build` type-checks (tsc --noEmit) before `next build`, so Next does not check again
  // inside the build, where the checker ran beside Turbopack and the page workers: the build's
  // peak memory went from 2.5 to 1.7 GB and its time down by 13 s (docs/BENCHMARKS.md).
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // On every response, redirects and errors included (see lib/security-headers.ts; HSTS=1 adds HSTS).
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  // Redirects (trailing slash, /libya/page/1, `aliases:` in front matter) are
  // made in proxy.ts: Next leaves configured headers off its own redirects.
  skipTrailingSlashRedirect: true,
  // Our stylesheets do not go through Next: components name them (components/Stylesheet.tsx) and
  // each page carries its own once, inline in its <head> (decision 0027). What Next still compiles
  // is next/font's @font-face rules for the Arabic edition (about 1 KB), inlined too, so that no
  // page waits for a CSS request before its first paint (decision 0012).
  experimental: {
    inlineCss: true,
    // No Turbopack cache on disk for `next build`: every build here is clean (CI, the bench,
    // `npm start` on a fresh clone), so the cache only cost memory. Off, the build's main
    // process peaked at 902–975 MB instead of 1129–1150 MB at 1,000 articles (docs/BENCHMARKS.md).
    turbopackFileSystemCacheForBuild: false,
    // Two root layouts (English, Arabic: decision 0014) need a 404 of their own for unmatched addresses.
    globalNotFound: true,
  },
  // Arabic OpenGraph cards (lib/og/arabic-card.ts): a native rasterizer and HarfBuzz's
  // WebAssembly load from node_modules at run time, and the fonts are read from there by
  // path, so the standalone output must carry them.
  serverExternalPackages: ['@resvg/resvg-js', 'harfbuzzjs'],
  outputFileTracingIncludes: {
    // Map geography is read by path when a frame is first drawn (lib/maps/base-map.ts).
    '/**': ['./node_modules/world-atlas/countries-{10m,50m}.json'],
    // The English cards read their fonts by path too (lib/seo/og-fonts.ts): without this a
    // standalone server answered /articles/<slug>/opengraph-image with a 500 (ENOENT).
    '{/opengraph-image,/articles/*/opengraph-image,/publisher-logo.png}': [
      './node_modules/@fontsource/source-serif-4/files/source-serif-4-{latin,latin-ext}-{400,700}-normal.woff',
      './node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
    ],
    '/ar/**': [
      './node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-{arabic,latin}-{400,700}-normal.woff',
      './node_modules/harfbuzzjs/dist/harfbuzz.{js,wasm}',
    ],
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
