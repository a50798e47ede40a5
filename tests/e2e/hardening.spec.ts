import { expect, test, type APIResponse } from '@playwright/test';
import { publishedArticles } from './published-content';

/**
 * The server never answers 500 and every response carries the security
 * headers: malformed addresses, unsupported methods, redirects, 404s.
 * (Unit tests: tests/unit/hardening/server.test.ts.)
 */
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const name of SECURITY_HEADERS) expect(headers[name], `${name} on ${what}`).toBeTruthy();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

for (const path of ['/%', '/articles/%ff%fe', '/feed.xml%', '/libya/%E0%A4%A']) {
  test(`malformed percent-encoding ${path} is a 400 with the security headers, not a 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
    expectSecurityHeaders(response, path);
  });
}

const READ_ONLY = ['/', '/libya', '/feed.xml', '/sitemap.xml', '/icon.svg', '/opengraph-image', '/search'];

for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
  test(`${method} is a 405 with Allow on pages, route handlers and images`, async ({ request }) => {
    for (const path of READ_ONLY) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()['allow'], path).toBe('GET, HEAD, OPTIONS');
      expectSecurityHeaders(response, `${method} ${path}`);
    }
  });
}

test("Next's scripts and image optimizer answer other methods with a 405 too, not a 500", async ({ request }) => {
  const script = (await (await request.get('/')).text()).match(/\/_next\/static\/chunks\/[^"]+\.js/)?.[0];
  expect(script, 'a script on the front page').toBeTruthy();
  for (const path of [script!, '/_next/image?url=%2Ficon.svg&w=640&q=75']) {
    const response = await request.fetch(path, { method: 'POST' });
    expect(response.status(), `POST ${path}`).toBe(405);
    expect(response.headers()['allow'], path).toBe('GET, HEAD, OPTIONS');
    expect((await request.fetch(path, { method: 'OPTIONS' })).status(), `OPTIONS ${path}`).toBe(204);
  }
});

test('OPTIONS is a 204 with Allow, not a 400', async ({ request }) => {
  for (const path of ['/', '/libya', '/feed.xml']) {
    const response = await request.fetch(path, { method: 'OPTIONS' });
    expect(response.status(), path).toBe(204);
    expect(response.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  }
});

test('redirects carry the security headers', async ({ request }) => {
  for (const path of ['/libya/page/1', '/libya/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers()['location']).toBe('/libya');
    expectSecurityHeaders(response, path);
  }
});

test("Next's own redirect of repeated slashes carries the security headers too", async ({ request, baseURL }) => {
  // A full URL: `//libya` alone would be read as the host "libya".
  const response = await request.get(`${baseURL}//libya`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toBe('/libya');
  expectSecurityHeaders(response, '//libya');
});

test('404s and ordinary pages carry the security headers', async ({ request }) => {
  for (const [path, status] of [['/no-such-page', 404], ['/articles/no-such-story', 404], ['/libya', 200], ['/feed.xml', 200]] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
});

test('an API address that is not there is a plain 404, never cached, naming nothing', async ({ request }) => {
  for (const path of ['/api/nothing', '/api/search?q=x', '/api']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toBe('no-store');
    expect(response.headers()['content-type'], path).toMatch(/^text\/plain/);
    expect(response.headers()['x-middleware-rewrite'], path).toBeUndefined();
    expect(await response.text(), path).toBe('Not found.\n');
    expectSecurityHeaders(response, path);
  }
});

test('GET and HEAD still work on feeds and images', async ({ request }) => {
  expect((await request.head('/feed.xml')).status()).toBe(200);
  expect((await request.get('/opengraph-image')).status()).toBe(200);
});

test('GET /api/status gives operators the content version and counts, never cached; other methods are a 405', async ({ request }) => {
  const response = await request.get('/api/status');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expectSecurityHeaders(response, '/api/status');
  const status = await response.json();
  expect(status).toMatchObject({ ok: true, folderProblems: 0, stories: publishedArticles().length, livePages: 1 });
  expect(status.version).toMatch(/^[0-9a-f]{8,}$/);
  // The same version on the next request: nothing changed in between.
  expect((await (await request.get('/api/status')).json()).version).toBe(status.version);
  expect((await request.post('/api/status')).status()).toBe(405);
});
