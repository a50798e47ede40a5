import fc from 'fast-check';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiteDocument } from '../../../components/LiteDocument';
import { fullIndexHref, liteIndexHref, litePath } from '../../../lib/lite/lite-paths';
import { renderDocument } from '../../../lib/lite/render-html';
import { articleText, makeContentDir, removeDir } from '../helpers';

type Responses = typeof import('../../../lib/lite/lite-responses');
type Servable = typeof import('../../../lib/routing/servable-path');

// React's server renderer is loaded with Node's resolution (lib/lite/render-html.ts): load it
// now, in the test environment's mode, before tests switch NODE_ENV to production.
renderDocument(createElement('html'));

const NOW = new Date('2021-01-01T00:00:00Z');
let dir: string | undefined;
let lite: Responses;
let servable: Servable;

const FULL = articleText(
  {
    title: '"Drone strike hits Mitiga airport"',
    dateline: 'tripoli',
    updated: '2019-04-09T08:00',
    figures: "\n  - metric: displaced\n    value: 2800\n    qualifier: more than\n    unit: people\n    as_of: 2019-04-04\n    scope: Around Tripoli\n    reported_by: OCHA",
    corrections: '\n  - date: 2019-04-10T10:00\n    text: An earlier version misspelled Mitiga.',
  },
  'Flights were suspended.\n\n## What happened\n\nA *second* strike followed.',
);

async function useContent(articles: Record<string, string>) {
  dir = makeContentDir(articles);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  lite = await import('../../../lib/lite/lite-responses');
  servable = await import('../../../lib/routing/servable-path');
}

beforeEach(() => vi.stubEnv('SITE_URL', 'https://news.example.org'));

afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) removeDir(dir);
  dir = undefined;
});

const text = async (response: Response | undefined) => {
  expect(response).toBeDefined();
  return response!.text();
};

describe('lite paths', () => {
  it('put the full path under /lite, and page 1 of the index at /lite', () => {
    expect(litePath('/articles/a-b')).toBe('/lite/articles/a-b');
    expect(liteIndexHref(1)).toBe('/lite');
    expect(liteIndexHref(3)).toBe('/lite/page/3');
    expect(fullIndexHref(1)).toBe('/libya');
    expect(fullIndexHref(3)).toBe('/libya/page/3');
  });
});

describe('a lite article', () => {
  it('is a whole HTML document with the reporting, no scripts, no web fonts and no stylesheet request', async () => {
    await useContent({ 'mitiga.md': FULL });
    const response = lite.liteArticleResponse('mitiga', NOW);
    expect(response?.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await text(response);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/@font-face|<link[^>]+stylesheet|<img/i);
    expect(html).toContain('<h1>Drone strike hits Mitiga airport</h1>');
    expect(html).toContain('The UN chief leaves Libya without a truce.');
    expect(html).toContain('By Conflict Desk staff');
    expect(html).toContain('TRIPOLI');
    expect(html).toMatch(/Published <time dateTime="2019-04-05T21:40:00\+02:00">/i);
    expect(html).toMatch(/Updated <time dateTime="2019-04-09T08:00:00\+02:00">/i);
    expect(html).toContain('<em>second</em>');
    expect(html).toContain('More than 2,800 people displaced');
    expect(html).toContain('An earlier version misspelled Mitiga.');
    expect(html).toContain('Reuters');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/articles/mitiga"/>');
    expect(html).toContain('<a href="/articles/mitiga">Full version</a>');
  });

  it('does not exist for a draft, a scheduled story or an unknown slug', async () => {
    await useContent({
      'mitiga.md': FULL,
      'draft.md': articleText({ draft: 'true', title: 'A draft' }),
      'later.md': articleText({ published: '2030-01-01T10:00', title: 'A scheduled story' }),
    });
    expect(lite.liteArticleResponse('draft', NOW)).toBeUndefined();
    expect(lite.liteArticleResponse('later', NOW)).toBeUndefined();
    expect(lite.liteArticleResponse('nope', NOW)).toBeUndefined();
    // proxy.ts answers these addresses with the site's 404 before any route runs.
    expect(servable.isServablePath('/lite/articles/mitiga', NOW)).toBe(true);
    expect(servable.isServablePath('/lite/articles/draft', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/articles/later', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/articles/nope', NOW)).toBe(false);
    expect(servable.isServablePath('/lite/articles/later', new Date('2030-01-02T00:00:00Z'))).toBe(true);
  });
});

describe('the lite coverage index', () => {
  it('lists published stories with links to their lite pages, canonical to /libya', async () => {
    await useContent({ 'mitiga.md': FULL, 'draft.md': articleText({ draft: 'true', title: 'Secret draft' }) });
    const html = await text(lite.liteIndexResponse(1, NOW));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<a href="/lite/articles/mitiga">Drone strike hits Mitiga airport</a>');
    expect(html).not.toContain('Secret draft');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/libya"/>');
  });

  it('has page 1 always, and no page past the last', async () => {
    await useContent({});
    expect(await text(lite.liteIndexResponse(1, NOW))).toContain('<h1>');
    expect(lite.liteIndexResponse(2, NOW)).toBeUndefined();
    expect(servable.isServablePath('/lite/page/2', NOW)).toBe(false);
  });
});

describe('LiteDocument', () => {
  it('escapes any title and description: no markup of theirs reaches the page', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, description) => {
        const html = renderDocument(createElement(LiteDocument, { title, description, fullPath: '/libya', children: null }));
        expect(html).not.toMatch(/<script|<img|<iframe/i);
        expect((html.match(/<title>/g) ?? []).length).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
