// How a production server process is started, so that its memory stays bounded
// (docs/decisions/0022-server-memory.md): `npm start`, the benchmark and the
// cluster test all start servers with these settings; docs/DEPLOY.md gives the
// same command for the standalone server.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Heap each story takes in a server, with room to spare. Measured at 100,000 stories: 1.4 KB of
 * front matter and 0.2 KB of lists; about as much again while a publish reloads the content;
 * and room for 32 concurrent first renders of archived stories. With 3 KB a story above 192 MB
 * (485 MB at 100,000) a server ran out of heap under a random-article load after a publish, and
 * a bench run with 4 KB (583 MB) once lost its server during a publish without a record of why
 * (docs/decisions/0022-server-memory.md): the limit is set well above what was seen live.
 */
const KB_PER_STORY = 5;
/** Next, React and the page cache (about 90 MB live at a small archive), with room to spare. */
const BASE_HEAP_MB = 256;

/** Story files in the content folder (articles and Arabic editions), counted without reading them. */
export function countStories(contentDir) {
  let count = 0;
  for (const folder of ['articles', 'ar/articles']) {
    try {
      count += readdirSync(path.join(contentDir, folder)).filter((name) => name.endsWith('.md')).length;
    } catch {
      // No such folder: nothing to count.
    }
  }
  return count;
}

/**
 * The V8 limit on a server's old generation, in MB: SERVER_HEAP_MB if set, else room for
 * `stories`. Without a limit V8 lets garbage grow the heap to several times what is live
 * (2.7 GB of RSS at 100,000 stories after a 20 s load).
 */
/** @param {number} stories @param {Record<string, string | undefined>} [env] */
export function serverHeapMb(stories, env = process.env) {
  if (env.SERVER_HEAP_MB) {
    const mb = Number(env.SERVER_HEAP_MB);
    if (!Number.isInteger(mb) || mb < 128) throw new Error(`SERVER_HEAP_MB must be a whole number of megabytes, at least 128 (got "${env.SERVER_HEAP_MB}").`);
    return mb;
  }
  return BASE_HEAP_MB + Math.ceil((stories * KB_PER_STORY) / 1024);
}

/** Arguments to put before the server script on node's command line. */
/** @param {string} contentDir @param {Record<string, string | undefined>} [env] */
export function serverNodeArgs(contentDir, env = process.env) {
  // A young generation of 8 MB semi-spaces instead of 16: measured without a loss of throughput.
  // The old generation grows to 1.3 times what survived a collection, not up to 4 times under load.
  return [`--max-old-space-size=${serverHeapMb(countStories(contentDir), env)}`, '--max-semi-space-size=8', '--heap-growing-percent=30'];
}

/**
 * Environment for a server process: glibc keeps one malloc arena per thread by default,
 * and Node's threads (libuv, V8's GC helpers) each held freed memory of their own.
 */
/** @param {Record<string, string | undefined>} [env] */
export function serverEnv(env = process.env) {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

/**
 * Starts a production server: `node <memory flags> <script> <args>`, with the content folder
 * of `env` deciding the heap limit. `script` is Next's CLI (`next start`) or a standalone
 * build's server.js.
 */
export function spawnServer(script, args, { cwd, env = process.env, stdio = 'inherit' } = {}) {
  const contentDir = path.resolve(cwd ?? process.cwd(), env.CONTENT_DIR ?? 'content');
  return spawn(process.execPath, [...serverNodeArgs(contentDir, env), script, ...args], { cwd, env: serverEnv(env), stdio });
}
