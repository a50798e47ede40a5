import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentInput } from '../../lib/content/build-content';
import type { ParseJob, ParseResult } from '../../lib/content/content-index';

/**
 * Parses article files on every core (worker threads): a cold content index
 * of 100,000 files is parsed in a fraction of the time one thread takes.
 * The workers start once and take one chunk of files after another; idle,
 * they do not keep the process alive. The CLI scripts use it; `next build`
 * finds the index warm, and so does a server after the first start on its
 * machine (that start fills the index on one thread: docs/DEPLOY.md).
 */
export async function parseInWorkers(jobs: ParseJob[], registryFiles: ContentInput['registryFiles']): Promise<ParseResult[]> {
  const workers = pool();
  const results = await Promise.all(
    workers.map((worker, i) => parseOn(worker, { jobs: jobs.filter((_, j) => j % workers.length === i), registryFiles })),
  );
  return results.flat();
}

let workers: Worker[] | undefined;

function pool(): Worker[] {
  workers ??= Array.from({ length: Math.max(1, Math.min(os.availableParallelism(), 8)) }, () => {
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url));
    worker.unref();
    return worker;
  });
  return workers;
}

function parseOn(worker: Worker, message: { jobs: ParseJob[]; registryFiles: ContentInput['registryFiles'] }): Promise<ParseResult[]> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.unref();
    };
    const onMessage = (results: ParseResult[]) => (settle(), resolve(results));
    const onError = (error: Error) => (settle(), (workers = undefined), reject(error));
    const onExit = (code: number) => (settle(), (workers = undefined), reject(new Error(`parse worker exited with ${code}`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage(message);
  });
}
