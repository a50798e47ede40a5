import { expect, test } from '@playwright/test';
import { formatDayHeading, libyaDayKey } from '../../lib/dates';

/**
 * Runs against the build of tests/fixtures/generated/paginated: 45
 * synthetic stories (13 hours apart, newest is "Fixture story 45"), one
 * draft, one story scheduled for 2099, and "Fixture story 10" with an
 * update, a correction and two aliases. 20 per page makes pages of 20, 20
 * and 5.
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
  await expect(page).toHaveURL(/\/libya\/page\/2$/);
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
  expect((await request.get('/lite/page/3')).status()).toBe(200);
  expect((await request.get('/lite/page/4')).status()).toBe(404);
  expect((await request.get('/lite/page/03')).status()).toBe(404);
});

test('a lite article shows its update time and its correction', async ({ page }) => {
  await page.goto('/lite/articles/fixture-story-10');
  await expect(page.locator('.meta')).toContainText('Updated April 10, 2019, 9:00 a.m. Libya time');
  await expect(page.locator('.meta time[datetime="2019-04-10T09:00:00+02:00"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
});

test('the lite index paginates like the full one, with newer/older links and no scripts', async ({ page, request }) => {
  const first = await request.get('/lite/page/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers()['location']).toMatch(/\/lite$/);
  await page.goto('/lite');
  await expect(page.locator('.story')).toHaveCount(20);
  await expect(page.locator('.story h3').first()).toHaveText(title(45));
  await page.getByRole('link', { name: 'Older stories →' }).click();
  await expect(page).toHaveURL(/\/lite\/page\/2$/);
  await expect(page.locator('.story h3').first()).toHaveText(title(25));
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/libya\/page\/2$/);
  await page.getByRole('link', { name: 'Older stories →' }).click();
  await expect(page.locator('.story')).toHaveCount(5);
  await expect(page.getByRole('link', { name: 'Older stories →' })).toHaveCount(0);
  expect(await page.locator('script').count()).toBe(0);
  await page.getByRole('link', { name: '← Newer stories' }).click();
  await expect(page).toHaveURL(/\/lite\/page\/2$/);
});

for (const [kind, slug, title] of [
  ['draft', 'fixture-draft', 'Fixture draft story'],
  ['scheduled story', 'fixture-scheduled', 'Fixture scheduled story'],
] as const) {
  test(`a ${kind} exists nowhere in a production build`, async ({ page, request }) => {
    expect((await request.get(`/articles/${slug}`)).status()).toBe(404);
    expect((await request.get(`/lite/articles/${slug}`)).status()).toBe(404);
    const everywhere = [
      '/',
      '/libya',
      '/libya/page/2',
      '/libya/page/3',
      '/lite',
      '/lite/page/2',
      '/lite/page/3',
      '/topics/tripoli-offensive',
      '/topics/tripoli-offensive/page/2',
      '/places/tripoli',
      '/authors/fixture-desk',
      '/search?q=fixture',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/news-sitemap.xml',
    ];
    for (const path of everywhere) {
      const body = await (await request.get(path)).text();
      expect(body.includes(title) || body.includes(slug), `${path} mentions ${slug}`).toBe(false);
    }
    // Counts leave it out too: 45 stories carry the topic.
    await page.goto('/topics');
    await expect(page.locator('.entity-index li')).toHaveText('Battle for Tripoli 45 stories');
  });
}

test('an alias redirects permanently (308) to the article', async ({ request }) => {
  for (const alias of ['/old/fixture-ten', '/articles/fixture-10']) {
    const response = await request.get(alias, { maxRedirects: 0 });
    expect(response.status(), alias).toBe(308);
    expect(response.headers()['location']).toBe('/articles/fixture-story-10');
  }
});

test('a correction and the update time are shown and used as the modified time', async ({ page }) => {
  await page.goto('/articles/fixture-story-10');
  await expect(page.getByRole('region', { name: 'Corrections' })).toContainText(
    'Correction, April 11, 2019: An earlier version gave the wrong town.',
  );
  await expect(page.locator('.article__meta')).toContainText('Updated April 10, 2019, 9:00 a.m. Libya time');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data[0].dateModified).toBe('2019-04-11T00:00:00+02:00');
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', '2019-04-11T00:00:00+02:00');
});

/** The text of the second correction on "Fixture story 20" (tests/fixtures/make-paginated-content.mjs). */
const HOSTILE_CORRECTION = 'An earlier version quoted <script>alert(1)</script> & ]]> twice ]]><b>here</b>.';

test('the corrections page lists every correction, newest first, each linking to it on its story', async ({ page }) => {
  await page.goto('/corrections');
  const entries = page.locator('.corrections-log__entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.locator('.corrections-log__text')).toHaveText([
    HOSTILE_CORRECTION,
    'An earlier version misspelled Tarhuna.',
    'An earlier version gave the wrong town.',
  ]);
  await expect(page.locator('.corrections-log script, .corrections-log b')).toHaveCount(0);
  await entries.first().getByRole('link', { name: title(20) }).click();
  await expect(page).toHaveURL(/\/articles\/fixture-story-20#correction-2$/);
  await expect(page.locator('#correction-2')).toContainText(HOSTILE_CORRECTION);
  await expect(page.locator('#correction-1')).toContainText('misspelled Tarhuna');
});

test('the corrections feed is well-formed RSS with every correction, its text intact and escaped', async ({ page, request }) => {
  const response = await request.get('/corrections.xml');
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      elements: [...doc.querySelectorAll('item *')].map((el) => el.tagName),
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
        description: item.querySelector('description')?.textContent,
      })),
    };
  }, await response.text());
  expect(feed.error).toBeNull();
  expect(new Set(feed.elements)).toEqual(new Set(['title', 'link', 'guid', 'pubDate', 'description']));
  expect(feed.items.map((item) => item.title)).toEqual([`Correction: ${title(20)}`, `Correction: ${title(20)}`, `Correction: ${title(10)}`]);
  expect(feed.items.map((item) => item.link!.replace(/^https?:\/\/[^/]+/, ''))).toEqual([
    '/articles/fixture-story-20#correction-2',
    '/articles/fixture-story-20#correction-1',
    '/articles/fixture-story-10#correction-1',
  ]);
  // The description is HTML: decoded once, it shows the correction's text as text.
  const shown = await page.evaluate((html) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return { text: div.textContent, elements: div.children.length };
  }, feed.items[0]!.description!);
  expect(shown).toEqual({ text: HOSTILE_CORRECTION, elements: 0 });
});

test('alias redirects carry the security headers', async ({ request }) => {
  const response = await request.get('/old/fixture-ten', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('a lead photo is a figure with caption and credit, responsive, sized and eager, and in the JSON-LD', async ({ page, request }) => {
  await page.goto('/articles/fixture-story-45');
  const figure = page.locator('figure.lead-image');
  const img = figure.getByRole('img', { name: /generated gradient/ });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('width', '1200');
  await expect(img).toHaveAttribute('height', '800');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(img).toHaveAttribute('srcset', /\/_next\/image\?url=%2Fimages%2Ffixtures%2Ffixture-lead\.png&w=640&q=75 640w/);
  await expect(figure.locator('figcaption')).toHaveText('Fixture caption for the lead photo. Credit: Fixture Photographer / Conflict Desk');
  const src = await img.evaluate((node: HTMLImageElement) => node.currentSrc);
  const response = await request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data[0].image[0]).toMatch(/\/images\/fixtures\/fixture-lead\.png$/);
  // next/image's getImageProps adds no client script: same scripts as a story without a photo.
  const scripts = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).sort();
  expect(await scripts('/articles/fixture-story-45')).toEqual(await scripts('/articles/fixture-story-44'));
});
