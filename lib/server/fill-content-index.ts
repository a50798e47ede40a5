import { Worker } from 'node:worker_threads';
import { prewarmContentIndex } from '../content/content-index';
import { PARSE_WORKER_LIMITS, parseInWorkerPool } from '../content/worker-pool';
import { contentDirectory } from '../site';

/** Below this many files to parse, the serving thread's own load (indexContent) is quick enough. */
const WORKERS_FROM_FILES = 100;

/**
 * Before a production server serves: if its content index is empty or outdated
 * (a new machine, a release that changes the index's schema, a registry edit),
 * fill it on every core, as `npm run check` does, instead of on the thread that
 * serves (docs/DEPLOY.md). A warm index costs one count (about 0.45 s at 100,000
 * stories). If the workers fail, the server says so and loads the usual way.
 */
export async function fillContentIndex(): Promise<void> {
  const parseAll = parseInWorkerPool(() => new Worker(new URL('../content/parse-worker.ts', import.meta.url), { resourceLimits: PARSE_WORKER_LIMITS }));
  const started = Date.now();
  try {
    const parsed = await prewarmContentIndex(contentDirectory(), parseAll, WORKERS_FROM_FILES);
    if (parsed > 0) console.log(`Content index filled on every core: ${parsed.toLocaleString('en')} files parsed in ${Math.round((Date.now() - started) / 1000)} s.`);
  } catch (error) {
    console.error(`Could not fill the content index in worker threads; the server parses what it lacks itself.`, error);
  } finally {
    // The server parses on its own thread after this; idle, the workers kept their memory (a server
    // of 1,000 stories held 309 MB of RSS after a cold start with them, 233 MB without).
    await parseAll.close();
  }
}
