import { Worker } from 'node:worker_threads';
import { PARSE_WORKER_LIMITS, parseInWorkerPool } from '../../lib/content/worker-pool';

/**
 * The CLI scripts' pool: its worker loads the TypeScript parser through tsx
 * (worker threads do not inherit the tsx loader of the script that starts them).
 */
export const parseInWorkers = parseInWorkerPool(() => new Worker(new URL('./parse-worker.mjs', import.meta.url), { resourceLimits: PARSE_WORKER_LIMITS }));
