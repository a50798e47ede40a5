import os from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { ContentInput } from './build-content';
import type { ParseAll, ParseJob, ParseResult } from './content-index';

/**
 * Resource limits for a parse worker. Parsing Markdown and YAML makes short-lived garbage at a high rate:
 * with V8's default young generation (16 MB semi-spaces) a worker spent about 12 % of its time
 * collecting it. 192 MB (64 MB semi-spaces) made a cold check of 10,000 stories 10–15 % faster,
 * for about 120 MB more at its peak (docs/BENCHMARKS.md).
 */
export const PARSE_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 192 };

/** A pool's parse, and a way to end its workers once the process needs them no more. */
export type WorkerPool = ParseAll & { close: () => Promise<void> };

/**
 * Parses article files on every core (worker threads made by `start`, each
 * running `parseForIndex`): a cold content index of 100,000 files is parsed
 * in a fraction of the time one thread takes. The workers start once and
 * take one chunk of files after another; idle, they do not keep the process
 * alive, but they hold their memory until `close()`. `start` must call
 * `new Worker(new URL(…, import.meta.url), { resourceLimits: PARSE_WORKER_LIMITS })`
 * itself, the options written as an object literal, so that `next build` bundles the worker it
 * names: given a variable as options, Turbopack copied the .ts file as a plain asset, and a
 * server's workers failed to start (the bench's cold start now fails on it).
 */
export function parseInWorkerPool(start: () => Worker): WorkerPool {
  let workers: Worker[] | undefined;
  // Every worker started, including those of a pool a failure let go, for `close()`.
  const started: Worker[] = [];
  const pool = () =>
    (workers ??= Array.from({ length: Math.max(1, Math.min(os.availableParallelism(), 8)) }, () => {
      const worker = start();
      worker.unref();
      started.push(worker);
      return worker;
    }));
  const parseOn = (worker: Worker, message: { jobs: ParseJob[]; registryFiles: ContentInput['registryFiles'] }) =>
    new Promise<ParseResult[]>((resolve, reject) => {
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
  const parseAll: ParseAll = async (jobs, registryFiles) => {
    const all = pool();
    const results = await Promise.all(all.map((worker, i) => parseOn(worker, { jobs: jobs.filter((_, j) => j % all.length === i), registryFiles })));
    return results.flat();
  };
  const close = async () => {
    workers = undefined;
    await Promise.all(started.splice(0).map((worker) => worker.terminate()));
  };
  return Object.assign(parseAll, { close });
}
