import { describe, expect, it } from 'vitest';
import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES, POLICY_SECTIONS } from '../../lib/editorial-pages';
import { FOOTER_GROUPS } from '../../lib/footer-links';
import { sitePaths } from '../../lib/site-paths';

const EMPTY = { authors: new Map(), places: new Map(), people: new Map(), topics: new Map() };
const links = FOOTER_GROUPS.flatMap((group) => group.links);

describe('FOOTER_GROUPS', () => {
  it('links only to pages the site serves', () => {
    const paths = sitePaths([], EMPTY);
    for (const link of links) expect(paths, link.href).toContain(link.href);
  });

  it('reaches every editorial page, the authors, and all four feeds with their types', () => {
    const hrefs = links.map((link) => link.href);
    for (const page of Object.values(EDITORIAL_PAGES)) expect(hrefs).toContain(page.path);
    expect(hrefs).toContain('/authors');
    expect(links.filter((link) => link.type).map((link) => [link.href, link.type])).toEqual([
      ['/feed.xml', 'application/rss+xml'],
      ['/atom.xml', 'application/atom+xml'],
      ['/feed.json', 'application/feed+json'],
      [CORRECTIONS_FEED_PATH, 'application/rss+xml'],
    ]);
  });

  it('has unique group ids and no duplicate links', () => {
    expect(new Set(FOOTER_GROUPS.map((group) => group.id)).size).toBe(FOOTER_GROUPS.length);
    expect(new Set(links.map((link) => link.href)).size).toBe(links.length);
  });
});

describe('POLICY_SECTIONS', () => {
  it('point at sections of the editorial pages', () => {
    const pages = Object.values(EDITORIAL_PAGES).map((page) => page.path);
    for (const target of Object.values(POLICY_SECTIONS)) {
      const [path, anchor] = target.split('#');
      expect(pages).toContain(path);
      expect(anchor).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});
