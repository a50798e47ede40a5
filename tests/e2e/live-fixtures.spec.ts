import { expect, test } from '@playwright/test';

/**
 * Runs against the fixtures build: "Fixture live coverage" has 45 due
 * entries ten minutes apart from 08:10 Libya time on April 5, 2019 (five
 * pages of 8 and one of 5, newest first), key events 02 and 40, entry 30 pinned,
 * and one entry not due until 2099.
 */
const LIVE = '/live/fixture-live';
const update = (n: number) => `Fixture update ${String(n).padStart(2, '0')}`;

test('a live page paginates its entries, 8 a page, newest first', async ({ page }) => {
  await page.goto(LIVE);
  await expect(page.locator('.live-status__label')).toHaveText('Live');
  const entries = page.locator('.live__entries .live-entry');
  await expect(entries).toHaveCount(8);
  await expect(entries.first()).toContainText(update(45));
  await expect(entries.last()).toContainText(update(38));
  await expect(page.getByText('from the future')).toHaveCount(0);
  await expect(page.locator('.live__pinned')).toContainText(update(30));

  await page.getByRole('link', { name: /Older updates/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LIVE}/page/2$`));
  await expect(entries).toHaveCount(8);
  await expect(entries.first()).toContainText(update(37));
  await expect(page.locator('.live__pinned')).toHaveCount(0);

  await page.goto(`${LIVE}/page/5`);
  await page.getByRole('link', { name: /Older updates/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LIVE}/page/6$`));
  await expect(entries).toHaveCount(5);
  await expect(entries.last()).toContainText(update(1));
  await expect(page.getByRole('link', { name: /Older updates/ })).toHaveCount(0);
  expect((await page.request.get(`${LIVE}/page/7`)).status()).toBe(404);
});

test('a key-event link to an entry on an older page opens that page at the entry', async ({ page }) => {
  await page.goto(LIVE);
  const links = page.locator('.live__key-events a');
  await expect(links).toHaveCount(2);
  // Entry 02: 08:20 Libya time, on page 6.
  await expect(links.last()).toHaveAttribute('href', `${LIVE}/page/6#entry-20190405-0820`);
  await expect(links.first()).toHaveAttribute('href', `${LIVE}#entry-20190405-1440`);
  await links.last().click();
  await expect(page).toHaveURL(new RegExp(`${LIVE}/page/6#entry-20190405-0820$`));
  await expect(page.locator('#entry-20190405-0820')).toBeInViewport();
  await expect(page.locator('#entry-20190405-0820')).toContainText(update(2));
});

test('the coverage index marks the page as live', async ({ page }) => {
  await page.goto('/libya');
  await expect(page.locator('.live-list__item .live-marker')).toHaveText('Live');
});
