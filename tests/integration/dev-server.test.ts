import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `next dev` shows a new, edited or deleted article and a registry change on
 * the next page load, without a restart. Runs a real dev server on a copy of
 * the content; no sleeping: each check polls until the page shows the change.
 */
const root = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT_BASE ?? 3100) + 2;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let dir: string;

async function page(pathname: string): Promise<string> {
  const response = await fetch(`${base}${pathname}`);
  return `${response.status} ${await response.text()}`;
}

/** Polls `pathname` until `check` passes (the dev server recompiles on first request). */
async function eventually(pathname: string, check: (body: string) => boolean, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = await page(pathname);
      if (check(last)) return last;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${pathname} never matched; last response began: ${last.slice(0, 200)}`);
}

const article = (title: string, body: string) => `---
title: "${title}"
dek: "A story written while the dev server runs."
published: 2020-11-30T10:00
authors: [conflict-desk]
topics: [tripoli-offensive]
sources:
  - publisher: Test Wire
---
${body}
`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-content-'));
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  const { NODE_ENV: _test, ...env } = process.env;
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '-p', String(PORT)], {
    cwd: root,
    env: { ...env, CONTENT_DIR: dir, NEXT_DIST_DIR: '.next-devtest', NEXT_TELEMETRY_DISABLED: '1' } as unknown as NodeJS.ProcessEnv,
    stdio: 'ignore',
    detached: true,
  });
  await eventually('/libya', (body) => body.startsWith('200'), 120_000);
}, 150_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('next dev', () => {
  it('shows a new article, then an edit to it, then forgets it when deleted', { timeout: 120_000 }, async () => {
    const file = path.join(dir, 'articles', 'written-during-dev.md');
    fs.writeFileSync(file, article('Story written during dev', 'First version of the text.'));
    await eventually('/libya', (body) => body.includes('Story written during dev'));
    await eventually('/articles/written-during-dev', (body) => body.includes('First version of the text.'));

    fs.writeFileSync(file, article('Story written during dev', 'Second version of the text.'));
    await eventually('/articles/written-during-dev', (body) => body.includes('Second version of the text.'));

    fs.rmSync(file);
    await eventually('/libya', (body) => body.startsWith('200') && !body.includes('Story written during dev'));
  });

  it('shows a registry change', { timeout: 120_000 }, async () => {
    const topics = path.join(dir, 'topics.yml');
    fs.writeFileSync(topics, fs.readFileSync(topics, 'utf8').replace('name: Battle for Tripoli', 'name: Battle for the capital'));
    await eventually('/topics', (body) => body.includes('Battle for the capital'));
  });

  it('shows drafts with a DRAFT banner', { timeout: 120_000 }, async () => {
    fs.writeFileSync(
      path.join(dir, 'articles', 'dev-draft.md'),
      article('A draft seen in dev', 'Draft text.').replace('---\nDraft', 'draft: true\n---\nDraft'),
    );
    const body = await eventually('/articles/dev-draft', (text) => text.includes('A draft seen in dev'));
    expect(body).toContain('DRAFT: not published');
  });
});
