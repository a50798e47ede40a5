import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/content/article';
import { serializeJsonLd, newsArticleJsonLd, breadcrumbJsonLd } from '../../../lib/seo/json-ld';
import { atomXml, buildFeed, jsonFeed11, rssXml } from '../../../lib/seo/feeds';
import { renderFeedXml } from '../../../lib/seo/feed-xml-escapes';
import { renderNewsSitemap, renderSitemap, renderSitemapIndex, renderUrlset } from '../../../lib/seo/sitemap';
import { escapeXml, xmlSafeText } from '../../../lib/seo/xml-text';
import { makeArticle } from '../helpers';
import { anyText, strictXmlElements } from './xml-support';

type Texts = { title: string; dek: string; html: string; author: string; topic: string; place: string };

const BENIGN: Texts = { title: 'T', dek: 'D', html: '<p>B</p>', author: 'A', topic: 'P', place: 'L' };

/** Bodies are rendered on demand in the site; here each test article carries its own. */
const bodies = new WeakMap<Article, string>();
const bodyOf = (article: Article) => bodies.get(article) ?? '';
const rss = (articles: readonly Article[]) => rssXml(articles, bodyOf);
const atom = (articles: readonly Article[]) => atomXml(articles, bodyOf);

function articleWith(texts: Texts, slug = 'story'): Article {
  const article = makeArticle({
    slug,
    published: new Date(Date.UTC(2019, 3, 5, 12)),
    title: texts.title,
    dek: texts.dek,
    authors: [{ key: 'desk', name: texts.author, aliases: [] }],
    topics: [{ key: 'topic', name: texts.topic, aliases: [] }],
    dateline: { key: 'tripoli', name: texts.place, aliases: [], latitude: 32.9, longitude: 13.2, approximate: false },
    places: [{ key: 'tripoli', name: texts.place, aliases: [], latitude: 32.9, longitude: 13.2, approximate: false }],
  });
  bodies.set(article, texts.html);
  return article;
}

const anyTexts = fc.record({ title: anyText, dek: anyText, html: anyText, author: anyText, topic: anyText, place: anyText });

function countNames(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

const WRITERS: Record<string, (articles: Article[]) => string> = {
  rss,
  atom,
  'news sitemap': renderNewsSitemap,
  sitemap: (articles) => renderSitemap(articles.map((a) => ({ path: a.path, lastModified: a.modified }))),
  'sitemap index': (articles) => renderSitemapIndex([articles.map((a) => ({ path: a.path, lastModified: a.modified }))]),
};

describe('XML writers: well-formed for any text', () => {
  for (const [name, write] of Object.entries(WRITERS)) {
    it(`${name}: parses as XML and has no element a plain document lacks`, () => {
      const expected = countNames(strictXmlElements(write([articleWith(BENIGN, 'a'), articleWith(BENIGN, 'b')])));
      fc.assert(
        fc.property(anyTexts, anyTexts, (first, second) => {
          const xml = write([articleWith(first, 'a'), articleWith(second, 'b')]);
          // Empty texts may leave an element out; none may add one.
          for (const [element, count] of countNames(strictXmlElements(xml))) {
            expect(count, element).toBeLessThanOrEqual(expected.get(element) ?? 0);
          }
        }),
        { numRuns: 300 },
      );
    }, 30_000);
  }

  it('a headline with "]]>" twice keeps RSS and Atom well-formed and the text intact', () => {
    const title = 'One ]]> two ]]> three';
    for (const xml of [rss([articleWith({ ...BENIGN, title })]), atom([articleWith({ ...BENIGN, title })])]) {
      expect(() => strictXmlElements(xml)).not.toThrow();
      const unwrapped = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
      expect(unwrapped).toContain(title);
    }
  });

  it('a crafted headline cannot inject a <link> element', () => {
    const title = 'a]]>b]]></title><link>https://evil.example/</link><title><![CDATA[c';
    const xml = rss([articleWith({ ...BENIGN, title })]);
    const links = strictXmlElements(xml).filter((n) => n === 'link');
    expect(links).toEqual(strictXmlElements(rss([articleWith(BENIGN)])).filter((n) => n === 'link'));
    expect(xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')).toContain(title);
  });

  it.each(['\u0000', '\u0001', '\u000B', '\u001B'])('control character %j is removed from feeds and the news sitemap', (char) => {
    const article = articleWith({ ...BENIGN, title: `Before${char}after`, dek: `d${char}` });
    for (const xml of [rss([article]), atom([article]), renderNewsSitemap([article])]) {
      expect(() => strictXmlElements(xml)).not.toThrow();
      expect(xml).toContain('Beforeafter');
    }
  });

  it('renderUrlset of no entries is still well-formed', () => {
    expect(strictXmlElements(renderUrlset([]))).toEqual(['urlset']);
  });
});

describe('JSON Feed and JSON-LD for any text', () => {
  it('the JSON feed is valid JSON carrying the text without forbidden characters', () => {
    fc.assert(
      fc.property(anyTexts, (texts) => {
        const data = JSON.parse(jsonFeed11(buildFeed([articleWith(texts)], bodyOf)));
        expect(data.items[0].title ?? '').toBe(xmlSafeText(texts.title));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('JSON-LD never contains "<", so no text can close its <script>, and parses back to the same data', () => {
    fc.assert(
      fc.property(anyTexts, (texts) => {
        const article = articleWith(texts);
        for (const data of [newsArticleJsonLd(article), breadcrumbJsonLd([{ name: texts.title, path: article.path }])]) {
          const serialized = serializeJsonLd(data);
          expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(serialized)).toEqual(JSON.parse(JSON.stringify(data)));
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('xmlSafeText, escapeXml and renderFeedXml', () => {
  it('keeps tab, newline, carriage return, astral characters and private-use characters', () => {
    expect(xmlSafeText('a\tb\nc\rd\u{1F600}\uE000')).toBe('a\tb\nc\rd\u{1F600}\uE000');
  });

  it('drops C0/C1 controls, DEL, U+FFFE/U+FFFF and unpaired surrogates', () => {
    expect(xmlSafeText('a\u0000\u0001\u000B\u001B\u007F\u0085\u009F\uFFFE\uFFFF\uD800b\uDC00')).toBe('ab');
  });

  it('escapeXml output is always well-formed element content and attribute value', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(strictXmlElements(`<a b="${escapeXml(text)}">${escapeXml(text)}</a>`)).toEqual(['a']);
      }),
    );
  });

  it('falls back to &gt; when every private-use character is already in the document', () => {
    const all = Array.from({ length: 0xf8ff - 0xe000 + 1 }, (_, i) => String.fromCharCode(0xe000 + i)).join('');
    const xml = renderFeedXml(
      ({ cdata, attribute }) =>
        `<a b="${attribute(`<${all}`)}"><![CDATA[${cdata(`x]]>y]]>${all}`).replace(']]>', ']]]]><![CDATA[>')}]]></a>`,
    );
    expect(strictXmlElements(xml)).toEqual(['a']);
  });
});
