import { Feed } from 'feed';
import { describe, expect, it } from 'vitest';
import { cdataSafe, escapeHtml, xmlSafeText } from '../../../lib/seo/xml-text';
import { readCdataOnly } from '../xml-helpers';

/** What the `feed` library writes for an item title. */
function rssTitle(title: string): string {
  const feed = new Feed({ title: 't', id: 'https://x.example/', link: 'https://x.example/', copyright: 'c' });
  feed.addItem({ title, link: 'https://x.example/a', date: new Date(0) });
  return /<item>\s*<title>([\s\S]*?)<\/title>/.exec(feed.rss2())![1]!;
}

describe('xmlSafeText', () => {
  it('removes C0 controls except tab and line breaks, lone surrogates and U+FFFE/FFFF', () => {
    expect(xmlSafeText('a\u0000b\u0001c\u000bd\u000ce\u001bf\u001fg')).toBe('abcdefg');
    expect(xmlSafeText('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(xmlSafeText('x\ud800y\udc00z\ufffe\uffff')).toBe('xyz');
  });

  it('keeps real text, surrogate pairs included', () => {
    expect(xmlSafeText('Tripoli — طرابلس 🇱🇾 &<>')).toBe('Tripoli — طرابلس 🇱🇾 &<>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('cdataSafe with the feed library', () => {
  it.each([
    ['no break', 'Plain headline'],
    ['one break', 'One ]]> break'],
    ['two breaks', 'Two ]]> breaks ]]> here'],
    ['breaks next to each other', ']]>]]>]]>'],
    ['a break with extra brackets', 'a]]]>b]]]]>c'],
    ['markup after a second break', 'x ]]> y ]]><script>alert(1)</script>'],
  ])('keeps the title well-formed and intact: %s', (_, title) => {
    expect(readCdataOnly(rssTitle(cdataSafe(title)))).toBe(title);
  });

  it('shows why it is needed: the library alone breaks on a second "]]>"', () => {
    expect(() => readCdataOnly(rssTitle('Two ]]> breaks ]]><b>here</b>'))).toThrow(/not only CDATA/);
  });

  it('strips forbidden characters too', () => {
    expect(readCdataOnly(rssTitle(cdataSafe('bad\u0000 ]]> \u001btext')))).toBe('bad ]]> text');
  });
});
