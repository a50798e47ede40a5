import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseForIndex, type ParseJob } from '@/lib/content/content-index';
import { PARSE_WORKER_LIMITS, parseInWorkerPool } from '@/lib/content/worker-pool';
import { articleText, registryFiles } from '../helpers';

/**
 * Runs lib/content/parse-worker.ts itself in each worker: worker threads do not inherit
 * vitest's TypeScript loader, so the worker loads it through tsx (as scripts/lib/parse-worker.mjs does).
 */
const LOADER = `
import('tsx/esm/api').then(({ tsImport }) =>
  tsImport(${JSON.stringify(pathToFileURL('lib/content/parse-worker.ts').href)}, ${JSON.stringify(pathToFileURL('package.json').href)}));
`;

const pool = parseInWorkerPool(() => new Worker(LOADER, { eval: true, resourceLimits: PARSE_WORKER_LIMITS }));
afterAll(() => pool.close());

const job = (slug: string, text: string): ParseJob => ({ path: `content/articles/${slug}.md`, key: `articles/${slug}.md`, text });

describe('parse-worker (through parseInWorkerPool)', () => {
  it('answers each chunk with what parseForIndex gives in this thread, valid and invalid files alike', async () => {
    const jobs = [
      job('hifter-advances', articleText()),
      job('gharyan-falls', articleText({ places: '[gharyan]' })),
      job('no-title', articleText({ title: undefined })),
      job('unknown-place', articleText({ places: '[gharian]' })),
    ];
    const files = registryFiles();
    const results = await pool(jobs, files);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(results.sort(byKey)).toEqual(parseForIndex(jobs, files).sort(byKey));
    expect(results.map((r) => [r.key, r.slug])).toEqual([
      ['articles/gharyan-falls.md', 'gharyan-falls'],
      ['articles/hifter-advances.md', 'hifter-advances'],
      ['articles/no-title.md', null],
      ['articles/unknown-place.md', null],
    ]);
  });
});
