import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { litePath } from '../../lib/lite/lite-paths';
import { publishedArabicArticles, publishedArticles, publishedLivePages } from './published-content';

/**
 * What a reader downloads, per page type, in KB (1,024 bytes), against
 * budgets that fail the suite when a change makes a page heavier. Byte
 * counts, not timings: they do not vary with machine load. gzip at level 6
 * (what most servers send). Measured on Next 16.4.6 / React 19.3 (see
 * docs/BENCHMARKS.md and scripts/measure-page-weight.mjs): the runtime is
 * 137.0 KB gzip in 8 files on every full page (plus Next's polyfills, 38.6 KB
 * in a `nomodule` script that browsers with ES modules never fetch, so not
 * counted); the stylesheets are inlined once in the HTML's <head> (counted
 * under html), and each page carries only the sheets of the components it
 * renders (decisions 0021 and 0027); a map's geography is one cached
 * image per frame (about 3 KB gzip, shared by every map), not page bytes; no web fonts
 * (docs/decisions/0012-system-fonts.md); the lite edition has no scripts,
 * no stylesheet and no fonts (docs/decisions/0013-lite-edition.md).
 */
type Kind = 'html' | 'css' | 'js' | 'fonts';
type Budget = Record<Kind, number> & { total: number };

const JS_BUDGET_GZIP_KB = 145;
const FULL_PAGE = { css: 6, js: JS_BUDGET_GZIP_KB, fonts: 0 };
/** The ceiling for a whole lite page load (HTML, CSS and anything else). */
const LITE_TOTAL_GZIP_KB = 15;

const articles = publishedArticles();
/** The heaviest page of its type: the article with the longest body. */
const longest = [...articles].sort((a, b) => b.html.length - a.html.length)[0]!;
const arabic = publishedArabicArticles();
const longestArabic = [...arabic].sort((a, b) => b.html.length - a.html.length)[0]!;
/** Every published story's and live page's lite page, in both editions (the live pages' first pages: the heaviest). */
const liveLite = publishedLivePages().flatMap((page) => [
  litePath(page.path),
  ...(existsSync(`content/ar/live/${page.slug}.md`) ? [litePath(`/ar${page.path}`)] : []),
]);
const litePages = [...[...articles, ...arabic].map((article) => litePath(article.path)), ...liveLite];

const BUDGETS: Record<string, { path: string; budget: Budget }> = {
  'front page': { path: '/', budget: { html: 20, ...FULL_PAGE, total: 160 } },
  'coverage index': { path: '/libya', budget: { html: 16, ...FULL_PAGE, total: 155 } },
  'longest article': { path: longest.path, budget: { html: 26, ...FULL_PAGE, total: 165 } },
  'lite coverage index': { path: '/lite', budget: { html: 8, css: 0, js: 0, fonts: 0, total: LITE_TOTAL_GZIP_KB } },
  'longest lite article': { path: `/lite${longest.path}`, budget: { html: 9, css: 0, js: 0, fonts: 0, total: LITE_TOTAL_GZIP_KB } },
  'Arabic lite coverage index': { path: '/ar/lite', budget: { html: 8, css: 0, js: 0, fonts: 0, total: LITE_TOTAL_GZIP_KB } },
  'longest Arabic lite article': { path: litePath(longestArabic.path), budget: { html: 10, css: 0, js: 0, fonts: 0, total: LITE_TOTAL_GZIP_KB } },
};

const tags = (html: string, tag: string, attribute: string, filter: (tag: string) => boolean = () => true) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))]
    .map((m) => m[0])
    .filter(filter)
    .map((t) => new RegExp(`\\b${attribute}="([^"]+)"`).exec(t)?.[1])
    .filter((value): value is string => value !== undefined);

async function bytes(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.body();
}

/** gzip KB per kind: the page, its stylesheets, scripts, fonts (woff2 as it is: already compressed). */
async function weigh(request: APIRequestContext, path: string): Promise<Record<Kind, number>> {
  const html = await bytes(request, path);
  const text = html.toString('utf8');
  const files = {
    html: [html],
    css: await Promise.all(tags(text, 'link', 'href', (t) => /rel="stylesheet"/.test(t)).map((href) => bytes(request, href))),
    js: await Promise.all([...new Set(tags(text, 'script', 'src', (t) => !/\bnomodule\b/i.test(t)))].map((src) => bytes(request, src))),
    fonts: await Promise.all(tags(text, 'link', 'href', (t) => /as="font"/.test(t)).map((href) => bytes(request, href))),
  };
  const kb = (kind: Kind) => files[kind].reduce((n, f) => n + (kind === 'fonts' ? f.length : gzipSync(f).length), 0) / 1024;
  return { html: kb('html'), css: kb('css'), js: kb('js'), fonts: kb('fonts') };
}

for (const [name, { path, budget }] of Object.entries(BUDGETS)) {
  test(`${name} stays within its byte budgets (KB gzip: ${JSON.stringify(budget)})`, async ({ request }) => {
    const weight = await weigh(request, path);
    for (const kind of ['html', 'css', 'js', 'fonts'] as const) {
      expect(weight[kind], `${path} ${kind}: ${weight[kind].toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget[kind]);
    }
    const total = weight.html + weight.css + weight.js + weight.fonts;
    expect(total, `${path} total: ${total.toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget.total);
  });
}

test('no page loads a web font (system fonts only)', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  for (const path of ['/', '/libya', longest.path, '/lite', `/lite${longest.path}`]) {
    await page.goto(path, { waitUntil: 'load' });
  }
  expect(fonts).toEqual([]);
});

test("English pages carry no font rules: the Arabic edition's Naskh faces stay on Arabic pages", async ({ request }) => {
  for (const path of ['/', '/libya', longest.path]) {
    expect((await bytes(request, path)).toString('utf8'), path).not.toContain('@font-face');
  }
  expect((await bytes(request, '/ar')).toString('utf8')).toContain('@font-face');
});

test(`a lite page load in the browser is only the page and its icon, under ${LITE_TOTAL_GZIP_KB} KB gzip in all`, async ({ page }) => {
  const loaded: { url: string; type: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    loaded.push({ url: new URL(response.url()).pathname, type: response.request().resourceType(), gzip: gzipSync(body).length });
  });
  await page.goto(`/lite${longest.path}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  expect(await page.locator('script').count()).toBe(0);
  expect(loaded.map((r) => r.type).sort()).toEqual(expect.arrayContaining(['document']));
  expect(loaded.filter((r) => !['document', 'other', 'image'].includes(r.type)), 'no stylesheet, script or font requests').toEqual([]);
  expect(loaded.filter((r) => r.type !== 'document').map((r) => r.url)).toEqual(loaded.some((r) => r.url === '/icon.svg') ? ['/icon.svg'] : []);
  const total = loaded.reduce((n, r) => n + r.gzip, 0) / 1024;
  expect(total).toBeLessThanOrEqual(LITE_TOTAL_GZIP_KB);
});

test(`every published story's and live page's lite page, English and Arabic, with its icon, is under ${LITE_TOTAL_GZIP_KB} KB gzip and has no script`, async ({ request }) => {
  const icon = gzipSync(await bytes(request, '/icon.svg')).length;
  for (const path of litePages) {
    const html = await bytes(request, path);
    expect(html.toString('utf8'), path).not.toMatch(/<script\b/i);
    expect((gzipSync(html).length + icon) / 1024, path).toBeLessThanOrEqual(LITE_TOTAL_GZIP_KB);
  }
});

async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).sort();
}

test('Chromium fetches exactly the scripts the budgets count: the nomodule polyfills are not among them', async ({ page, request }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname);
  });
  await page.goto(longest.path, { waitUntil: 'load' });
  const html = await (await request.get(longest.path)).text();
  const counted = [...new Set(tags(html, 'script', 'src', (t) => !/\bnomodule\b/i.test(t)))];
  const legacy = tags(html, 'script', 'src', (t) => /\bnomodule\b/i.test(t));
  expect(legacy.length, 'Next still ships its polyfills as a nomodule script').toBeGreaterThan(0);
  expect([...new Set(fetched)].sort()).toEqual(counted.sort());
});

test('article, index and front page load exactly the same scripts', async ({ request }) => {
  const article = await scriptsOf(request, articles[0]!.path);
  expect(article.length).toBeGreaterThan(0);
  expect(await scriptsOf(request, '/')).toEqual(article);
  expect(await scriptsOf(request, '/libya')).toEqual(article);
  // Maps and charts are server-rendered SVG: no scripts of their own.
  for (const path of ['/libya/map', '/libya/figures', '/places/tripoli']) {
    expect(await scriptsOf(request, path), path).toEqual(article);
  }
});
