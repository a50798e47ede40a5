import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseInWorkerPool } from '../../../lib/content/worker-pool';

/** A worker that answers each chunk with one result per job, named after the job's key. */
const ECHO = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ jobs }) => parentPort.postMessage(jobs.map((job) => ({ key: job.key, result: '{}', slug: null, searchText: null }))));
`;

describe('parseInWorkerPool', () => {
  it('ends every worker it started on close(), and starts new ones if asked to parse again', async () => {
    const started: Worker[] = [];
    const pool = parseInWorkerPool(() => {
      const worker = new Worker(ECHO, { eval: true });
      started.push(worker);
      return worker;
    });
    const jobs = [1, 2, 3].map((n) => ({ path: `content/articles/story-${n}.md`, key: `articles/story-${n}.md`, text: '' }));
    const registryFiles = {} as Parameters<typeof pool>[1];
    expect((await pool(jobs, registryFiles)).map((r) => r.key).sort()).toEqual(['articles/story-1.md', 'articles/story-2.md', 'articles/story-3.md']);
    const first = [...started];
    const exits = first.map((worker) => new Promise<number>((resolve) => worker.once('exit', resolve)));
    await pool.close();
    expect(await Promise.all(exits)).toHaveLength(first.length);
    expect((await pool(jobs, registryFiles)).map((r) => r.key).sort()).toEqual(['articles/story-1.md', 'articles/story-2.md', 'articles/story-3.md']);
    expect(started.length).toBe(first.length * 2);
    await pool.close();
  });
});
