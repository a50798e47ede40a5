import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** `site` is computed when the module is evaluated, so each test imports a fresh copy. */
async function freshSite() {
  vi.resetModules();
  return import('../../lib/site');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('site.url', () => {
  it('defaults to http://localhost:3000', async () => {
    vi.stubEnv('SITE_URL', undefined);
    const { site } = await freshSite();
    expect(site.url).toBe('http://localhost:3000');
  });

  it('uses SITE_URL', async () => {
    vi.stubEnv('SITE_URL', 'https://conflictdesk.example');
    const { site } = await freshSite();
    expect(site.url).toBe('https://conflictdesk.example');
  });

  it('strips a trailing slash', async () => {
    vi.stubEnv('SITE_URL', 'https://conflictdesk.example/');
    const { site } = await freshSite();
    expect(site.url).toBe('https://conflictdesk.example');
  });

  it('strips several trailing slashes and keeps a base path', async () => {
    vi.stubEnv('SITE_URL', 'https://example.org/news///');
    const { site } = await freshSite();
    expect(site.url).toBe('https://example.org/news');
  });
});

describe('site settings', () => {
  it('shows dates in Libya time and pages 20 articles at a time', async () => {
    const { site } = await freshSite();
    expect(site.timeZone).toBe('Africa/Tripoli');
    expect(site.pageSize).toBe(20);
    expect(site.language).toBe('en');
  });
});

describe('contentDirectory', () => {
  it('defaults to <cwd>/content', async () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    const { contentDirectory } = await freshSite();
    expect(contentDirectory()).toBe(path.join(process.cwd(), 'content'));
  });

  it('treats an empty CONTENT_DIR as unset', async () => {
    vi.stubEnv('CONTENT_DIR', '');
    const { contentDirectory } = await freshSite();
    expect(contentDirectory()).toBe(path.join(process.cwd(), 'content'));
  });

  it('resolves a relative CONTENT_DIR against the working directory', async () => {
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/broken-content');
    const { contentDirectory } = await freshSite();
    expect(contentDirectory()).toBe(path.join(process.cwd(), 'tests', 'fixtures', 'broken-content'));
  });

  it('keeps an absolute CONTENT_DIR', async () => {
    const absolute = path.resolve('/srv/content-elsewhere');
    vi.stubEnv('CONTENT_DIR', absolute);
    const { contentDirectory } = await freshSite();
    expect(contentDirectory()).toBe(absolute);
  });

  it('reads CONTENT_DIR on every call, not only at import', async () => {
    const { contentDirectory } = await freshSite();
    vi.stubEnv('CONTENT_DIR', '/first');
    const first = contentDirectory();
    vi.stubEnv('CONTENT_DIR', '/second');
    expect(contentDirectory()).not.toBe(first);
    expect(contentDirectory()).toBe(path.resolve('/second'));
  });
});
