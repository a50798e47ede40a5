import { describe, expect, it } from 'vitest';
import {
  MAX_URLS_PER_SITEMAP,
  NEWS_MAX_ARTICLES,
  escapeXml,
  newsSitemapArticles,
  renderNewsSitemap,
  renderSitemap,
  sitemapEntries,
  splitSitemap,
  type SitemapEntry,
} from '../../../lib/seo/sitemap';
import { EDITORIAL_PAGES_REVISED } from '../../../lib/editorial-pages';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';
import type { LivePage } from '../../../lib/content/live-page';

const HOUR = 3600_000;

function entries(count: number): SitemapEntry[] {
  return Array.from({ length: count }, (_, i) => ({ path: `/articles/story-${i}`, lastModified: new Date(Date.UTC(2020, 0, 1) + i * 1000) }));
}

describe('splitSitemap', () => {
  it('keeps up to 50,000 URLs in one file', () => {
    expect(splitSitemap(entries(MAX_URLS_PER_SITEMAP))).toHaveLength(1);
  });

  it('splits 50,001 URLs into two files of 50,000 and 1, in order, losing none', () => {
    const all = entries(MAX_URLS_PER_SITEMAP + 1);
    const parts = splitSitemap(all);
    expect(parts.map((p) => p.length)).toEqual([50_000, 1]);
    expect(parts.flat()).toEqual(all);
  });

  it('splits 120,000 URLs into three files', () => {
    expect(splitSitemap(entries(120_000)).map((p) => p.length)).toEqual([50_000, 50_000, 20_000]);
  });

  it('gives one empty part for no URLs', () => {
    expect(splitSitemap([])).toEqual([[]]);
  });
});

describe('renderSitemap', () => {
  it('writes a urlset with absolute locations and Libya-time lastmod when everything fits', () => {
    const xml = renderSitemap(entries(2));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
    expect(xml).toContain(`<loc>${site.url}/articles/story-0</loc>`);
    expect(xml).toContain('<lastmod>2020-01-01T02:00:00+02:00</lastmod>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it('lists hreflang alternates for a page that exists in both editions, and none for one that does not', () => {
    const xml = renderSitemap([
      { path: '/articles/a', lastModified: new Date('2020-01-01Z'), alternates: { en: '/articles/a', ar: '/ar/articles/a', 'x-default': '/articles/a' } },
      { path: '/articles/b', lastModified: new Date('2020-01-01Z') },
    ]);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${site.url}/ar/articles/a"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${site.url}/articles/a"/>`);
    expect(xml.split('<url>')[2]).not.toContain('xhtml:link');
  });

  it('writes a sitemap index pointing at each part when there are too many URLs', () => {
    const xml = renderSitemap(entries(7), 3);
    expect(xml).toContain('<sitemapindex');
    expect(xml.match(/<sitemap>/g)).toHaveLength(3);
    expect(xml).toContain(`<loc>${site.url}/sitemaps/0.xml</loc>`);
    expect(xml).toContain(`<loc>${site.url}/sitemaps/2.xml</loc>`);
    // Each part's lastmod is the newest of its URLs.
    expect(xml).toContain('<lastmod>2020-01-01T02:00:06+02:00</lastmod>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});

describe('sitemapEntries', () => {
  const older = makeArticle({ slug: 'older', published: new Date('2019-04-05T19:40:00Z'), topics: [{ key: 'oil', name: 'Oil', aliases: [] }] });
  const newer = makeArticle({
    slug: 'newer',
    published: new Date('2019-04-08T19:30:00Z'),
    modified: new Date('2019-04-09T08:00:00Z'),
  });
  const content = {
    articles: [newer, older],
    registries: {
      authors: new Map(),
      places: new Map(),
      people: new Map(),
      topics: new Map([
        ['oil', { key: 'oil', name: 'Oil', aliases: [] }],
        ['unused', { key: 'unused', name: 'Unused', aliases: [] }],
      ]),
    },
    timeline: [],
  } as any;
  const list = sitemapEntries(content, [newer, older], ['older']);
  const find = (path: string) => list.find((e) => e.path === path);

  it('lists every article with its modified time, never the build time', () => {
    expect(find('/articles/newer')!.lastModified).toEqual(new Date('2019-04-09T08:00:00Z'));
    expect(find('/articles/older')!.lastModified).toEqual(older.published);
  });

  it('dates list pages by the newest change among their articles', () => {
    expect(find('/')!.lastModified).toEqual(new Date('2019-04-09T08:00:00Z'));
    expect(find('/libya')!.lastModified).toEqual(new Date('2019-04-09T08:00:00Z'));
    expect(find('/topics/oil')!.lastModified).toEqual(older.published);
    expect(find('/libya/timeline')!.lastModified).toEqual(older.published);
  });

  it('lists the editorial pages, dated by their last revision', () => {
    for (const path of ['/about', '/standards', '/standards/figures', '/corrections']) {
      expect(find(path)!.lastModified).toEqual(EDITORIAL_PAGES_REVISED);
    }
  });

  it('dates the corrections page by its newest correction when that is later', () => {
    const later = new Date(EDITORIAL_PAGES_REVISED.getTime() + 86_400_000);
    const corrected = makeArticle({ slug: 'c', published: older.published, corrections: [{ date: later, text: 'Fixed.' }] });
    const entries = sitemapEntries(content, [corrected], []);
    expect(entries.find((e) => e.path === '/corrections')!.lastModified).toEqual(later);
    expect(entries.find((e) => e.path === '/about')!.lastModified).toEqual(EDITORIAL_PAGES_REVISED);
  });

  it("dates it by a live page's correction too", () => {
    const later = new Date(EDITORIAL_PAGES_REVISED.getTime() + 2 * 86_400_000);
    const live = { slug: 'l', path: '/live/l', published: older.published, status: 'ended', entries: [], corrections: [{ date: later, text: 'Fixed.' }] } as unknown as LivePage;
    const entries = sitemapEntries(content, [older], [], [live]);
    expect(entries.find((e) => e.path === '/corrections')!.lastModified).toEqual(later);
  });

  it('leaves out taxonomy entries with no articles and the search page', () => {
    expect(find('/topics/unused')).toBeUndefined();
    expect(list.some((e) => e.path.startsWith('/search'))).toBe(false);
  });
});

describe('news sitemap', () => {
  const now = new Date('2020-10-25T12:00:00Z');
  const at = (hoursAgo: number, slug = `s${hoursAgo}`) => makeArticle({ slug, title: `Story ${slug}`, published: new Date(now.getTime() - hoursAgo * HOUR) });

  it('keeps articles from the last 48 hours, newest first, and nothing from the future', () => {
    const picked = newsSitemapArticles([at(49), at(47), at(1), at(-2), at(48)], now);
    expect(picked.map((a) => a.slug)).toEqual(['s1', 's47', 's48']);
  });

  it('keeps at most 1,000', () => {
    const many = Array.from({ length: 1005 }, (_, i) => at(i / 100, `n${i}`));
    expect(newsSitemapArticles(many, now)).toHaveLength(NEWS_MAX_ARTICLES);
  });

  it('is a valid, empty urlset with the news namespace when no article is recent', () => {
    const xml = renderNewsSitemap(newsSitemapArticles([at(100)], now));
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).not.toContain('<url>');
  });

  it('writes publication, language, Libya-time date and an escaped title', () => {
    const story = makeArticle({ slug: 'x', title: 'Sirte & Jufra: a <red> line', published: new Date('2020-10-25T10:00:00Z') });
    const xml = renderNewsSitemap([story]);
    expect(xml).toContain(`<news:name>${site.publisher.name}</news:name>`);
    expect(xml).toContain('<news:language>en</news:language>');
    expect(xml).toContain('<news:publication_date>2020-10-25T12:00:00+02:00</news:publication_date>');
    expect(xml).toContain('<news:title>Sirte &amp; Jufra: a &lt;red&gt; line</news:title>');
  });
});
