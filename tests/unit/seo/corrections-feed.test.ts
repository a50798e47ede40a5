import { describe, expect, it } from 'vitest';
import type { CorrectionEntry } from '../../../lib/corrections';
import { correctionsRss, correctionUrl } from '../../../lib/seo/corrections-feed';
import { EDITORIAL_PAGES_REVISED } from '../../../lib/editorial-pages';
import { site } from '../../../lib/site';
import { readCdataOnly } from '../xml-helpers';

const entry = (n: number, overrides: Partial<CorrectionEntry> = {}): CorrectionEntry => ({
  anchor: 'correction-1',
  date: new Date(Date.UTC(2020, 0, 60 - n)),
  text: `Correction ${n}.`,
  article: { slug: `story-${n}`, path: `/articles/story-${n}`, title: `Story ${n}` },
  ...overrides,
});

const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const field = (item: string, name: string) => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(item)?.[1];

describe('correctionUrl', () => {
  it('points at the correction on its story', () => {
    expect(correctionUrl(entry(1, { anchor: 'correction-2' }))).toBe(`${site.url}/articles/story-1#correction-2`);
  });
});

describe('correctionsRss', () => {
  it('is RSS 2.0 with one item per correction, newest first as given, linking to the correction', () => {
    const xml = correctionsRss([entry(1), entry(2)]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
    expect(xml).toContain(`<link>${site.url}/corrections</link>`);
    expect(xml).toContain(`href="${site.url}/corrections.xml" rel="self"`);
    const [first, second] = items(xml);
    expect(readCdataOnly(field(first!, 'title')!)).toBe('Correction: Story 1');
    expect(field(first!, 'link')).toBe(`${site.url}/articles/story-1#correction-1`);
    expect(field(first!, 'guid')).toBe(`${site.url}/articles/story-1#correction-1`);
    expect(field(first!, 'pubDate')).toBe(entry(1).date.toUTCString());
    expect(readCdataOnly(field(first!, 'description')!)).toBe('Correction 1.');
    expect(readCdataOnly(field(second!, 'title')!)).toBe('Correction: Story 2');
  });

  it('holds at most the feed size, and is dated by its newest correction', () => {
    const xml = correctionsRss(Array.from({ length: 60 }, (_, i) => entry(i)));
    expect(items(xml)).toHaveLength(site.feedSize);
    expect(xml).toContain(`<lastBuildDate>${entry(0).date.toUTCString()}</lastBuildDate>`);
    expect(items(correctionsRss([entry(1), entry(2)], 1))).toHaveLength(1);
  });

  it('is a valid empty feed when nothing has been corrected', () => {
    const xml = correctionsRss([]);
    expect(items(xml)).toEqual([]);
    expect(xml).toContain(`<lastBuildDate>${EDITORIAL_PAGES_REVISED.toUTCString()}</lastBuildDate>`);
    expect(xml).toContain('<channel>');
    expect(xml).toContain('</rss>');
  });

  it('escapes markup and CDATA breaks in headlines and correction text, and drops control characters', () => {
    const nasty = entry(1, {
      text: 'It said <script>alert(1)</script> & ]]> twice ]]>\u0000.',
      article: { slug: 's', path: '/articles/s', title: 'Tom & Jerry ]]> <b>x</b> ]]><i>y</i>\u001b' },
    });
    const [item] = items(correctionsRss([nasty]));
    expect(readCdataOnly(field(item!, 'title')!)).toBe('Correction: Tom & Jerry ]]> <b>x</b> ]]><i>y</i>');
    expect(readCdataOnly(field(item!, 'description')!)).toBe(
      'It said &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; twice ]]&gt;.',
    );
    expect(item).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(item).not.toContain('<script>');
  });
});
