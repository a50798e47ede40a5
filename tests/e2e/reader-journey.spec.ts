import { expect, test } from '@playwright/test';
import { formatDayHeading } from '../../lib/dates';
import { publishedArticles } from './published-content';

const articles = publishedArticles();
const newest = articles[0]!;
// The oldest story on page 1 of the coverage index (20 a page).
const oldest = articles.slice(0, 20).at(-1)!;

test('front page leads with the newest story and its dek', async ({ page }) => {
  await page.goto('/');
  const lead = page.locator('.lead');
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(newest.title);
  await expect(lead).toContainText(newest.dek);
  await expect(page).toHaveTitle(/Conflict Desk/);
  for (const article of articles.slice(1, 11)) {
    await expect(page.getByRole('link', { name: article.title, exact: true })).toBeVisible();
  }
});

test('front page → coverage index → article → back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /All Libya coverage/ }).click();
  await expect(page).toHaveURL(/\/libya$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Libya');

  const days = page.locator('.day__heading');
  await expect(days.first()).toHaveText(formatDayHeading(newest.published));
  await expect(days.last()).toHaveText(formatDayHeading(oldest.published));

  await page.getByRole('link', { name: oldest.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${oldest.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldest.title);
  await expect(page).toHaveTitle(`${oldest.title} | Conflict Desk`);

  await page.getByRole('link', { name: /All Libya coverage/ }).last().click();
  await expect(page).toHaveURL(/\/libya$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${oldest.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldest.title);
});

test('article page shows byline, dateline, Libya time, reading time, body and sources', async ({ page }) => {
  await page.goto(newest.path);
  const meta = page.locator('.article__meta');
  await expect(meta).toContainText(`By ${newest.authors.map((a) => a.name).join(' and ')}`);
  if (newest.dateline) await expect(meta).toContainText(newest.dateline.name.toUpperCase());
  await expect(meta.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+02:00$/);
  await expect(meta).toContainText('Libya time');
  await expect(meta).toContainText(`${newest.readingMinutes} min read`);
  await expect(page.locator('.article__body p').first()).toBeVisible();
  await expect(page.locator('.sources li')).toHaveCount(newest.sources.length);
  // A source's date is a calendar day, and machine-readable as one.
  const dated = newest.sources.filter((source) => source.date).length;
  await expect(page.locator('.sources li time')).toHaveCount(dated);
  for (const time of await page.locator('.sources li time').all()) await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', newest.dek);
});

test('pages fit a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/libya', newest.path, '/libya/map', '/libya/figures', '/libya/figures/killed', '/places', '/places/tripoli']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto(newest.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('responses carry the security headers', async ({ request }) => {
  const response = await request.get(newest.path);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
});
