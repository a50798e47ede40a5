// `npm run test:cluster`: two servers, each from its own copy of the
// standalone build, sharing one Redis page cache and one content folder,
// behind nginx (deploy/nginx.conf with local ports). Publishes a new story
// through server A and checks it on server B and through nginx; then runs a
// bounded load (autocannon, loopback, at most 20 s) through nginx on a hot
// article while a correction is published, and reports req/s, p99, errors
// and whether any response after the publish returned was older than 60 s;
// last, with every app server stopped, checks nginx's own unavailable page.
// Needs redis-server and nginx (.ci/run installs Debian's packages).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { generateCorpus } from './bench/generate-corpus.mjs';
import { spawnServer } from './server-memory.mjs';

const root = path.resolve(import.meta.dirname, '..');
const base = Number(process.env.CLUSTER_PORT_BASE ?? 3300);
const [PORT_A, PORT_B, PORT_NGINX, PORT_REDIS] = [base + 1, base + 2, base + 3, base + 4];
const TOKEN = 'cluster-test-token-0123456789';
const DIST = '.next-cluster';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-desk-cluster-'));
// nginx's workers run as an unprivileged user: they must be able to reach the cache folder.
fs.chmodSync(work, 0o755);
const content = path.join(work, 'content');
const children = [];
// CLUSTER_REUSE_BUILD=1 keeps and reuses the standalone build between runs (while working on this test).
const reuse = process.env.CLUSTER_REUSE_BUILD === '1';
let failures = 0;

const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function need(binary) {
  if (spawnSync('sh', ['-c', `command -v ${binary}`]).status !== 0) {
    console.error(`test:cluster needs ${binary} (Debian: apt-get install -y redis-server nginx).`);
    process.exit(1);
  }
}
function start(command, args, env = {}, cwd = root) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}
async function until(what, probe, ms = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      if (await probe()) return Date.now() - started;
    } catch {}
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}
const get = async (port, pathname) => {
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache') };
};
/** Publishing without blocking this process (the load generator runs in it). */
function publishAsync(server) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--server', `http://127.0.0.1:${server}`], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, PUBLISH_TOKEN: TOKEN, CONTENT_INDEX_DIR: path.join(work, 'cli-index') },
      stdio: 'ignore',
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`publish exited ${code}`))));
  });
}
function publish(server) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--server', `http://127.0.0.1:${server}`], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, PUBLISH_TOKEN: TOKEN, CONTENT_INDEX_DIR: path.join(work, 'cli-index') },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`publish failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}
const story = (slug, title, published) => `---
title: "${title}"
dek: "Published through one server, read through the others."
published: ${published}
authors: [author-1]
places: [place-1]
topics: [topic-1]
sources:
  - publisher: Synthetic Wire
---
Forces advanced on the capital, officials said.
`;

try {
  need('redis-server');
  need('nginx');
  generateCorpus({ articles: 200, out: content });
  const env = { CONTENT_DIR: content, NEXT_DIST_DIR: DIST, REDIS_URL: `redis://127.0.0.1:${PORT_REDIS}`, SITE_URL: `http://127.0.0.1:${PORT_NGINX}` };

  if (!(reuse && fs.existsSync(path.join(root, DIST, 'standalone')))) {
    console.log('Building the standalone server (with the Redis cache handler)...');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
    // As `npm run build:next` builds: compile, then render the pages (decision 0023).
    for (const mode of ['compile', 'generate']) {
      execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', '--experimental-build-mode', mode], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
    }
  }
  // What the tracer copies into the standalone folder: the server and its node_modules, not the
  // project (a path the content layer computes, traced without /* turbopackIgnore */, once pulled
  // in every folder the pattern could match: content, sources, tests, docs).
  const carried = fs.readdirSync(path.join(root, DIST, 'standalone')).sort();
  const server = [DIST, 'cache-handler.mjs', 'node_modules', 'package.json', 'server.js'];
  check(carried.join(' ') === server.join(' '), `the standalone folder holds only the server and its cache handler (${carried.join(', ')})`);
  const copies = ['a', 'b'].map((name) => {
    const dir = path.join(work, `server-${name}`);
    fs.cpSync(path.join(root, DIST, 'standalone'), dir, { recursive: true });
    fs.cpSync(path.join(root, DIST, 'static'), path.join(dir, DIST, 'static'), { recursive: true });
    if (fs.existsSync(path.join(root, 'public'))) fs.cpSync(path.join(root, 'public'), path.join(dir, 'public'), { recursive: true });
    return dir;
  });

  start('redis-server', ['--port', String(PORT_REDIS), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await until('redis', async () => spawnSync('redis-cli', ['-p', String(PORT_REDIS), 'ping']).stdout?.toString().includes('PONG'));
  const servers = [];
  for (const [dir, port] of [[copies[0], PORT_A], [copies[1], PORT_B]]) {
    // As docs/DEPLOY.md runs it: node with the memory settings of scripts/server-memory.mjs.
    const serverEnvironment = { ...process.env, ...env, PORT: String(port), HOSTNAME: 'localhost', PUBLISH_TOKEN: TOKEN, CONTENT_INDEX_DIR: path.join(dir, '.content-index'), NODE_ENV: 'production' };
    const log = fs.openSync(path.join(dir, 'server.log'), 'w');
    servers.push(spawnServer('server.js', [], { cwd: dir, env: serverEnvironment, stdio: ['ignore', log, 'inherit'] }));
    children.push(servers.at(-1));
  }
  await until('server A', async () => (await get(PORT_A, '/libya')).status === 200);
  await until('server B', async () => (await get(PORT_B, '/libya')).status === 200);
  // Each copy starts on an empty content index, as on a new machine: the standalone build carries
  // the parse worker that next build bundled, and fills the index with it before serving.
  for (const dir of copies) {
    const log = fs.readFileSync(path.join(dir, 'server.log'), 'utf8');
    check(/Content index filled on every core: 200 files parsed/.test(log), `${path.basename(dir)} filled its empty content index in worker threads`);
  }

  const conf = fs
    .readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
    .replace('server 127.0.0.1:3001', `server 127.0.0.1:${PORT_A}`)
    .replace('server 127.0.0.1:3002', `server 127.0.0.1:${PORT_B}`)
    .replace('listen 80;', `listen 127.0.0.1:${PORT_NGINX};`)
    .replace('/var/cache/nginx/conflict-desk', path.join(work, 'nginx-cache'))
    .replace('/run/nginx-conflict-desk.pid', path.join(work, 'nginx.pid'))
    .replace('/var/log/nginx/conflict-desk-error.log', path.join(work, 'nginx-error.log'))
    .replace('/srv/conflict-desk/app/deploy', path.join(work, 'deploy'));
  // In the work folder, which nginx's unprivileged workers can read.
  fs.mkdirSync(path.join(work, 'deploy'));
  fs.copyFileSync(path.join(root, 'deploy/unavailable.html'), path.join(work, 'deploy/unavailable.html'));
  fs.writeFileSync(path.join(work, 'nginx.conf'), `${conf.replace('worker_processes auto;', 'worker_processes 2;')}`);
  start('nginx', ['-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], {}, work);
  await until('nginx', async () => (await get(PORT_NGINX, '/libya')).status === 200);
  check(true, `redis :${PORT_REDIS}, servers :${PORT_A} and :${PORT_B}, nginx :${PORT_NGINX} are up`);

  // 1. Publish a new story through A; B and nginx serve it.
  fs.writeFileSync(path.join(content, 'articles', 'cluster-breaking.md'), story('cluster-breaking', 'Cluster breaking story', '2024-12-31T20:00'));
  check((await get(PORT_B, '/articles/cluster-breaking')).status === 404, 'before the publish, B answers 404');
  const published = Date.now();
  const output = publish(PORT_A);
  check(output.includes('added: cluster-breaking'), 'the publish through A reports the new story');
  const onB = await until('B to serve the story', async () => (await get(PORT_B, '/articles/cluster-breaking')).body.includes('Cluster breaking story'));
  const onList = await until('B to list it', async () => (await get(PORT_B, '/libya')).body.includes('Cluster breaking story'));
  const viaNginx = await until('nginx to serve it', async () => (await get(PORT_NGINX, '/libya')).body.includes('Cluster breaking story'));
  check(Date.now() - published < 60_000, `live on B (${onB} ms, its list ${onList} ms) and through nginx (${viaNginx} ms) within 60 s`);
  const version = /version ([0-9a-f]+)/.exec(output)?.[1];
  const statusOf = async (port) => JSON.parse((await get(port, '/api/status')).body);
  const [statusA, statusB] = [await statusOf(PORT_A), await statusOf(PORT_B)];
  check(statusA.version === version && statusB.version === version, `both servers report the version the publish checked in /api/status (${version}; A ${statusA.version}, B ${statusB.version})`);

  // What the app marks no-store nginx never keeps (a 404, the status), and a missing build file is not cached for a year.
  for (const pathname of ['/articles/no-such-story', '/api/status']) {
    const caches = [(await get(PORT_NGINX, pathname)).cache, (await get(PORT_NGINX, pathname)).cache];
    check(!caches.includes('HIT'), `nginx does not cache ${pathname} (X-Cache ${caches.join(', ')})`);
  }
  const missing = await fetch(`http://127.0.0.1:${PORT_NGINX}/_next/static/no-such-file.js`);
  check(missing.status === 404 && !/immutable/.test(missing.headers.get('cache-control') ?? ''), `a missing build file is a 404 without a year-long cache (${missing.headers.get('cache-control')})`);

  // A server started while Redis is unreachable serves from its own memory instead of waiting.
  {
    const dir = copies[0];
    const port = base + 5;
    const unreachable = `redis://127.0.0.1:${base + 6}`;
    const serverEnvironment = { ...process.env, ...env, REDIS_URL: unreachable, PORT: String(port), HOSTNAME: 'localhost', PUBLISH_TOKEN: TOKEN, CONTENT_INDEX_DIR: path.join(dir, '.content-index'), NODE_ENV: 'production' };
    const logFile = path.join(work, 'server-without-redis.log');
    const log = fs.openSync(logFile, 'w');
    const lonely = spawnServer('server.js', [], { cwd: dir, env: serverEnvironment, stdio: ['ignore', log, log] });
    children.push(lonely);
    // Each try is bounded: a server waiting on Redis never answers (undici would wait 5 minutes).
    const page = await until('a server whose Redis is down to serve a page', async () => (await fetch(`http://127.0.0.1:${port}/libya`, { signal: AbortSignal.timeout(10_000) })).status === 200).catch((error) => {
      console.error(fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n'));
      throw error;
    });
    check(true, `a server started with Redis unreachable serves pages from its own memory (first page after ${page} ms)`);
    lonely.kill('SIGTERM');
  }

  // 2. Load through nginx on a hot article while a correction is published.
  const hot = '/articles/cluster-breaking';
  let publishedAt = 0;
  let stale = 0;
  const load = autocannon({ url: `http://127.0.0.1:${PORT_NGINX}`, connections: 32, duration: 15, requests: [{ method: 'GET', path: hot }] });
  autocannon.track(load, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  await sleep(5000);
  fs.writeFileSync(
    path.join(content, 'articles', 'cluster-breaking.md'),
    story('cluster-breaking', 'Cluster breaking story, corrected', '2024-12-31T20:00'),
  );
  await publishAsync(PORT_A);
  publishedAt = Date.now();
  // Sample what readers get after the publish returned: every sample more than 60 s later must be the new version.
  const sampler = (async () => {
    while (Date.now() - publishedAt < 9000) {
      const body = (await get(PORT_NGINX, hot)).body;
      if (!body.includes('corrected') && Date.now() - publishedAt > 60_000) stale++;
      await sleep(200);
    }
  })();
  const result = await load;
  await sampler;
  const fresh = await until('the correction through nginx', async () => (await get(PORT_NGINX, hot)).body.includes('corrected'));
  console.log(
    `load through nginx during a publish: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ` +
      `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; correction visible ${Math.round((Date.now() - publishedAt) / 1000)} s after the publish returned (waited ${fresh} ms)`,
  );
  check(result.errors === 0 && result.timeouts === 0 && result.non2xx === 0, 'no errors, timeouts or non-2xx responses under load');
  check(stale === 0, 'no response older than 60 s after the publish returned');

  // 3. A hot article through nginx with wrk (a C load generator: autocannon itself tops out far
  //    below what nginx serves from its cache). Bounded: 10 s, loopback.
  if (spawnSync('sh', ['-c', 'command -v wrk']).status === 0) {
    const wrk = spawnSync('wrk', ['-t1', '-c32', '-d10s', '--latency', '-H', 'Accept-Encoding: gzip', `http://127.0.0.1:${PORT_NGINX}${hot}`], { encoding: 'utf8' });
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(wrk.stdout)?.[1];
    const p99 = /\s99%\s+([\d.]+\w+)/.exec(wrk.stdout)?.[1];
    const errors = /Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)/.exec(wrk.stdout)?.[0] ?? 'no errors';
    console.log(`hot article through nginx (wrk, 32 connections, 10 s): ${rps} req/s, p99 ${p99}, ${errors}`);
  } else {
    console.log('wrk not installed: skipped the nginx throughput measurement (apt-get install wrk)');
  }

  // 4. Every app server down: nginx's own answer is the site's short page, a 503 with the security headers, never cached.
  // Killed, as in a crash: on CI a SIGTERM'd server was still answering a minute later.
  for (const server of servers) server.kill('SIGKILL');
  await until('the app servers to stop', async () => {
    const answers = await Promise.all(
      [PORT_A, PORT_B].map((port) => fetch(`http://127.0.0.1:${port}/api/status`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false)),
    );
    return !answers.includes(true);
  });
  const down = await fetch(`http://127.0.0.1:${PORT_NGINX}/search?q=down`);
  const downBody = await down.text();
  check(
    down.status === 503 && downBody.includes('briefly unavailable') && down.headers.get('retry-after') === '30' && down.headers.get('cache-control') === 'no-store',
    `with every app server down nginx answers its own page: ${down.status}, Retry-After ${down.headers.get('retry-after')}, Cache-Control ${down.headers.get('cache-control')}`,
  );
  const missingHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options'].filter((name) => !down.headers.get(name));
  check(missingHeaders.length === 0, `nginx's unavailable page carries the security headers${missingHeaders.length ? ` (missing ${missingHeaders.join(', ')})` : ''}`);
} catch (error) {
  console.error(error);
  const log = path.join(work, 'nginx-error.log');
  if (fs.existsSync(log)) console.error(`nginx error log:\n${fs.readFileSync(log, 'utf8').split('\n').slice(-8).join('\n')}`);
  failures++;
} finally {
  for (const child of children.reverse()) child.kill('SIGTERM');
  await sleep(500);
  fs.rmSync(work, { recursive: true, force: true });
  if (!reuse) fs.rmSync(path.join(root, DIST), { recursive: true, force: true });
}
console.log(`cluster: ${failures === 0 ? 'passed' : `${failures} failed`}`);
process.exit(failures === 0 ? 0 : 1);
