import path from 'node:path';

/** One place for site-wide settings; every absolute URL derives from `site.url`. */
export const site = {
  name: 'Conflict Desk',
  tagline: 'Independent coverage of the war in western Libya, 2019–2020',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  language: 'en',
  timeZone: 'Africa/Tripoli',
  /** Articles per page on the coverage index and other paginated lists. */
  pageSize: 20,
  /** Headlines under the lead story on the front page. */
  frontPageHeadlines: 10,
  /** Section name for structured data and OpenGraph. */
  section: 'Libya',
  publisher: {
    name: 'Conflict Desk',
    /** 600×60 PNG, generated at build time by app/publisher-logo.png/route.tsx. */
    logo: { path: '/publisher-logo.png', width: 600, height: 60 },
  },
  /** Feeds carry this many of the latest articles. */
  feedSize: 50,
} as const;

/** Absolute URL for a site path: every absolute link derives from `site.url`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}

/** Where content lives. `CONTENT_DIR` lets tests build the site from fixtures. */
export function contentDirectory(): string {
  const override = process.env.CONTENT_DIR;
  return override
    ? path.resolve(/* turbopackIgnore: true */ process.cwd(), override)
    : path.join(/* turbopackIgnore: true */ process.cwd(), 'content');
}
