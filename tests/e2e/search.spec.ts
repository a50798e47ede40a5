import { expect, test } from '@playwright/test';

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form finds Hifter stories under any spelling, with highlighted snippets', async ({ page }) => {
    await page.goto('/');
    for (const spelling of ['Hafter', 'Haftar', 'hifter']) {
      await page.getByRole('search').first().getByRole('searchbox').fill(spelling);
      await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(new RegExp(`/search\\?q=${spelling}$`));
      await expect(page.locator('.search-results > li').first()).toBeVisible();
      await expect(page.locator('.search-results mark').first()).toHaveText(/^Hifter$/);
      await expect(page.getByRole('heading', { level: 2 })).toContainText(`“${spelling}”`);
    }
  });

  test('accents do not matter', async ({ page }) => {
    await page.goto('/search?q=salame');
    await expect(page.locator('.search-results mark').first()).toHaveText('Salamé');
  });

  test('an empty query asks for input and a query with no match says so', async ({ page }) => {
    await page.goto('/search?q=');
    await expect(page.getByText(/Type a name, place or subject/)).toBeVisible();
    await page.goto('/search?q=zzzyyyxxx');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('No stories match “zzzyyyxxx”');
    await expect(page.getByRole('link', { name: 'all our Libya coverage' })).toHaveAttribute('href', '/libya');
  });

  test('hostile and very long queries are echoed back as text, safely', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const response = await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(hostile);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);

    await page.goto(`/search?q=${'tripoli '.repeat(100)}`);
    await expect(page.getByText(/only its first 200 characters were used/)).toBeVisible();
  });
});

test('search results are not indexed by search engines', async ({ request }) => {
  const html = await (await request.get('/search?q=tripoli')).text();
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
});
