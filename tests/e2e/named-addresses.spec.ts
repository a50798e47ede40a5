import { expect, test } from '@playwright/test';
import { publishedArticles, publishedLivePages } from './published-content';

/**
 * Every address a page names for machines answers: canonical and alternate
 * links (feeds, languages, the lite edition), icons, OpenGraph and Twitter
 * images, and every URL in its structured data. Crawlers and social sites
 * follow them without a reader to notice a broken one: the NewsArticle
 * `image` of every English story pointed at a 404 for months.
 *
 * The build names the site by SITE_URL; the server under test listens
 * elsewhere, so each address is requested by its path (and query) on it.
 */
const article = publishedArticles()[0]!;
const PAGES = [
  '/',
  '/libya',
  '/libya/timeline',
  '/libya/map',
  '/libya/figures',
  article.path,
  `/live/${publishedLivePages()[0]!.slug}`,
  '/topics/ceasefire',
  '/people/fayez-al-sarraj',
  '/authors/conflict-desk',
  '/corrections',
  '/about',
  '/ar',
  `/ar${article.path}`,
];

/** The absolute addresses on this site that a page's head and structured data name. */
function namedAddresses(html: string, site: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const found = new Set<string>();
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel');
    if (rel && /^(canonical|alternate|icon|author|apple-touch-icon)$/.test(rel)) found.add(attribute(tag, 'href')!);
  }
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = attribute(tag, 'property') ?? attribute(tag, 'name') ?? '';
    if (/^(og:url|og:image|twitter:image|article:author)$/.test(key)) found.add(attribute(tag, 'content')!);
  }
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && value.startsWith(site)) found.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) visit(JSON.parse(json!));
  return [...found].map((address) => address.replaceAll('&amp;', '&')).filter((address) => address.startsWith(site) || address.startsWith('/'));
}

for (const path of PAGES) {
  test(`${path}: every address its head and structured data name answers 200`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).origin;
    const addresses = namedAddresses(html, site);
    expect(addresses.length).toBeGreaterThan(3);
    const broken: string[] = [];
    for (const address of addresses) {
      const url = new URL(address, site);
      // Fragments name places in a page (#organization); the page itself must answer.
      const answer = await request.get(url.pathname + url.search, { maxRedirects: 0 });
      if (answer.status() !== 200) broken.push(`${address}: ${answer.status()}`);
    }
    expect(broken).toEqual([]);
  });
}
