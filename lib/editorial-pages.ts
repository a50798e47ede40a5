/**
 * The pages that explain how Conflict Desk works. One list, used by the
 * footer, the structured data (publishing principles, corrections policy…)
 * and the sitemap, so a renamed page cannot leave a stale link behind.
 */
export const EDITORIAL_PAGES = {
  about: { path: '/about', title: 'About Conflict Desk', label: 'About us' },
  standards: { path: '/standards', title: 'Editorial standards', label: 'Editorial standards' },
  figures: { path: '/standards/figures', title: 'How we report casualty figures', label: 'How we report figures' },
  corrections: { path: '/corrections', title: 'Corrections', label: 'Corrections' },
} as const;

export type EditorialPage = keyof typeof EDITORIAL_PAGES;

/** The corrections log as an RSS feed. */
export const CORRECTIONS_FEED_PATH = '/corrections.xml';

/** Anchors of sections on the standards and about pages that structured data points at. */
export const POLICY_SECTIONS = {
  sourcing: `${EDITORIAL_PAGES.standards.path}#sourcing`,
  anonymousSources: `${EDITORIAL_PAGES.standards.path}#anonymous-sources`,
  corrections: `${EDITORIAL_PAGES.standards.path}#corrections`,
  independence: `${EDITORIAL_PAGES.standards.path}#independence`,
  contact: `${EDITORIAL_PAGES.about.path}#contact`,
  masthead: `${EDITORIAL_PAGES.about.path}#who-we-are`,
} as const;

/**
 * When the text of these pages last changed (Libya date). Update it with
 * the text: it is the pages' `lastmod` in the sitemap.
 */
export const EDITORIAL_PAGES_REVISED = new Date('2026-11-29T00:00:00+02:00');
