import { expect, test } from '@playwright/test';
import { publishedArticles } from './published-content';

test.use({ javaScriptEnabled: false });

const [newest] = publishedArticles();

test('a reader without JavaScript can go from the front page to an article and the index', async ({ page }) => {
  await page.goto('/');
  await page.locator('.lead').getByRole('link', { name: newest!.title }).click();
  await expect(page).toHaveURL(new RegExp(`${newest!.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest!.title);
  await expect(page.locator('.article__body p').first()).toBeVisible();
  await expect(page.locator('.sources li').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Libya coverage', exact: true }).click();
  await expect(page).toHaveURL(/\/libya$/);
  await expect(page.getByRole('link', { name: newest!.title, exact: true })).toBeVisible();
});
