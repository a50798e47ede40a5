/**
 * Addresses the site serves that are not content pages: route handlers,
 * generated images, Next's own files, a future API, whole sections whose
 * pages come and go (pagination, taxonomy entries), and public files. An
 * alias becomes a redirect, and redirects run before routes, so an alias
 * on one of these would hijack it.
 */
const RESERVED_EXACT = new Set([
  '/',
  '/articles',
  '/icon.svg',
  '/favicon.ico',
  '/apple-icon.png',
  '/manifest.webmanifest',
  '/opengraph-image',
  '/twitter-image',
  '/publisher-logo.png',
  '/robots.txt',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
]);

/** Sections: the path itself and everything under it. */
const RESERVED_SECTIONS = [
  '/_next',
  '/api',
  '/libya',
  '/live',
  '/lite',
  '/corrections',
  '/search',
  '/topics',
  '/places',
  '/people',
  '/authors',
  '/sitemaps',
  // The Arabic edition: its pages mirror the English ones and come and go with translations (decision 0014).
  '/ar',
  // Files drawn or compiled by the site: map geography (decision 0021) and stylesheets (decision 0027).
  '/maps',
  '/css',
];

/** Generated files Next serves under any page (`/articles/x/opengraph-image`). */
const GENERATED_SEGMENT = /^(opengraph-image|twitter-image|icon|apple-icon)(-[\w-]+)?(\.\w+)?$/;

/**
 * Why `path` may not be an alias, or undefined if it may. Compared
 * decoded, without a trailing slash and ignoring case (as requests are).
 */
export function reservedPathReason(path: string, publicFiles: ReadonlySet<string>): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'it has a malformed percent-encoding (a % not followed by two hex digits), which no request can match';
  }
  const normal = (decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded).toLowerCase();
  if (RESERVED_EXACT.has(normal)) return `${normal} is a file or feed the site serves`;
  const section = RESERVED_SECTIONS.find((prefix) => normal === prefix || normal.startsWith(`${prefix}/`));
  if (section) return `addresses under ${section} belong to the site (its pages there are generated)`;
  if (normal.split('/').some((segment) => GENERATED_SEGMENT.test(segment))) return 'it is the address of a generated image';
  const lowerPublic = new Set([...publicFiles].map((file) => file.toLowerCase()));
  if (lowerPublic.has(normal)) return `${normal} is a file under public/`;
  return undefined;
}
