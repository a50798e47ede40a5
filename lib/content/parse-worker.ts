// A worker thread of a server's pool (lib/server/fill-content-index.ts): parses each chunk of files it is sent.
import { parentPort } from 'node:worker_threads';
import { parseForIndex, type ParseJob } from './content-index';
import type { ContentInput } from './build-content';

parentPort!.on('message', ({ jobs, registryFiles }: { jobs: ParseJob[]; registryFiles: ContentInput['registryFiles'] }) =>
  parentPort!.postMessage(parseForIndex(jobs, registryFiles)),
);
