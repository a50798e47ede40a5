import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentInput } from '../../lib/content/build-content';
import type { ParseJob, ParseResult } from '../../lib/content/content-index';

/**
 * Parses article files on every core (worker threads): a cold content index
 * of 100,000 files is parsed in a fraction of the time one thread takes.
 * The CLI scripts use it; servers and `next build` find the index warm.
 */
export async function parseInWorkers(jobs: ParseJob[], registryFiles: ContentInput['registryFiles']): Promise<ParseResult[]> {
  const threads = Math.max(1, Math.min(os.availableParallelism(), 8));
  const shares = Array.from({ length: threads }, (_, i) => jobs.filter((_, j) => j % threads === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ParseResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { jobs: share, registryFiles } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`parse worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}
