import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { publishedArticles, publishedLivePages } from './published-content';

/** What search engines and feed readers get, checked over HTTP against the production build. */
const articles = publishedArticles();
const newest = articles[0]!;

async function xml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return { type: response.headers()['content-type'] ?? '', body: await response.text() };
}

test.describe('feeds', () => {
  test('RSS 2.0 parses and carries the newest article with its full content', async ({ page, request }) => {
    const { type, body } = await xml(request, '/feed.xml');
    expect(type).toContain('application/rss+xml');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        items: doc.querySelectorAll('item').length,
        firstTitle: doc.querySelector('item > title')?.textContent,
        firstLink: doc.querySelector('item > link')?.textContent,
        firstContent: doc.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent ?? '',
      };
    }, body);
    expect(parsed.error).toBeNull();
    expect(parsed.version).toBe('2.0');
    // Each live page is one more item, among the stories by the time of its newest entry.
    expect(parsed.items).toBe(Math.min(articles.length + publishedLivePages().length, 50));
    expect(parsed.firstTitle).toBe(newest.title);
    expect(parsed.firstLink).toMatch(new RegExp(`${newest.path}$`));
    expect(parsed.firstContent).toContain('<p>');
  });

  test('Atom 1.0 parses and carries the newest article', async ({ page, request }) => {
    const { type, body } = await xml(request, '/atom.xml');
    expect(type).toContain('application/atom+xml');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        ns: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName('entry').length,
        firstTitle: doc.getElementsByTagName('entry')[0]?.getElementsByTagName('title')[0]?.textContent,
      };
    }, body);
    expect(parsed.error).toBeNull();
    expect(parsed.ns).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.entries).toBe(Math.min(articles.length + publishedLivePages().length, 50));
    expect(parsed.firstTitle).toBe(newest.title);
  });

  test('JSON Feed 1.1 parses and carries the newest article', async ({ request }) => {
    const { type, body } = await xml(request, '/feed.json');
    expect(type).toContain('application/feed+json');
    const feed = JSON.parse(body) as { version: string; items: { title: string; url: string; content_html: string; authors: unknown[] }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]!.title).toBe(newest.title);
    expect(feed.items[0]!.url).toMatch(new RegExp(`${newest.path}$`));
    expect(feed.items[0]!.content_html).toContain('<p>');
    expect(feed.items[0]!.authors.length).toBeGreaterThan(0);
  });

  test('every page links all three feeds from its head', async ({ request }) => {
    for (const path of ['/', '/libya', newest.path, '/topics']) {
      const html = await (await request.get(path)).text();
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        expect(html, `${path} ${type}`).toMatch(new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}" href="[^"]+"`));
      }
    }
  });
});

test.describe('sitemaps and robots', () => {
  test('sitemap.xml is well-formed and lists every article with its real lastmod', async ({ page, request }) => {
    const { body } = await xml(request, '/sitemap.xml');
    const urls = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.getElementsByTagName('url')].map((url) => ({
        loc: url.getElementsByTagName('loc')[0]!.textContent!,
        lastmod: url.getElementsByTagName('lastmod')[0]!.textContent!,
      }));
    }, body);
    expect(urls).not.toBeNull();
    for (const article of articles) {
      const entry = urls!.find((u) => u.loc.endsWith(article.path));
      expect(entry, article.path).toBeDefined();
      expect(new Date(entry!.lastmod).getTime()).toBe(article.modified.getTime());
    }
    expect(urls!.some((u) => u.loc.endsWith('/search'))).toBe(false);
  });

  test('news sitemap is valid Google News XML (empty: nothing is from the last 48 hours)', async ({ page, request }) => {
    const { body } = await xml(request, '/news-sitemap.xml');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, urls: doc.getElementsByTagName('url').length };
    }, body);
    expect(parsed).toEqual({ error: null, root: 'urlset', urls: 0 });
    expect(body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });

  test('robots.txt allows crawling and points to both sitemaps', async ({ request }) => {
    const body = await (await request.get('/robots.txt')).text();
    expect(body).toMatch(/User-Agent: \*\nAllow: \//);
    expect(body).toMatch(/Sitemap: \S+\/sitemap\.xml/);
    expect(body).toMatch(/Sitemap: \S+\/news-sitemap\.xml/);
  });
});

test.describe('page metadata and structured data', () => {
  // Read from the HTML, as a crawler does: a browser per article would add nothing here.
  test('every article has NewsArticle and BreadcrumbList JSON-LD with the required fields', async ({ request }) => {
    for (const article of articles) {
      const html = await (await request.get(article.path)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map((m) => m[1]!);
      expect(blocks.length, article.slug).toBeGreaterThan(0);
      const data = blocks.flatMap((block) => JSON.parse(block) as unknown).flat() as Record<string, unknown>[];
      const news = data.find((d) => d['@type'] === 'NewsArticle')!;
      expect(news, article.slug).toBeDefined();
      expect(news.headline).toBe(article.title);
      expect(news.description).toBe(article.dek);
      expect(news.datePublished).toMatch(/T\d{2}:\d{2}:\d{2}\+02:00$/);
      expect(news.dateModified).toMatch(/T\d{2}:\d{2}:\d{2}\+02:00$/);
      expect((news.author as { url: string }[])[0]!.url).toMatch(/^https?:\/\/.+\/authors\//);
      expect((news.publisher as { logo: { url: string } }).logo.url).toMatch(/\/publisher-logo\.png$/);
      expect((news.image as string[])[0]).toMatch(/^https?:\/\//);
      expect((news.mainEntityOfPage as { '@id': string })['@id']).toMatch(new RegExp(`${article.path}$`));
      expect(news.articleSection).toBe('Libya');
      expect(Array.isArray(news.keywords)).toBe(true);
      expect(news.isAccessibleForFree).toBe(true);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
      expect((crumbs.itemListElement as unknown[]).length).toBe(3);
    }
  });

  test('front page carries WebSite JSON-LD with a SearchAction', async ({ page }) => {
    await page.goto('/');
    const data = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent() ?? '{}');
    expect(data['@type']).toBe('WebSite');
    expect(data.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
  });

  test('taxonomy pages carry BreadcrumbList JSON-LD', async ({ page }) => {
    await page.goto('/people/khalifa-hifter');
    const data = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent() ?? '{}');
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'People', 'Khalifa Hifter']);
  });

  test('each page has a unique title, a description, a self-referencing canonical and robots', async ({ page }) => {
    const paths = ['/', '/libya', '/libya/timeline', '/topics', '/people/khalifa-hifter', ...articles.slice(0, 3).map((a) => a.path)];
    const titles = new Set<string>();
    for (const path of paths) {
      await page.goto(path);
      titles.add(await page.title());
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(path);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/);
      await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    }
    expect(titles.size).toBe(paths.length);
  });

  test('articles are OpenGraph articles with times, section and tags', async ({ page }) => {
    await page.goto(newest.path);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', /\+02:00$/);
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', /\+02:00$/);
    await expect(page.locator('meta[property="article:section"]')).toHaveAttribute('content', 'Libya');
    expect(await page.locator('meta[property="article:tag"]').count()).toBeGreaterThan(0);
  });

  /** The page's OpenGraph image: its address, after checking that it is a 1200×630 PNG. */
  async function ogCard(page: Page, request: APIRequestContext, path: string): Promise<string> {
    await page.goto(path);
    const src = await page.locator('meta[property="og:image"]').getAttribute('content');
    const response = await request.get(new URL(src!).pathname + new URL(src!).search);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    return new URL(src!).pathname;
  }

  test("an article's OpenGraph image is a 1200×630 PNG", async ({ page, request }) => {
    expect(await ogCard(page, request, newest.path)).toMatch(/^\/articles\/[^/]+\/opengraph-image/);
  });

  test("the Arabic edition's pages that are not stories carry the Arabic site card, a 1200×630 PNG", async ({ page, request }) => {
    for (const path of ['/ar', '/ar/libya', '/ar/libya/timeline']) {
      expect(await ogCard(page, request, path), path).toBe('/ar/opengraph-image');
      await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /\/ar\/opengraph-image$/);
    }
  });

  test('404 pages return 404 and noindex', async ({ page }) => {
    const response = await page.goto('/articles/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
});
