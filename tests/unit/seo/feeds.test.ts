import { describe, expect, it } from 'vitest';
import { buildFeed, jsonFeed11 } from '../../../lib/seo/feeds';
import { site } from '../../../lib/site';
import { makeArticle } from '../helpers';

const body = () => '<p>Full <em>content</em></p>';
const author = { key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [] };
const articles = Array.from({ length: 60 }, (_, i) =>
  makeArticle({
    slug: `story-${i}`,
    title: i === 0 ? 'Tom & Jerry <b>escape</b> ]]> Tripoli' : `Story ${i}`,
    published: new Date(Date.UTC(2020, 0, 60 - i)),
    authors: [author],
  }),
);

describe('buildFeed', () => {
  it('holds the latest 50 articles', () => {
    const rss = buildFeed(articles, body).rss2();
    expect(rss.match(/<item>/g)).toHaveLength(50);
    expect(rss).toContain('Story 49');
    expect(rss).not.toContain('Story 50<');
  });

  it('wraps titles in CDATA, splitting a "]]>" inside them, so the XML stays well-formed and the text intact', () => {
    const unwrapCdata = (xml: string) => xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
    for (const xml of [buildFeed(articles, body).rss2(), buildFeed(articles, body).atom1()]) {
      const title = /<title[^>]*>(<!\[CDATA\[Tom[\s\S]*?)<\/title>/.exec(xml)![1]!;
      expect(title.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).toBe(''); // nothing outside CDATA sections
      expect(unwrapCdata(title)).toBe('Tom & Jerry <b>escape</b> ]]> Tripoli');
    }
  });

  it('carries the full HTML content and absolute links', () => {
    const atom = buildFeed(articles, body).atom1();
    expect(atom).toContain(`${site.url}/articles/story-1`);
    expect(atom).toMatch(/Full (<|&lt;)em(>|&gt;)content/);
  });
});

describe('jsonFeed11', () => {
  const feed = JSON.parse(jsonFeed11(buildFeed(articles, body)));

  it('is JSON Feed 1.1 with language and items', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0].title).toBe('Tom & Jerry <b>escape</b> ]]> Tripoli');
  });

  it('uses `authors` lists instead of the 1.0 `author`', () => {
    expect(feed.items[0].authors).toEqual([expect.objectContaining({ name: 'Conflict Desk staff' })]);
    expect(feed.items[0].author).toBeUndefined();
  });
});
