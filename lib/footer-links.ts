import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES } from './editorial-pages';
import { LITE_ROOT } from './lite/lite-paths';

/** `plain`: a document outside the app's routes (feeds, the lite edition), linked with a plain `<a>`. */
export type FooterLink = { href: string; label: string; type?: string; plain?: boolean };
export type FooterGroup = { id: string; heading: string; links: FooterLink[] };

/**
 * The footer's links on every page: the site's sections (Authors included:
 * the header has no room for it), its feeds, and the pages that say how we
 * work. Feed links are plain `<a>` (not prefetched routes) with their type.
 */
export const FOOTER_GROUPS: readonly FooterGroup[] = [
  {
    id: 'footer-sections',
    heading: 'Sections',
    links: [
      { href: '/', label: 'Front page' },
      { href: '/libya', label: 'Libya coverage' },
      { href: '/libya/timeline', label: 'Timeline' },
      { href: '/topics', label: 'Topics' },
      { href: '/people', label: 'People' },
      { href: '/places', label: 'Places' },
      { href: '/authors', label: 'Authors' },
      { href: '/search', label: 'Search' },
      { href: LITE_ROOT, label: 'Lite edition', plain: true },
    ],
  },
  {
    id: 'footer-about',
    heading: 'About',
    links: [EDITORIAL_PAGES.about, EDITORIAL_PAGES.standards, EDITORIAL_PAGES.figures, EDITORIAL_PAGES.corrections].map(
      (page) => ({ href: page.path, label: page.label }),
    ),
  },
  {
    id: 'footer-feeds',
    heading: 'Feeds',
    links: [
      { href: '/feed.xml', label: 'RSS', type: 'application/rss+xml' },
      { href: '/atom.xml', label: 'Atom', type: 'application/atom+xml' },
      { href: '/feed.json', label: 'JSON Feed', type: 'application/feed+json' },
      { href: CORRECTIONS_FEED_PATH, label: 'Corrections (RSS)', type: 'application/rss+xml' },
    ],
  },
];
