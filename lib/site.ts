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
} as const;

/** Where content lives. `CONTENT_DIR` lets tests build the site from fixtures. */
export function contentDirectory(): string {
  const override = process.env.CONTENT_DIR;
  return override
    ? path.resolve(/* turbopackIgnore: true */ process.cwd(), override)
    : path.join(process.cwd(), 'content');
}
