import { expect, test } from '@playwright/test';
import { formatDayHeading, libyaDayKey } from '../../lib/dates';

/**
 * Runs against the build of tests/fixtures/generated/paginated: 45
 * synthetic stories (13 hours apart, newest is "Fixture story 45") and one
 * draft. 20 per page makes pages of 20, 20 and 5.
 */
const title = (n: number) => `Fixture story ${String(n).padStart(2, '0')}`;
const stories = (page: import('@playwright/test').Page) => page.locator('.story');

test('the coverage index paginates 20 stories a page with newer/older links', async ({ page }) => {
  await page.goto('/libya');
  await expect(stories(page)).toHaveCount(20);
  await expect(stories(page).first()).toContainText(title(45));
  await expect(stories(page).last()).toContainText(title(26));
  await expect(page.getByRole('link', { name: /Newer stories/ })).toHaveCount(0);
  await expect(page.getByText('Page 1 of 3', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/\/libya\/page\/2$/);
  await expect(stories(page)).toHaveCount(20);
  await expect(stories(page).first()).toContainText(title(25));
  await expect(page).toHaveTitle(/page 2/);

  await page.getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/\/libya\/page\/3$/);
  await expect(stories(page)).toHaveCount(5);
  await expect(stories(page).last()).toContainText(title(1));
  await expect(page.getByRole('link', { name: /Older stories/ })).toHaveCount(0);

  await page.getByRole('link', { name: /Newer stories/ }).click();
  await page.getByRole('link', { name: /Newer stories/ }).click();
  await expect(page).toHaveURL(/\/libya$/);
});

test('stories are grouped under one heading per Libya day, newest day first', async ({ page }) => {
  await page.goto('/libya');
  const headings = await page.locator('.day__heading').allTextContents();
  expect(new Set(headings).size).toBe(headings.length);
  const first = new Date(Date.UTC(2019, 3, 4, 7) + 44 * 13 * 3600_000);
  expect(headings[0]).toBe(formatDayHeading(first));
  // 13-hour spacing puts two stories on some days.
  const perDay = await page.locator('.day').evaluateAll((days) => days.map((d) => d.querySelectorAll('.story').length));
  expect(Math.max(...perDay)).toBe(2);
  expect(perDay.reduce((a, b) => a + b, 0)).toBe(20);
  expect(libyaDayKey(first)).toBe('2019-04-28');
});

test('pages past the end are 404', async ({ request }) => {
  expect((await request.get('/libya/page/3')).status()).toBe(200);
  expect((await request.get('/libya/page/4')).status()).toBe(404);
  expect((await request.get('/libya/page/03')).status()).toBe(404);
});

test('a draft exists nowhere in a production build', async ({ page, request }) => {
  expect((await request.get('/articles/fixture-draft')).status()).toBe(404);
  for (const path of ['/', '/libya', '/libya/page/2', '/libya/page/3']) {
    await page.goto(path);
    await expect(page.getByText('Fixture draft story')).toHaveCount(0);
  }
});
