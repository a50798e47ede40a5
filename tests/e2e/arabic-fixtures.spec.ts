import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * The Arabic edition, against the fixture build (tests/fixtures/make-paginated-content.mjs):
 * translations of fixture stories 45 (with a photo), 44 and 10 (out of date, still published),
 * a draft translation of 43, and a translation of the story embargoed until 2099.
 */
const ARABIC_PAGES = {
  front: '/ar',
  index: '/ar/libya',
  article: '/ar/articles/fixture-story-45',
  timeline: '/ar/libya/timeline',
  person: '/ar/people/khalifa-hifter',
  search: `/ar/search?q=${encodeURIComponent('حفطر')}`,
  'not-found': '/ar/articles/no-such-story',
};

for (const [name, url] of Object.entries(ARABIC_PAGES)) {
  test(`Arabic ${name} is lang="ar" dir="rtl" with an Arabic interface`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.skip-link')).toHaveText('انتقل إلى المحتوى');
    // Mirrored: the header's site name sits at the right edge.
    const name = await page.locator('.site-header__name').boundingBox();
    const viewport = page.viewportSize()!;
    expect(name!.x + name!.width).toBeGreaterThan(viewport.width / 2);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Arabic ${name} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
}

test('Arabic pages pass the Nu HTML Checker with zero errors', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-ar-'));
  try {
    for (const [name, url] of Object.entries(ARABIC_PAGES)) fs.writeFileSync(path.join(dir, `${name}.html`), await (await request.get(url)).text());
    const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', dir], { encoding: 'utf8' });
    expect(result.error, 'Java is needed to run the Nu HTML Checker').toBeUndefined();
    const { messages } = JSON.parse(result.stdout) as { messages: { type: string; url: string; message: string }[] };
    expect(messages.filter((m) => m.type === 'error').map((m) => `${path.basename(m.url)}: ${m.message}`)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('hreflang pairs are reciprocal, with x-default to English, and the switch links both ways', async ({ page }) => {
  const alternates = async (url: string) => {
    await page.goto(url);
    return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname])),
    );
  };
  const pair = { en: '/articles/fixture-story-45', ar: '/ar/articles/fixture-story-45', 'x-default': '/articles/fixture-story-45' };
  expect(await alternates(pair.ar)).toEqual(pair);
  await expect(page.locator('.language-switch a')).toHaveAttribute('href', pair.en);
  expect(await alternates(pair.en)).toEqual(pair);
  await expect(page.locator('.language-switch a')).toHaveAttribute('href', pair.ar);
  await expect(page.locator('.language-switch a')).toHaveAttribute('hreflang', 'ar');
  expect(await alternates('/ar/libya')).toEqual({ en: '/libya', ar: '/ar/libya', 'x-default': '/libya' });
  expect(await alternates('/libya')).toEqual({ en: '/libya', ar: '/ar/libya', 'x-default': '/libya' });
  const person = { en: '/people/khalifa-hifter', ar: '/ar/people/khalifa-hifter', 'x-default': '/people/khalifa-hifter' };
  expect(await alternates(person.en)).toEqual(person);
  expect(await alternates(person.ar)).toEqual(person);
});

test('an English story without a published translation links to nothing', async ({ page }) => {
  for (const slug of ['fixture-story-43', 'fixture-story-01']) {
    await page.goto(`/articles/${slug}`);
    await expect(page.locator('.language-switch')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  }
});

test('drafts and embargoes carry over: those translations are 404s and listed nowhere', async ({ page, request }) => {
  for (const slug of ['fixture-story-43', 'fixture-scheduled']) {
    expect((await request.get(`/ar/articles/${slug}`)).status()).toBe(404);
    expect((await request.get(`/ar/articles/${slug}/opengraph-image`)).status()).toBe(404);
  }
  await page.goto('/ar/libya');
  await expect(page.locator('.story')).toHaveCount(3);
  const feed = await (await request.get('/ar/feed.xml')).text();
  expect(feed).not.toContain('fixture-scheduled');
  expect(feed).not.toContain('fixture-story-43');
});

test('Arabic search finds a story by a spelling variant, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/search');
  await page.locator('#search-page-query').fill('امعيتيقه');
  await page.locator('#search-page-query').press('Enter');
  await expect(page).toHaveURL(/\/ar\/search\?q=/);
  await expect(page.locator('.search-results .story__headline a')).toHaveText(['قصة اختبارية 45: حفتر يتقدم نحو مطار معيتيقة']);
  await page.goto(`/ar/search?q=${encodeURIComponent('حفطر')}`);
  await expect(page.locator('.search-results .story__headline a')).toHaveCount(1);
  await context.close();
});

test('dates are in Libya time with Arabic month names and Western digits', async ({ page }) => {
  await page.goto('/ar/articles/fixture-story-45');
  const published = await page.locator('.article__meta time').first().textContent();
  expect(published).toMatch(/^\d{1,2} (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}/);
  expect(published).not.toMatch(/[\u0660-\u0669]/);
});

test('Arabic feeds, sitemap alternates, JSON-LD and the OpenGraph card', async ({ page, request }) => {
  const rss = await request.get('/ar/feed.xml');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  expect(await rss.text()).toContain('<language>ar</language>');
  expect((await (await request.get('/ar/atom.xml')).text())).toContain('/ar/articles/fixture-story-45');
  expect(JSON.parse(await (await request.get('/ar/feed.json')).text()).language).toBe('ar');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/ar\/articles\/fixture-story-45<\/loc>[\s\S]*?hreflang="en" href="[^"]*\/articles\/fixture-story-45"/);
  await page.goto('/ar/articles/fixture-story-45');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd[0] ?? jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'ar' });
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(card!).pathname).toBe('/ar/articles/fixture-story-45/opengraph-image');
  const png = await request.get(new URL(card!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
});

test('unknown Arabic addresses get the Arabic 404 page, complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of ['/ar/no-such-page', '/ar/articles/no-such-story', '/ar/libya/page/9', '/ar/people/no-such-person', '/ar/topics/tripoli-offensive/page/1', '/ar/topics/tripoli-offensive/page/2']) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
  }
  const english = await page.goto('/articles/no-such-story');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toContainText('find that page');
  await context.close();
});
