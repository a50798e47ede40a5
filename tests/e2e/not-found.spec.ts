import { publishedArticles } from './published-content';
import { expect, test } from '@playwright/test';

test('an unknown article is a real 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn.t find that page/);
  await page.getByRole('link', { name: /Browse all Libya coverage/ }).click();
  await expect(page).toHaveURL(/\/libya$/);
});

for (const path of [`/libya/page/${Math.ceil(publishedArticles().length / 20) + 1}`, '/libya/page/0', '/libya/page/abc', '/no-such-section']) {
  test(`${path} is a 404`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
  });
}

test('/libya/page/1 redirects permanently to /libya', async ({ request }) => {
  const response = await request.get('/libya/page/1', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toBe('/libya');
});
