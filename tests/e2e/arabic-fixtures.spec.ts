import { expect, test } from '@playwright/test';
import { nuCheckerErrors } from './nu-checker';
import { axeViolations } from './axe';

/**
 * The Arabic edition, against the fixture build (tests/fixtures/make-paginated-content.mjs):
 * translations of fixture stories 45 (with a photo), 44 and 10 (out of date, still published),
 * a draft translation of 43, and a translation of the story embargoed until 2099; the Arabic
 * edition of the fixture live page (44 of its 45 due entries translated, and the 2099 one).
 */
const ARABIC_PAGES = {
  front: '/ar',
  index: '/ar/libya',
  article: '/ar/articles/fixture-story-45',
  timeline: '/ar/libya/timeline',
  person: '/ar/people/khalifa-hifter',
  search: `/ar/search?q=${encodeURIComponent('حفطر')}`,
  live: '/ar/live/fixture-live',
  'live-older': '/ar/live/fixture-live/page/2',
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

  test(`Arabic ${name} has no axe violations, light or dark`, async ({ page }) => {
    expect(await axeViolations(page, url)).toEqual([]);
  });
}

test('Arabic pages pass the Nu HTML Checker with zero errors', async ({ request }) => {
  test.setTimeout(120_000);
  expect(await nuCheckerErrors(request, ARABIC_PAGES)).toEqual([]);
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
  // The query's word is marked in each dek as the story spells it (اختبارية), not as typed or folded.
  await page.goto(`/ar/search?q=${encodeURIComponent('اختباريه')}`);
  await expect(page.locator('.search-results mark').first()).toHaveText('اختبارية');
  await page.goto('/ar/search?q=zzzz');
  await expect(page.getByRole('link', { name: 'كل تغطية ليبيا' })).toHaveAttribute('href', '/ar/libya');
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

test('the Arabic live page: Arabic interface, 44 due entries in pages of 8, the scheduled one hidden', async ({ page, request }) => {
  await page.goto('/ar/live/fixture-live');
  await expect(page.locator('h1')).toHaveText('تغطية مباشرة اختبارية');
  await expect(page.locator('.live-status__label')).toHaveText('مباشر');
  await expect(page.locator('#what-we-know')).toHaveText('ما نعرفه');
  await expect(page.locator('#key-events')).toHaveText('أبرز الأحداث');
  await expect(page.locator('#pinned-heading')).toHaveText('مثبّت');
  await expect(page.locator('.live__pinned .live-entry__title')).toHaveText('تحديث اختباري رقم 30');
  const stream = page.locator('.live__entries .live-entry');
  await expect(stream).toHaveCount(8);
  // Newest first: entry 45 has no Arabic translation yet, so 44 leads; the 2099 entry is not shown.
  await expect(stream.first().locator('.live-entry__title')).toHaveText('تحديث اختباري رقم 44');
  await expect(page.locator('body')).not.toContainText('من المستقبل');
  const firstId = await stream.first().getAttribute('id');
  expect(firstId).toMatch(/^entry-\d{8}-\d{4}$/);
  await expect(stream.first().locator('.live-entry__time a')).toHaveAttribute('href', `#${firstId}`);
  // A key event on an older page links to that page, at the entry.
  const key = page.locator('.live__key-events a').filter({ hasText: 'رقم 02' });
  await expect(key).toHaveAttribute('href', /^\/ar\/live\/fixture-live\/page\/6#entry-/);
  await page.goto('/ar/live/fixture-live/page/6');
  await expect(page.locator('.live__entries .live-entry')).toHaveCount(4);
  for (const url of ['/ar/live/fixture-live/page/7', '/ar/live/fixture-live/page/1', '/ar/live/x', '/ar/live/fixture-live/page/x']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const jsonLd = JSON.parse((await page.goto('/ar/live/fixture-live').then(() => page.locator('script[type="application/ld+json"]').first().textContent()))!);
  const posting = (Array.isArray(jsonLd) ? jsonLd : [jsonLd]).find((item: { '@type': string }) => item['@type'] === 'LiveBlogPosting');
  expect(posting).toMatchObject({ inLanguage: 'ar', headline: 'تغطية مباشرة اختبارية' });
  expect(new URL(posting.liveBlogUpdate[0].url).pathname).toBe('/ar/live/fixture-live');
});

test('the Arabic and English live pages are an hreflang pair both ways, with language switches; the Arabic front page lists it', async ({ page, request }) => {
  const alternates = async (url: string) => {
    await page.goto(url);
    return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname])),
    );
  };
  const pair = { en: '/live/fixture-live', ar: '/ar/live/fixture-live', 'x-default': '/live/fixture-live' };
  expect(await alternates(pair.ar)).toEqual(pair);
  await expect(page.locator('.language-switch a')).toHaveAttribute('href', pair.en);
  expect(await alternates(pair.en)).toEqual(pair);
  await expect(page.locator('.language-switch a')).toHaveAttribute('href', pair.ar);
  expect(await alternates('/ar/live/fixture-live/page/2')).toEqual({});
  await page.goto('/ar');
  await expect(page.locator('.live-list a')).toHaveAttribute('href', pair.ar);
  await expect(page.locator('.live-list .live-marker')).toHaveText('مباشر');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/ar\/live\/fixture-live<\/loc>[\s\S]*?hreflang="en" href="[^"]*\/live\/fixture-live"/);
});
