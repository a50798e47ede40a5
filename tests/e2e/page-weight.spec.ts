import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { publishedArticles } from './published-content';

/**
 * The site writes no client JavaScript: every page loads the same scripts
 * (Next's runtime only), and their size stays under a budget. Measured on
 * Next 16.4.6 / React 19.3: 174.4 KB gzip in 8 files (see scripts/measure-page-weight.mjs).
 */
const JS_BUDGET_GZIP_KB = 185;

async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).sort();
}

test('article, index and front page load exactly the same scripts', async ({ request }) => {
  const article = await scriptsOf(request, publishedArticles()[0]!.path);
  expect(article.length).toBeGreaterThan(0);
  expect(await scriptsOf(request, '/')).toEqual(article);
  expect(await scriptsOf(request, '/libya')).toEqual(article);
  // Maps and charts are server-rendered SVG: no scripts of their own.
  for (const path of ['/libya/map', '/libya/figures', '/places/tripoli']) {
    expect(await scriptsOf(request, path), path).toEqual(article);
  }
});

test(`an article page's JavaScript stays under ${JS_BUDGET_GZIP_KB} KB gzip`, async ({ request }) => {
  let total = 0;
  for (const src of await scriptsOf(request, publishedArticles()[0]!.path)) {
    total += gzipSync(await (await request.get(src)).body()).length;
  }
  expect(total / 1024).toBeLessThan(JS_BUDGET_GZIP_KB);
});
