// A worker thread of parse-in-workers.ts: parses each chunk of files it is sent.
// Plain JavaScript that loads the TypeScript parser through tsx's API
// (worker threads do not inherit the tsx loader of the script that starts them).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { parseForIndex } = await tsImport('../../lib/content/content-index.ts', import.meta.url);
parentPort.on('message', ({ jobs, registryFiles }) => parentPort.postMessage(parseForIndex(jobs, registryFiles)));
