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

test("an English address's 404 is in English, whatever edition a request claims; an Arabic one's in Arabic", async ({ request }) => {
  for (const path of ['/no-such-section', '/articles/no-such-story']) {
    const response = await request.get(path, { headers: { 'x-conflict-desk-edition': 'ar' } });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toMatch(/<html lang="en"/);
  }
  const arabic = await request.get('/ar/no-such-section');
  expect(arabic.status()).toBe(404);
  expect(await arabic.text()).toMatch(/<html lang="ar" dir="rtl"/);
});

test('/libya/page/1 redirects permanently to /libya', async ({ request }) => {
  const response = await request.get('/libya/page/1', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toBe('/libya');
});
