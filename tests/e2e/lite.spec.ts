import { expect, test } from '@playwright/test';
import { formatDateTime } from '../../lib/dates';
import { formatDateTimeAr } from '../../lib/i18n/arabic-format';
import { litePath } from '../../lib/lite/lite-paths';
import { publishedArabicArticles, publishedArticles, publishedLivePages } from './published-content';

/**
 * The lite edition (docs/decisions/0013-lite-edition.md): every published
 * story at /lite/articles/<slug> and the coverage index at /lite, as plain
 * HTML with no scripts, linked both ways with the full pages.
 */
const articles = publishedArticles();
const full = articles.find((a) => a.figures.length > 0 && a.corrections.length > 0 && a.dateline)!;
const lite = `/lite${full.path}`;
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];

test('a lite article has the whole report: headline, dek, byline, dateline, time, body, figures, corrections, sources', async ({ page }) => {
  await page.goto(lite);
  await expect(page.locator('h1')).toHaveText(full.title);
  await expect(page.getByText(full.dek, { exact: true })).toBeVisible();
  await expect(page.getByText(`By ${full.authors.map((a) => a.name).join(', ').replace(/, ([^,]*)$/, ' and $1')}`)).toBeVisible();
  await expect(page.locator('.dateline')).toContainText(full.dateline!.name.toUpperCase());
  await expect(page.locator('.meta time').first()).toHaveText(`${formatDateTime(full.published)} Libya time`);
  const firstParagraph = /<p>([^<]{20,})/.exec(full.html)![1]!.slice(0, 40);
  await expect(page.locator('.article__body')).toContainText(firstParagraph.replace(/&#x27;|&quot;|&amp;/g, (e) => ({ '&#x27;': "'", '&quot;': '"', '&amp;': '&' })[e]!));
  await expect(page.getByRole('heading', { name: 'The figures' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  await expect(page.getByText(full.corrections[0]!.text)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('ol li').first()).toContainText(full.sources[0]!.publisher);
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.locator('link[rel=stylesheet], link[rel=preload]').count()).toBe(0);
});

test('every published story has a lite page, with no script, and the security headers of the full page', async ({ request }) => {
  const fullHeaders = (await request.get(full.path)).headers();
  for (const article of articles) {
    const response = await request.get(`/lite${article.path}`);
    expect(response.status(), article.path).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    for (const name of SECURITY_HEADERS) expect(response.headers()[name], name).toBe(fullHeaders[name]);
    const html = await response.text();
    expect(html, article.path).not.toMatch(/<script\b/i);
    expect(html).toContain(`<h1>`);
  }
});

test('full and lite pages link each other: rel=alternate, a visible link, and the canonical URL of the full page', async ({ page }) => {
  await page.goto(full.path);
  await expect(page.locator('link[rel=alternate][type="text/html"]')).toHaveAttribute('href', new RegExp(`${lite}$`));
  await page.getByRole('link', { name: 'Lite version' }).click();
  await expect(page).toHaveURL(new RegExp(`${lite}$`));
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${full.path}$`));
  await page.getByRole('link', { name: 'Full version' }).click();
  await expect(page).toHaveURL(new RegExp(`${full.path}$`));

  await page.goto('/libya');
  await expect(page.locator('link[rel=alternate][type="text/html"]')).toHaveAttribute('href', /\/lite$/);
  await page.getByRole('link', { name: 'Lite version' }).click();
  await expect(page).toHaveURL(/\/lite$/);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/libya$/);
  await expect(page.locator('section[aria-labelledby^="day-"] .story')).toHaveCount(Math.min(articles.length, 20));
  await page.getByRole('link', { name: articles[0]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/lite${articles[0]!.path}$`));

  // Every full page's footer leads to the lite edition.
  await page.goto('/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Lite edition' })).toHaveAttribute('href', '/lite');
});

test('unknown, malformed and page-1 lite addresses answer like the full site', async ({ request }) => {
  for (const path of ['/lite/articles/no-such-story', '/lite/articles/%E0%A4%A', '/lite/page/999', '/lite/page/0', '/lite/nothing']) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(await response.text(), path).not.toContain(full.title);
  }
  expect((await request.get('/lite/articles/no-such-story')).status()).toBe(404);
  const pageOne = await request.get('/lite/page/1', { maxRedirects: 0 });
  expect(pageOne.status()).toBe(308);
  expect(pageOne.headers()['location']).toMatch(/\/lite$/);
  const slash = await request.get(`${lite}/`, { maxRedirects: 0 });
  expect(slash.status()).toBe(308);
});

test('the sitemap lists each story once, by its full address, and no lite page', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(locs.filter((path) => path.startsWith('/lite'))).toEqual([]);
  for (const article of articles) expect(locs.filter((path) => path === article.path), article.path).toHaveLength(1);
});

/** The Arabic edition's lite pages, at /ar/lite/articles/<slug> and /ar/lite. */
const arabic = publishedArabicArticles();
const arabicFull = arabic.find((a) => a.figures.length > 0 && a.corrections.length > 0)!;
const arabicLite = litePath(arabicFull.path);

test('an Arabic lite article is right to left, with the Arabic reporting and interface and no script', async ({ page }) => {
  await page.goto(arabicLite);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText(arabicFull.title);
  await expect(page.getByText(arabicFull.dek, { exact: true })).toBeVisible();
  await expect(page.locator('.meta time').first()).toHaveText(formatDateTimeAr(arabicFull.published));
  await expect(page.getByRole('heading', { name: 'الأرقام' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'تصحيحات' })).toBeVisible();
  await expect(page.getByText(arabicFull.corrections[0]!.text)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'المصادر' })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.locator('link[rel=stylesheet], link[rel=preload]').count()).toBe(0);
  // Mirrored: the headline's text starts at the right edge.
  const heading = (await page.locator('h1').boundingBox())!;
  const body = (await page.locator('body').boundingBox())!;
  expect(heading.x + heading.width).toBeGreaterThan(body.x + body.width - 20);
});

test('every published Arabic edition has a lite page with the security headers of the full page; an untranslated story has none', async ({ request }) => {
  const fullHeaders = (await request.get(arabicFull.path)).headers();
  for (const article of arabic) {
    const response = await request.get(litePath(article.path));
    expect(response.status(), article.path).toBe(200);
    for (const name of SECURITY_HEADERS) expect(response.headers()[name], name).toBe(fullHeaders[name]);
    expect(await response.text(), article.path).not.toMatch(/<script\b/i);
  }
  const untranslated = articles.find((a) => !arabic.some((t) => t.slug === a.slug));
  if (untranslated) expect((await request.get(`/ar/lite${untranslated.path}`)).status(), untranslated.path).toBe(404);
});

test('full and lite Arabic pages link each other: rel=alternate, a visible link, and the canonical URL of the full page', async ({ page }) => {
  await page.goto(arabicFull.path);
  await expect(page.locator('link[rel=alternate][type="text/html"]')).toHaveAttribute('href', new RegExp(`${arabicLite}$`));
  await page.locator('.article__meta').getByRole('link', { name: 'النسخة الخفيفة' }).click();
  await expect(page).toHaveURL(new RegExp(`${arabicLite}$`));
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${arabicFull.path}$`));
  // The lite page's language switch leads to the English lite page, and back.
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`${litePath(arabicFull.originalPath)}$`));
  await page.getByRole('link', { name: 'اقرأ بالعربية' }).click();
  await expect(page).toHaveURL(new RegExp(`${arabicLite}$`));
  await page.getByRole('link', { name: 'النسخة الكاملة' }).click();
  await expect(page).toHaveURL(new RegExp(`${arabicFull.path}$`));

  await page.goto('/ar/libya');
  await expect(page.locator('link[rel=alternate][type="text/html"]')).toHaveAttribute('href', /\/ar\/lite$/);
  await page.locator('.page-header').getByRole('link', { name: 'النسخة الخفيفة' }).click();
  await expect(page).toHaveURL(/\/ar\/lite$/);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/ar\/libya$/);
  await expect(page.locator('section[aria-labelledby^="day-"] .story')).toHaveCount(Math.min(arabic.length, 20));

  // Every Arabic page's footer leads to the Arabic lite edition.
  await page.goto('/ar');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'النسخة الخفيفة' })).toHaveAttribute('href', '/ar/lite');
});

test('unknown, malformed and page-1 Arabic lite addresses answer like the full Arabic site, in Arabic', async ({ request }) => {
  for (const path of ['/ar/lite/articles/no-such-story', '/ar/lite/articles/%E0%A4%A', '/ar/lite/page/999', '/ar/lite/page/0', '/ar/lite/nothing']) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
  const missing = await request.get('/ar/lite/articles/no-such-story');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('lang="ar"');
  const pageOne = await request.get('/ar/lite/page/1', { maxRedirects: 0 });
  expect(pageOne.status()).toBe(308);
  expect(pageOne.headers()['location']).toMatch(/\/ar\/lite$/);
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).not.toContain('/ar/lite');
});

/** Live pages' lite editions, at /lite/live/<slug> and /ar/lite/live/<slug>. */
const live = publishedLivePages()[0]!;
const liteLive = litePath(live.path);

test('a live page and its lite edition link each other; the lite page has the entries and no script', async ({ page }) => {
  await page.goto(live.path);
  await expect(page.locator('link[rel=alternate][type="text/html"]')).toHaveAttribute('href', new RegExp(`${liteLive}$`));
  await page.locator('.live__header').getByRole('link', { name: 'Lite version' }).click();
  await expect(page).toHaveURL(new RegExp(`${liteLive}$`));
  await expect(page.locator('h1')).toHaveText(live.title);
  await expect(page.getByRole('heading', { name: 'What we know' })).toBeVisible();
  // The stream's entries carry their ids (the pinned copy above them does not).
  await expect(page.locator('.entry[id]')).toHaveCount(Math.min(live.entries.length, 8));
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${live.path}$`));
  expect(await page.locator('script').count()).toBe(0);
  // Older entries on the next page, linked the lite way.
  if (live.entries.length > 8) {
    await page.locator('nav').getByRole('link', { name: 'Older updates →' }).click();
    await expect(page).toHaveURL(new RegExp(`${liteLive}/page/2$`));
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${live.path}/page/2$`));
  }
  // The Arabic edition, right to left, and the way back to the full page.
  await page.goto(`/ar${liteLive}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.locator('script').count()).toBe(0);
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`${liteLive}$`));
  await page.getByRole('link', { name: 'Full version' }).click();
  await expect(page).toHaveURL(new RegExp(`${live.path}$`));
  // The lite index lists it on its first page.
  await page.goto('/lite');
  await expect(page.locator('#live-heading + .live-story a')).toHaveAttribute('href', liteLive);
  expect((await page.request.get(`${liteLive}/page/1`, { maxRedirects: 0 })).status()).toBe(308);
});
