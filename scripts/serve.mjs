// Serves the existing production build with bounded memory (scripts/server-memory.mjs):
// `node scripts/serve.mjs -p PORT`. `npm start` builds first when needed, then serves the same
// way; the end-to-end tests and the benchmark start their servers with this.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnServer } from './server-memory.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } });
const port = values.port ?? process.env.PORT ?? '3000';
const server = spawnServer(path.join(root, 'node_modules/next/dist/bin/next'), ['start', '-p', port], { cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
