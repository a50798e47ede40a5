import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { publishedArticles } from './published-content';

/** The real live page in content/live/: ended coverage of April 5–8, 2019, 13 entries (pages of 8 and 5). */
const LIVE = '/live/battle-for-tripoli-first-days';

async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).sort();
}

test('a live page shows its summary, key events, pinned entry and entries newest first', async ({ page }) => {
  await page.goto(LIVE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Hifter's drive on Tripoli");
  await expect(page.locator('.live-status__label')).toHaveText('Ended');
  await expect(page.locator('.live-status time')).toHaveAttribute('datetime', '2019-04-08T21:00:00+02:00');
  await expect(page.getByRole('heading', { name: 'What we know' })).toBeVisible();
  await expect(page.locator('.live__pinned .live-entry')).toContainText('at least 25 dead');
  // Eight entries a page, newest first: the first eight here, the five oldest on page 2.
  const entries = page.locator('.live__entries .live-entry');
  await expect(entries).toHaveCount(8);
  await expect(entries.first()).toHaveAttribute('id', 'entry-20190408-2100');
  await expect(entries.last()).toHaveAttribute('id', 'entry-20190406-1300');
  await expectEntriesComplete(entries);
  await page.getByRole('navigation', { name: 'Live coverage pages' }).getByRole('link', { name: /Older updates/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LIVE}/page/2$`));
  await expect(entries).toHaveCount(5);
  await expect(entries.first()).toHaveAttribute('id', 'entry-20190405-2140');
  await expect(entries.last()).toHaveAttribute('id', 'entry-20190405-0830');
  await expectEntriesComplete(entries);
  expect((await page.request.get(`${LIVE}/page/3`)).status()).toBe(404);
});

/** Every entry: a visible time in Libya time that links to its own anchor, and its sources. */
async function expectEntriesComplete(entries: Locator) {
  for (const entry of await entries.all()) {
    const id = await entry.getAttribute('id');
    const link = entry.locator('.live-entry__time a');
    await expect(link).toHaveAttribute('href', `#${id}`);
    await expect(link.locator('time')).toHaveAttribute('datetime', /^2019-04-0\dT\d\d:\d\d:00\+02:00$/);
    await expect(link).toContainText('Libya time');
    await expect(entry.locator('.live-entry__sources')).toContainText(/\w/);
  }
}

test('key-event links land on their entry', async ({ page }) => {
  await page.goto(LIVE);
  const links = page.locator('.live__key-events a');
  await expect(links).toHaveCount(6);
  // The oldest key event is on page 2; its link opens that page at the entry.
  await expect(links.first()).toHaveAttribute('href', `${LIVE}#entry-20190408-1930`);
  const href = (await links.last().getAttribute('href'))!;
  expect(href).toBe(`${LIVE}/page/2#entry-20190405-0830`);
  await links.last().click();
  await expect(page).toHaveURL(new RegExp(`${LIVE}/page/2#entry-20190405-0830$`));
  await expect(page.locator('#entry-20190405-0830')).toBeInViewport();
});

test("a live page carries LiveBlogPosting structured data with its first page's updates", async ({ request }) => {
  const html = await (await request.get(LIVE)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  const blog = blocks.flat().find((item) => item['@type'] === 'LiveBlogPosting');
  expect(blog).toMatchObject({
    headline: expect.stringContaining('Tripoli'),
    coverageStartTime: '2019-04-05T08:00:00+02:00',
    coverageEndTime: '2019-04-08T21:00:00+02:00',
  });
  expect(blog.liveBlogUpdate).toHaveLength(8);
  expect(blog.liveBlogUpdate[0]).toMatchObject({ '@type': 'BlogPosting', datePublished: '2019-04-08T21:00:00+02:00' });
  expect(blog.liveBlogUpdate[0].url).toMatch(/\/live\/battle-for-tripoli-first-days#entry-20190408-2100$/);
});

test('a live page loads only the scripts an article loads, and never refreshes itself', async ({ request }) => {
  const article = await scriptsOf(request, publishedArticles()[0]!.path);
  expect(await scriptsOf(request, LIVE)).toEqual(article);
  const html = await (await request.get(LIVE)).text();
  expect(html).not.toMatch(/http-equiv="refresh"/i);
});

test('live pages are marked on the front page and the coverage index, and listed in the sitemap', async ({ page, request }) => {
  for (const path of ['/', '/libya']) {
    await page.goto(path);
    const item = page.locator('.live-list__item').filter({ hasText: "Hifter's drive on Tripoli" });
    await expect(item.locator('.live-marker')).toHaveText('Ended');
    await expect(item.getByRole('link')).toHaveAttribute('href', LIVE);
  }
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`${LIVE}</loc>`);
});

test('made-up live addresses are the plain 404', async ({ request }) => {
  for (const path of ['/live/no-such-live-page', `${LIVE}/page/0`, `${LIVE}/page/x`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const redirect = await request.get(`${LIVE}/page/1`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
});

test('a corrected live page shows its corrections at its foot, each edition its own', async ({ page }) => {
  await page.goto(LIVE);
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections.locator('#correction-1')).toContainText('Correction, November 30, 2026:');
  await expect(corrections.getByRole('link', { name: 'All corrections' })).toHaveAttribute('href', '/corrections');
  await page.goto('/ar/live/battle-for-tripoli-first-days');
  await expect(page.getByRole('region', { name: 'تصحيحات' }).locator('#correction-1')).toContainText('واشنطن بوست');
});
