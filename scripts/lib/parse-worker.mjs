// A worker thread of parse-in-workers.ts: parses its share of the files.
// Plain JavaScript that loads the TypeScript parser through tsx's API
// (worker threads do not inherit the tsx loader of the script that starts them).
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { parseForIndex } = await tsImport('../../lib/content/content-index.ts', import.meta.url);
parentPort.postMessage(parseForIndex(workerData.jobs, workerData.registryFiles));
