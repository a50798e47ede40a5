import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedArticles } from './published-content';

/**
 * Every page type's HTML, checked by the W3C Nu HTML Checker (the vnu-jar
 * package; needs Java). Zero errors allowed.
 */
const article = publishedArticles()[0]!;
const PAGES = {
  front: '/',
  index: '/libya',
  article: article.path,
  'article-with-contents': publishedArticles().find((a) => (a.html.match(/<h2 /g) ?? []).length >= 3)!.path,
  timeline: '/libya/timeline',
  'coverage-map': '/libya/map',
  figures: '/libya/figures',
  'place-index': '/places',
  'topic-index': '/topics',
  topic: '/topics/tripoli-offensive',
  person: '/people/khalifa-hifter',
  place: '/places/tripoli',
  author: '/authors/conflict-desk',
  search: '/search?q=hifter',
  'not-found': '/articles/no-such-story',
  about: '/about',
  standards: '/standards',
  'figures-method': '/standards/figures',
  corrections: '/corrections',
  live: '/live/battle-for-tripoli-first-days',
  'ar-live': '/ar/live/battle-for-tripoli-first-days',
  'lite-index': '/lite',
  'lite-article': `/lite${article.path}`,
  'lite-article-with-figures': `/lite${publishedArticles().find((a) => a.figures.length > 0 && a.corrections.length > 0)!.path}`,
};

test('every page type passes the Nu HTML Checker with zero errors', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  try {
    for (const [name, url] of Object.entries(PAGES)) {
      fs.writeFileSync(path.join(dir, `${name}.html`), await (await request.get(url)).text());
    }
    const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', dir], {
      encoding: 'utf8',
    });
    expect(result.error, 'Java is needed to run the Nu HTML Checker').toBeUndefined();
    const { messages } = JSON.parse(result.stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] };
    // The stylesheet is inlined in every page (next.config.ts), so the checker validates the CSS
    // too; its CSS validator does not know `paint-order` (SVG 2 / CSS Fill and Stroke, supported
    // by every current browser), used for halos behind map and chart labels.
    const unknownToChecker = /^CSS: “paint-order”: Property “paint-order” doesn't exist/;
    const errors = messages
      .filter((m) => m.type === 'error' && !unknownToChecker.test(m.message))
      .map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ? `[${m.extract.trim()}]` : ''}`);
    expect(errors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
