import { expect, test } from '@playwright/test';

/**
 * Nothing about a scheduled (embargoed) story is served before its time:
 * "Fixture scheduled story" (fixture-scheduled, due in 2099, alias
 * /old/embargoed-story) in the fixture build. Runs against the fixtures
 * project (tests/fixtures/make-paginated-content.mjs).
 */
const SLUG = 'fixture-scheduled';
const TITLE = 'Fixture scheduled story';
const NEVER = 'no-such-story-ever';

test('its page, card, RSC payload and alias answer exactly as a story that never existed', async ({ request }) => {
  // The only differences allowed: the address itself, which the 404 page carries, and the
  // random per-render ids of a dynamic render (two requests for the same unknown slug differ too).
  const same = (text: string, slug: string) => text.split(slug).join('<slug>').replace(/"[A-Za-z0-9_-]{20,24}"/g, '"<id>"');
  const headersOf = (headers: Record<string, string>) => {
    const { date: _date, ...rest } = headers;
    return rest;
  };
  for (const [path, headers] of [
    [(slug: string) => `/articles/${slug}`, {}],
    [(slug: string) => `/articles/${slug}/opengraph-image`, {}],
    [(slug: string) => `/articles/${slug}?_rsc=1`, {}],
    [(slug: string) => `/articles/${slug}`, { RSC: '1' }],
    [(slug: string) => `/lite/articles/${slug}`, {}],
  ] as const) {
    const [a, b] = await Promise.all([request.get(path(SLUG), { headers }), request.get(path(NEVER), { headers })]);
    const what = `${path(SLUG)} ${JSON.stringify(headers)}`;
    expect(a.status(), what).toBe(b.status());
    if (!('RSC' in headers)) expect(a.status(), what).toBe(404);
    expect(headersOf(a.headers()), `headers of ${what}`).toEqual(headersOf(b.headers()));
    expect(same(await a.text(), SLUG), `body of ${what}`).toBe(same(await b.text(), NEVER));
    expect(await a.text()).not.toContain(TITLE);
  }
  const alias = await request.get('/old/embargoed-story', { maxRedirects: 0 });
  expect(alias.status()).toBe(404);
  expect(alias.headers()['location']).toBeUndefined();
});

test('its card is not served through the image optimizer either', async ({ request }) => {
  const response = await request.get(`/_next/image?url=${encodeURIComponent(`/articles/${SLUG}/opengraph-image`)}&w=640&q=75`);
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.headers()['content-type'] ?? '').not.toContain('image/png');
});

test('feeds, sitemaps, search and entity pages say nothing about it', async ({ request }) => {
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml', '/search?q=scheduled', '/libya', '/lite', '/lite/page/2', '/lite/page/3', '/topics/tripoli-offensive', '/places/tripoli', '/topics', '/places', '/authors/fixture-desk']) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(SLUG);
    expect(body, path).not.toContain(TITLE);
  }
});

test('entity counts leave it out', async ({ page }) => {
  await page.goto('/topics');
  // 45 published fixture stories carry the topic; the draft and the embargoed one do not count.
  await expect(page.getByText('45 stories')).toBeVisible();
});
