import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '../../../app/(en)/error';
import GlobalError from '../../../app/global-error';
import { redirectTarget } from '../../../lib/redirects';
import { ALLOW, API_NOT_FOUND, earlyAnswer } from '../../../lib/request-rules';
import { hstsEnabled, securityHeaders } from '../../../lib/security-headers';

describe('earlyAnswer: malformed addresses', () => {
  it.each(['/%', '/articles/%ff%fe', '/feed.xml%', '/x%ZZ', '/%E0%A4%A'])('%s is a 400, whatever the method', (pathname) => {
    expect(earlyAnswer('GET', pathname)).toMatchObject({ status: 400 });
    expect(earlyAnswer('POST', pathname)).toMatchObject({ status: 400 });
  });

  it.each(['/', '/articles/caf%C3%A9', '/search', '/%20'])('%s passes', (pathname) => {
    expect(earlyAnswer('GET', pathname)).toBeUndefined();
  });
});

describe('earlyAnswer: methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND'])('%s is a 405 with Allow on pages, feeds and images', (method) => {
    for (const pathname of ['/', '/libya', '/articles/x', '/feed.xml', '/articles/x/opengraph-image', '/icon.svg', '/_next/static/chunks/app.js', '/_next/image']) {
      expect(earlyAnswer(method, pathname)).toMatchObject({ status: 405, allow: ALLOW });
    }
  });

  it('OPTIONS is a 204 with Allow', () => {
    expect(earlyAnswer('OPTIONS', '/libya')).toEqual({ status: 204, body: '', allow: 'GET, HEAD, OPTIONS' });
    expect(earlyAnswer('OPTIONS', '/_next/image')).toEqual({ status: 204, body: '', allow: 'GET, HEAD, OPTIONS' });
  });

  it('GET and HEAD pass', () => {
    expect(earlyAnswer('GET', '/libya')).toBeUndefined();
    expect(earlyAnswer('HEAD', '/feed.xml')).toBeUndefined();
  });

  it('leaves /api/ (a future POST /api/publish) and Next internals to their own handlers', () => {
    expect(earlyAnswer('POST', '/api/publish')).toBeUndefined();
    expect(earlyAnswer('POST', '/__nextjs_original-stack-frames')).toBeUndefined();
    expect(earlyAnswer('GET', '/_next/webpack-hmr')).toBeUndefined();
    expect(earlyAnswer('GET', '/_next/static/chunks/app.js')).toBeUndefined();
    expect(earlyAnswer('POST', '/api/%')).toMatchObject({ status: 400 });
  });

  it('answers any other API address with a plain 404, whatever the method', () => {
    for (const pathname of ['/api', '/api/', '/api/search', '/api/status/x', '/api/publishing']) {
      expect(earlyAnswer('GET', pathname), pathname).toBe(API_NOT_FOUND);
      expect(earlyAnswer('POST', pathname), pathname).toBe(API_NOT_FOUND);
    }
    expect(earlyAnswer('GET', '/api/status')).toBeUndefined();
    expect(earlyAnswer('GET', '/api/status/')).toBeUndefined(); // redirected like any trailing slash
  });
});

describe('security headers', () => {
  const keys = (env: Record<string, string>) => securityHeaders(env).map((h) => h.key);

  it('always sends CSP, nosniff, referrer, permissions and frame options', () => {
    expect(keys({})).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options']);
  });

  it('adds Strict-Transport-Security only with HSTS=1', () => {
    expect(hstsEnabled({})).toBe(false);
    expect(keys({ HSTS: '1' })).toContain('Strict-Transport-Security');
    expect(securityHeaders({ HSTS: 'true' }).find((h) => h.key === 'Strict-Transport-Security')!.value).toMatch(/^max-age=\d{8,}/);
    expect(keys({ HSTS: '0' })).not.toContain('Strict-Transport-Security');
  });

  it('proxy.ts exists at the project root and uses the same headers', () => {
    const proxy = fs.readFileSync(path.resolve(import.meta.dirname, '../../../proxy.ts'), 'utf8');
    expect(proxy).toMatch(/export function proxy/);
    expect(proxy).toMatch(/securityHeaders\(\)/);
  });
});

describe('error pages: readable, no stack trace, no file path', () => {
  const error = Object.assign(new Error('ENOENT: /work/secret/content/articles/x.md at buildContent (/app/lib/content/build-content.ts:12:3)'), {
    digest: '1234567890',
  });

  for (const [name, page] of [
    ['app/(en)/error.tsx', ErrorPage],
    ['app/global-error.tsx', GlobalError],
  ] as const) {
    it(`${name} says what happened and links on, without the error's details`, () => {
      const html = renderToStaticMarkup(createElement(page as (props: { error: Error }) => React.ReactElement, { error }));
      expect(html).toContain('Something went wrong');
      expect(html).toContain('href="/libya"');
      expect(html).not.toMatch(/ENOENT|\/work\/|build-content|\bat \w+ \(/);
      expect(html).not.toContain('<script');
      expect(html).toContain('Error reference: 1234567890');
    });
  }

  it('global-error brings its own <html> document', () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error }));
    expect(html).toMatch(/^<html lang="en">/);
  });
});

describe('redirectTarget: redirects made in proxy.ts, so they carry the security headers', () => {
  const aliases = new Map([['/old/story', '/articles/story']]);

  it('redirects /libya/page/1 and aliases, ignoring case and a trailing slash', () => {
    expect(redirectTarget('/libya/page/1', aliases)).toBe('/libya');
    expect(redirectTarget('/lite/page/1', aliases)).toBe('/lite');
    expect(redirectTarget('/ar/lite/page/1', aliases)).toBe('/ar/lite');
    expect(redirectTarget('/live/battle/page/1', aliases)).toBe('/live/battle');
    expect(redirectTarget('/lite/live/battle/page/1', aliases)).toBe('/lite/live/battle');
    expect(redirectTarget('/ar/lite/live/battle/page/1', aliases)).toBe('/ar/lite/live/battle');
    expect(redirectTarget('/lite/live/battle/page/2', aliases)).toBeUndefined();
    expect(redirectTarget('/old/story', aliases)).toBe('/articles/story');
    expect(redirectTarget('/Old/Story/', aliases)).toBe('/articles/story');
  });

  it("redirects page 1 of a toll metric to the metric's own address, and no other page", () => {
    expect(redirectTarget('/libya/figures/killed/page/1', aliases)).toBe('/libya/figures/killed');
    expect(redirectTarget('/libya/figures/bodies-found/page/1/', aliases)).toBe('/libya/figures/bodies-found');
    expect(redirectTarget('/libya/figures/killed/page/2', aliases)).toBeUndefined();
    expect(redirectTarget('/libya/figures/killed', aliases)).toBeUndefined();
  });

  it("sends a story card's old hashed address to its address now, and nothing else", () => {
    expect(redirectTarget('/articles/gna-retakes-gharyan/opengraph-image-19weht', aliases)).toBe('/articles/gna-retakes-gharyan/opengraph-image');
    expect(redirectTarget('/articles/gna-retakes-gharyan/opengraph-image', aliases)).toBeUndefined();
    expect(redirectTarget('/articles/gna-retakes-gharyan/opengraph-image-19weht/x', aliases)).toBeUndefined();
    expect(redirectTarget('/ar/articles/x/opengraph-image-19weht', aliases)).toBeUndefined();
  });

  it('removes a trailing slash like Next does', () => {
    expect(redirectTarget('/libya/', aliases)).toBe('/libya');
    expect(redirectTarget('/', aliases)).toBeUndefined();
    expect(redirectTarget('/libya', aliases)).toBeUndefined();
  });

  it('never produces a protocol-relative (open) redirect', () => {
    expect(redirectTarget('//evil.example/', aliases)).toBe('/evil.example');
    expect(redirectTarget('///evil.example//', aliases)).toBe('/evil.example');
  });

  it('leaves Next internals alone', () => {
    expect(redirectTarget('/_next/static/x/', aliases)).toBeUndefined();
  });
});
