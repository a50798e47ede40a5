import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { nuCheckerErrors } from './nu-checker';

/**
 * Publishing without a rebuild, against a real production server: the
 * fixture build (.next-fixtures, copied so its cache is this test's own)
 * serving a copy of the fixture content, changed here and published with
 * `npm run publish`. Each step checks the page, the lists, feeds, sitemap
 * and search.
 */
const root = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT_BASE ?? 3100) + 3;
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = 'e2e-publish-token-0123456789';
const DIST = '.next-publish-test';
let content: string;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

const article = (title: string, extra = '', body = 'Forces advanced on the capital, officials said.') => `---
title: "${title}"
dek: "A story published while the server runs."
published: 2019-06-01T10:00
authors: [fixture-desk]
dateline: tripoli
topics: [tripoli-offensive]
sources:
  - publisher: Fixture Wire
    date: 2019-06-01
${extra}---
${body}
`;

function write(name: string, text: string) {
  fs.writeFileSync(path.join(content, 'articles', name), text);
}

/**
 * Runs `npm run publish` against the test server, without blocking this process: with spawnSync
 * its timers were held up for longer than the server keeps an idle connection open, so the next
 * fetch could take a pooled socket the server had already closed ("other side closed").
 */
async function publish(token = TOKEN): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--server', BASE], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, PUBLISH_TOKEN: token, CONTENT_INDEX_DIR: path.join(content, '..', 'index') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (data) => (output += data));
  child.stderr!.on('data', (data) => (output += data));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, output };
}

/** A GET, sent once more if its pooled connection turns out closed (a slow machine can still delay the pool's timers). */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual' });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, { redirect: 'manual' });
  }
}

async function text(pathname: string) {
  const response = await get(`${BASE}${pathname}`);
  const body = await response.text();
  // Only what readers see: failures then print a short page, not the RSC payload.
  return { status: response.status, body: body.replace(/<script[\s\S]*?<\/script>/g, ''), location: response.headers.get('location') };
}

/** The story's OpenGraph card, fetched at the address its page names (og:image), as bytes. */
async function card(pathname: string): Promise<Buffer> {
  const page = await get(`${BASE}${pathname}`);
  const address = /<meta property="og:image" content="([^"]+)"/.exec(await page.text())?.[1];
  expect(address, `${pathname} names no og:image`).toBeTruthy();
  const response = await get(`${BASE}${new URL(address!).pathname}`);
  expect(response.status, address).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  return Buffer.from(await response.arrayBuffer());
}

let firstCard: Buffer;
let work: string;

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-desk-publish-'));
  content = path.join(work, 'content');
  fs.cpSync(path.join(root, 'tests/fixtures/generated/paginated'), content, { recursive: true });
  fs.rmSync(path.join(root, DIST), { recursive: true, force: true });
  fs.cpSync(path.join(root, '.next-fixtures'), path.join(root, DIST), { recursive: true });
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: content,
      NEXT_DIST_DIR: DIST,
      PUBLISH_TOKEN: TOKEN,
      CONTENT_INDEX_DIR: path.join(work, 'server-index'),
      SCHEDULE_CHECK_MS: '2000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/libya`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the production server did not start');
});

test.afterAll(() => {
  server?.kill();
  fs.rmSync(path.join(root, DIST), { recursive: true, force: true });
  // The copy of the content and the server's index: nothing of a run stays in the temp folder.
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The stories a list page links to, in order. */
const storiesOn = async (pathname: string) => [...(await text(pathname)).body.matchAll(/<h[23] class="story__headline"><a href="\/articles\/([^"]+)"/g)].map((m) => m[1]!);

test('a new article is live everywhere after a publish, without a rebuild', async () => {
  expect((await text('/articles/published-live')).status).toBe(404);
  // Page 2 of the index and of a topic, cached before the publish: the new story moves every story down one place.
  const lastOnFirstPages = { '/libya/page/2': (await storiesOn('/libya')).at(-1), '/topics/tripoli-offensive/page/2': (await storiesOn('/topics/tripoli-offensive')).at(-1) };
  for (const page of Object.keys(lastOnFirstPages)) expect(await storiesOn(page), page).not.toContain(lastOnFirstPages[page as keyof typeof lastOnFirstPages]);
  write('published-live.md', article('Published while live'));
  const before = JSON.parse((await text('/api/status')).body);
  const run = await publish();
  expect(run.status, run.output).toBe(0);
  expect(run.output).toContain('added: published-live');
  expect((await text('/articles/published-live')).body).toContain('Published while live');
  // The server reports the version the publish printed, and one story more.
  const version = /version ([0-9a-f]+)/.exec(run.output)![1];
  expect(JSON.parse((await text('/api/status')).body)).toMatchObject({ ok: true, version, stories: before.stories + 1, folderProblems: 0 });
  expect(version).not.toBe(before.version);
  // The lite page and the card are requested (and so cached) here: the next steps check that publishes regenerate them.
  expect((await text('/lite/articles/published-live')).body).toContain('Published while live');
  firstCard = await card('/articles/published-live');
  expect(await card('/articles/published-live')).toEqual(firstCard);
  for (const page of ['/', '/libya', '/lite', '/topics/tripoli-offensive', '/feed.xml', '/sitemap.xml', '/search?q=published+while+live']) {
    expect((await text(page)).body, page).toContain(page === '/sitemap.xml' ? '/articles/published-live' : 'Published while live');
  }
  for (const [page, story] of Object.entries(lastOnFirstPages)) expect((await storiesOn(page))[0], page).toBe(story);
});

test('an edit of the text and a correction show on the next request', async () => {
  write(
    'published-live.md',
    article('Published while live, corrected', 'corrections:\n  - date: 2019-06-02\n    text: An earlier version gave the wrong town.\n', 'Forces advanced on Gharyan, officials said.'),
  );
  expect((await publish()).status).toBe(0);
  const page = (await text('/articles/published-live')).body;
  expect(page).toContain('Published while live, corrected');
  expect(page).toContain('An earlier version gave the wrong town.');
  expect(page).toContain('Forces advanced on Gharyan');
  const lite = (await text('/lite/articles/published-live')).body;
  expect(lite).toContain('Published while live, corrected');
  expect(lite).toContain('An earlier version gave the wrong town.');
  expect(lite).toContain('Forces advanced on Gharyan');
  expect((await text('/lite')).body).toContain('Published while live, corrected');
  // The card shows the headline: it is drawn again with the corrected one.
  expect((await card('/articles/published-live')).equals(firstCard)).toBe(false);
});

test('an alias added by a publish redirects, and goes when removed', async () => {
  write('published-live.md', article('Published while live, corrected', 'aliases: [/old/live-story]\n'));
  expect((await publish()).status).toBe(0);
  const moved = await text('/old/live-story');
  expect(moved.status).toBe(308);
  expect(moved.location).toBe('/articles/published-live');
  write('published-live.md', article('Published while live, corrected'));
  expect((await publish()).status).toBe(0);
  expect((await text('/old/live-story')).status).toBe(404);
});

test('broken content is refused and changes nothing live', async () => {
  write('broken.md', '---\ntitle: "No dek"\n---\nText.\n');
  const run = await publish();
  expect(run.status).toBe(1);
  expect(run.output).toContain('broken.md');
  expect(run.output).toContain('Nothing was published');
  expect((await text('/articles/published-live')).status).toBe(200);
  // Still the last good version: the refused publish never reached the server, which keeps its content.
  expect(JSON.parse((await text('/api/status')).body)).toMatchObject({ ok: true, folderProblems: 0 });
  fs.rmSync(path.join(content, 'articles', 'broken.md'));
});

test('a wrong token changes nothing and reveals nothing', async () => {
  const before = JSON.parse((await text('/api/status')).body);
  write('published-live.md', article('A title nobody should see'));
  const run = await publish('wrong-token-0123456789abcdef');
  expect(run.status).toBe(1);
  expect(run.output).toContain('Nothing was published');
  // Nothing half-live either: the folder was not stamped, so the server did not follow it.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(JSON.parse((await text('/api/status')).body).version).toBe(before.version);
  expect((await text('/search?q=nobody+should+see')).body).not.toContain('A title nobody should see');
  const unknown = await fetch(`${BASE}/api/not-a-route`, { method: 'POST' });
  const refused = await fetch(`${BASE}/api/publish`, { method: 'POST', headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } });
  expect(refused.status).toBe(unknown.status);
  expect(refused.headers.get('x-middleware-rewrite')).toBeNull();
  expect(await refused.text()).toBe(await unknown.text());
  write('published-live.md', article('Published while live, corrected'));
});

test('a withdrawal takes a story off every list, answers its addresses with the note (410), its old ones redirect there, and the corrections log keeps it', async ({ page, request }) => {
  const corrected = 'corrections:\n  - date: 2019-06-02\n    text: An earlier version gave the wrong town.\n';
  const withdrawn = 'withdrawn:\n  date: 2019-06-03\n  reason: The story relied on an account we could not verify.\n';
  write('published-live.md', article('Published while live, corrected', corrected + withdrawn + 'aliases: [/old/live-story]\n'));
  // It had an Arabic edition: that address gets the notice too, in Arabic.
  const arabicEdition = path.join(content, 'ar', 'articles', 'published-live.md');
  fs.writeFileSync(
    arabicEdition,
    '---\ntranslation_of: published-live\ntitle: "قصة نُشرت أثناء عمل الخادم"\ndek: "قصة اختبارية للنسخة العربية."\ntranslated: 2019-06-02T12:00\nwithdrawn_reason: "اعتمدت القصة على رواية لم نتمكن من التحقق منها."\nauthors: [fixture-desk]\ndateline: tripoli\ntopics: [tripoli-offensive]\nsources:\n  - publisher: Fixture Wire\n    date: 2019-06-01\n---\nنص عربي للقصة، وفق ما أفاد به المصدر.\n',
  );
  const run = await publish();
  expect(run.status, run.output).toBe(0);
  for (const page of ['/articles/published-live', '/lite/articles/published-live']) {
    const notice = await text(page);
    expect(notice.status, page).toBe(410);
    expect(notice.body, page).toContain('The story relied on an account we could not verify.');
    expect(notice.body, page).not.toContain('Published while live');
  }
  for (const page of ['/', '/libya', '/lite', '/topics/tripoli-offensive', '/feed.xml', '/sitemap.xml', '/search?q=published+while+live']) {
    expect((await text(page)).body, page).not.toContain('/articles/published-live');
  }
  // Its old address still leads to it, and so to the notice, not to a 404.
  const moved = await text('/old/live-story');
  expect(moved.status).toBe(308);
  expect(moved.location).toBe('/articles/published-live');
  const log = (await text('/corrections')).body;
  expect(log).toContain('An earlier version gave the wrong town.');
  expect(log).toContain('Withdrawn. The story relied on an account we could not verify.');
  expect(log).toContain('since withdrawn');
  expect(log).not.toContain('Published while live');
  // The notice is a page type of its own, held to the same rules as the others, in both editions' languages.
  for (const path of ['/articles/published-live', '/ar/articles/published-live']) {
    expect(await axeViolations(page, `${BASE}${path}`), path).toEqual([]);
  }
  expect(await nuCheckerErrors(request, { notice: `${BASE}/articles/published-live`, 'notice-ar': `${BASE}/ar/articles/published-live` })).toEqual([]);
  const arabicNotice = (await text('/ar/articles/published-live')).body;
  expect(arabicNotice).toContain('سُحبت هذه القصة');
  // The translation's reason, as Arabic text, instead of the English one.
  expect(arabicNotice).toContain('<p>اعتمدت القصة على رواية لم نتمكن من التحقق منها.</p>');
  expect(arabicNotice).not.toContain('The story relied on an account');
  fs.rmSync(arabicEdition);
});

test('unpublishing (draft, then deletion) makes it 404 everywhere', async () => {
  write('published-live.md', article('Published while live, corrected', 'draft: true\n'));
  expect((await publish()).status).toBe(0);
  expect((await text('/articles/published-live')).status).toBe(404);
  expect((await text('/lite/articles/published-live')).status).toBe(404);
  fs.rmSync(path.join(content, 'articles', 'published-live.md'));
  const run = await publish();
  expect(run.status).toBe(0);
  for (const page of ['/', '/libya', '/lite', '/topics/tripoli-offensive', '/feed.xml', '/sitemap.xml', '/search?q=published+while+live', '/articles/fixture-story-45']) {
    expect((await text(page)).body, page).not.toContain('published-live');
  }
  expect((await text('/articles/published-live')).status).toBe(404);
});

test('a scheduled story appears on its own when its time comes, with no publish', async () => {
  test.setTimeout(90_000);
  const due = new Date(Date.now() + 15_000);
  write('scheduled-soon.md', article('Scheduled to appear soon').replace('published: 2019-06-01T10:00', `published: ${due.toISOString().slice(0, 19)}Z`));
  expect((await publish()).status).toBe(0);
  expect((await text('/articles/scheduled-soon')).status).toBe(404);
  expect((await text('/lite/articles/scheduled-soon')).status).toBe(404);
  expect((await text('/libya')).body).not.toContain('Scheduled to appear soon');
  expect((await text('/lite')).body).not.toContain('Scheduled to appear soon');
  await expect
    .poll(async () => (await text('/libya')).body.includes('Scheduled to appear soon'), { timeout: 60_000, intervals: [2000] })
    .toBe(true);
  expect((await text('/articles/scheduled-soon')).status).toBe(200);
  expect((await text('/lite/articles/scheduled-soon')).status).toBe(200);
  expect((await text('/lite')).body).toContain('Scheduled to appear soon');
  expect((await text('/feed.xml')).body).toContain('Scheduled to appear soon');
});
