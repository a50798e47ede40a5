// `npm start`: serve the production build on $PORT (default 3000), building
// first when there is no build or the sources changed since the last one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next/BUILD_ID');
const INPUTS = ['app', 'components', 'lib', 'content', 'public', 'next.config.ts', 'package.json'];

function newestChange(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(target, name))),
    stat.mtimeMs,
  );
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...INPUTS.map((input) => newestChange(path.join(root, input))));
if (changedAt > builtAt) {
  console.log(builtAt ? 'Sources changed since the last build: rebuilding...' : 'No build yet: building...');
  // npm run build checks the content first, so errors come as one clear list.
  // Without SITE_URL, build for this machine (a production deploy sets it: docs/DEPLOY.md).
  const env = { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? '3000'}` };
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Serve it with bounded memory (scripts/serve.mjs, docs/decisions/0022-server-memory.md).
await import('./serve.mjs');
