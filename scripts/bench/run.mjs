// `npm run bench -- --articles N [--keep] [--port P] [--prebuild K] [--skip-typecheck]`
// Generates N synthetic articles, builds the site from them from scratch,
// serves it, and prints one table: build time and peak memory (whole process
// tree, and each process of `next build`), content-load times, pages prebuilt,
// largest HTML page, article page weight, first-hit and cached latency of archived articles, hot- and
// random-article throughput (autocannon, bounded, loopback), search latency (whole response,
// and searchArticles() in a process of its own: server time),
// the time from saving a new article or a correction to `npm run publish`
// until readers get it, server memory after the load, and the random load
// again with a publish in the middle of it (what readers wait while servers
// reload), and a second server's start on an empty content index (a new
// machine). No figure here is asserted by a test.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, appendFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { pageWeight } from '../measure-page-weight.mjs';
import { generateCorpus } from './generate-corpus.mjs';
import { treeRss, watchPeak } from './process-tree.mjs';
import { spawnServer } from '../server-memory.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    // CI's smoke run: `npm test` has type-checked the same sources already.
    'skip-typecheck': { type: 'boolean', default: false },
    port: { type: 'string', default: '3900' },
    prebuild: { type: 'string' },
    seconds: { type: 'string', default: '10' },
  },
});
const N = Number(values.articles);
const PORT = Number(values.port);
const LOAD_SECONDS = Math.min(20, Number(values.seconds));
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), `conflict-desk-bench-${N}-`));
const env = {
  ...process.env,
  CONTENT_DIR: path.join(work, 'content'),
  CONTENT_INDEX_DIR: path.join(work, 'index'),
  // Next wants its build folder inside the project.
  NEXT_DIST_DIR: `.next-bench-${N}`,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: 'http://localhost:3000',
  PUBLISH_TOKEN: 'bench-publish-token-not-a-secret',
  ...(values.prebuild ? { PREBUILD_ARTICLES: values.prebuild } : {}),
};
const rows = [];
const row = (what, value) => {
  rows.push([what, value]);
  console.error(`  ${what}: ${value}`);
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];

function run(command, args, { quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, env, stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit' });
    const stopWatching = watchPeak(child.pid);
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const { peak, processes } = stopWatching();
      if (code === 0) resolve({ ms: Date.now() - started, peak, processes });
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr.slice(-3000)}`));
    });
  });
}

function filesUnder(dir, ext) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name));
}

async function timed(url) {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function load(requests, { longest = false } = {}) {
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: 32,
    duration: LOAD_SECONDS,
    requests,
  });
  const wait = longest ? `, longest ${result.latency.max} ms` : '';
  return `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms${wait}, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`;
}

// What an editor waits for: save a file, run `npm run publish` against this
// server, and poll until the page serves the new text.
async function timeToPublish(existing) {
  const articles = path.join(env.CONTENT_DIR, 'articles');
  const untilServed = async (slug, marker) => {
    for (const started = Date.now(); Date.now() - started < 120_000; ) {
      const response = await fetch(`http://127.0.0.1:${PORT}/articles/${slug}`);
      if (response.ok && (await response.text()).includes(marker)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`/articles/${slug} did not show "${marker}" within 120 s of publishing`);
  };
  const publishAndWait = async (slug, marker) => {
    const started = Date.now();
    await run('node', ['--import', 'tsx', 'scripts/publish.ts', '--server', `http://127.0.0.1:${PORT}`]);
    await untilServed(slug, marker);
    return seconds(Date.now() - started);
  };
  const source = readFileSync(path.join(articles, `${existing}.md`), 'utf8');
  writeFileSync(path.join(articles, 'bench-breaking-news.md'), source.replace(/^title: .*$/m, 'title: "Breaking bench story"'));
  const added = await publishAndWait('bench-breaking-news', 'Breaking bench story');
  appendFileSync(path.join(articles, `${existing}.md`), '\nCorrection marker paragraph.\n');
  const corrected = await publishAndWait(existing, 'Correction marker paragraph.');
  return [added, corrected];
}

console.error(`Benchmark: ${N} articles in ${work}`);
rmSync(path.join(root, env.NEXT_DIST_DIR), { recursive: true, force: true });
generateCorpus({ articles: N, out: env.CONTENT_DIR });

// Clean build, as `npm run build`: content check (fills the content index), type check, next build (two steps).
const check = await run('node', ['--import', 'tsx', 'scripts/check-content.ts']);
const types = values['skip-typecheck'] ? undefined : await run('node', ['node_modules/typescript/bin/tsc', '--noEmit']);
const typesMs = types?.ms ?? 0;
// `npm run build:next`: Turbopack compiles, then a second process renders the pages, so the
// compiler's memory and the page worker's are never held at once (docs/decisions/0023-…).
const compile = await run('node', ['node_modules/next/dist/bin/next', 'build', '--experimental-build-mode', 'compile']);
const generate = await run('node', ['node_modules/next/dist/bin/next', 'build', '--experimental-build-mode', 'generate']);
const buildMs = compile.ms + generate.ms;
row(
  'clean build (check + tsc + next build), wall',
  `${seconds(check.ms + typesMs + buildMs)} (check ${seconds(check.ms)}, tsc ${types ? seconds(types.ms) : 'skipped'}, next build ${seconds(buildMs)}: compile ${seconds(compile.ms)}, pages ${seconds(generate.ms)})`,
);
row('clean build, peak memory (process tree)', mb(Math.max(check.peak, types?.peak ?? 0, compile.peak, generate.peak)));
const processes = (step) => step.processes.filter((p) => p.bytes >= 50 * 1024 * 1024).map((p) => `${p.name} ${mb(p.bytes)}`).join(', ');
row('next build, peak memory of each process', `compile: ${processes(compile)}; pages: ${processes(generate)}`);
const again = await run('node', ['--import', 'tsx', 'scripts/check-content.ts']);
const one = path.join(env.CONTENT_DIR, 'articles', readdirSync(path.join(env.CONTENT_DIR, 'articles'))[0]);
utimesSync(one, new Date(), new Date());
appendFileSync(one, '\nOne more line.\n');
const changed = await run('node', ['--import', 'tsx', 'scripts/check-content.ts']);
row('npm run check: cold / unchanged / one file changed', `${seconds(check.ms)} / ${seconds(again.ms)} / ${seconds(changed.ms)}`);

const appDir = path.join(root, env.NEXT_DIST_DIR, 'server/app');
const html = filesUnder(appDir, '.html');
row('pages prebuilt (HTML files)', String(html.length));
const largest = html.map((file) => ({ file, size: statSync(file).size })).reduce((a, b) => (b.size > a.size ? b : a));
const largestPath = `/${path.relative(appDir, largest.file).replace(/\.html$/, '').replace(/^index$/, '')}`;
row('largest prebuilt HTML page', `${kb(largest.size)} (${largestPath})`);

// Started as `npm start` starts it, with the memory settings of scripts/server-memory.mjs.
// Resolves once /libya answers, with how long that took and the server's peak memory until then.
function startServer(log, serverEnv = env) {
  const child = spawnServer(path.join(root, 'node_modules/next/dist/bin/next'), ['start', '-p', String(PORT)], {
    cwd: root,
    env: serverEnv,
    stdio: ['ignore', 'ignore', openSync(log, 'w')],
  });
  const handle = { child, stopping: false };
  child.on('exit', (code, signal) => {
    if (!handle.stopping) console.error(`The server stopped (${code ?? signal}); the end of its log:\n${readFileSync(log, 'utf8').slice(-3000)}`);
  });
  const stopWatching = watchPeak(child.pid);
  const startedAt = Date.now();
  handle.ready = (async () => {
    try {
      while (child.exitCode === null && child.signalCode === null) {
        try {
          if ((await fetch(`http://127.0.0.1:${PORT}/libya`)).ok) return { ms: Date.now() - startedAt, peak: stopWatching().peak };
        } catch {}
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('The server stopped before it served a page.');
    } finally {
      stopWatching();
    }
  })();
  handle.stop = () => {
    handle.stopping = true;
    child.kill('SIGTERM');
    return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)));
  };
  return handle;
}

const serverLog = path.join(work, 'server.log');
const server = startServer(serverLog);
try {
  row('server start until first page (content load)', seconds((await server.ready).ms));
  const slug = (n) => `story-${String(n).padStart(6, '0')}`;
  const newest = slug(N);
  const weight = await pageWeight(`http://127.0.0.1:${PORT}`, `/articles/${newest}`);
  row(
    'article page weight, gzip (HTML / JS / CSS / fonts)',
    ['html', 'js', 'css', 'fonts'].map((k) => kb(weight[k].gzip)).join(' / '),
  );
  const prebuilt = Number(env.PREBUILD_ARTICLES ?? 1000);
  const archived = Array.from({ length: Math.min(60, Math.max(0, N - prebuilt)) }, (_, i) =>
    slug(1 + Math.floor(((N - prebuilt) * i) / 60)),
  );
  if (archived.length) {
    const first = [];
    const cached = [];
    for (const s of archived) first.push((await timed(`http://127.0.0.1:${PORT}/articles/${s}`)).ms);
    for (const s of archived) cached.push((await timed(`http://127.0.0.1:${PORT}/articles/${s}`)).ms);
    row('archived article, first hit p50 / p95', `${first.length ? percentile(first, 50).toFixed(0) : '-'} / ${percentile(first, 95).toFixed(0)} ms`);
    row('archived article, cached hit p50 / p95', `${percentile(cached, 50).toFixed(1)} / ${percentile(cached, 95).toFixed(1)} ms`);
  }
  row(`hot article, ${LOAD_SECONDS} s, 32 connections`, await load([{ method: 'GET', path: `/articles/${newest}` }]));
  // Random articles across the whole archive (first hits included, as a crawler would).
  // mulberry32: every story is equally likely. (The LCG this replaced multiplied past 2^53 in
  // floating point and cycled through 154 of 1,000 stories, all of which stayed in the page cache.)
  let seed = 7;
  const randomPath = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const unit = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    return `/articles/${slug(1 + Math.floor(unit * N))}`;
  };
  row(
    `random article, ${LOAD_SECONDS} s, 32 connections`,
    await load([{ method: 'GET', setupRequest: (request) => ({ ...request, path: randomPath() }) }]),
  );
  const queries = ['ceasefire', 'drone strike', 'tripoli airport', 'oil port terminal', 'health ministry said', 'convoy', 'Alias5', 'negotiations evening', 'school', 'zzzz'];
  const searchTimes = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) searchTimes.push((await timed(`http://127.0.0.1:${PORT}/search?q=${encodeURIComponent(q)}`)).ms);
  }
  row('search, p50 / p95 (whole response, loopback)', `${percentile(searchTimes, 50).toFixed(0)} / ${percentile(searchTimes, 95).toFixed(0)} ms`);
  // The same queries' server time: searchArticles() over the same index, in a process of its own.
  const serverTime = execFileSync('node', ['--import', 'tsx', 'scripts/bench/search-time.ts'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8' });
  const [, p50, p95] = /p50 ([\d.]+) ms, p95 ([\d.]+) ms/.exec(serverTime) ?? [];
  row('search, p50 / p95 (server time: searchArticles)', `${p50} / ${p95} ms`);
  row('publish: new article, saved until served / correction, saved until served', (await timeToPublish(newest)).join(' / '));
  row('server memory after the load (RSS, process tree)', mb(treeRss(server.child.pid)));
  // What readers see while a publish reloads the content: the same random load, with a
  // correction published a quarter of the way through.
  const publishing = new Promise((resolve) => setTimeout(resolve, (LOAD_SECONDS * 1000) / 4)).then(() => {
    appendFileSync(path.join(env.CONTENT_DIR, 'articles', `${slug(Math.ceil(N / 2))}.md`), '\nA second correction marker paragraph.\n');
    return run('node', ['--import', 'tsx', 'scripts/publish.ts', '--server', `http://127.0.0.1:${PORT}`]);
  });
  const [during] = await Promise.all([
    load([{ method: 'GET', setupRequest: (request) => ({ ...request, path: randomPath() }) }], { longest: true }),
    publishing,
  ]);
  row(`random article, ${LOAD_SECONDS} s, with a publish in it`, during);
  await server.stop();
  // A server's first start on a new machine (or after a release that changes the index's
  // schema): no content index, so it parses every file once, in worker threads (lib/server/fill-content-index.ts).
  const coldLog = path.join(work, 'server-cold.log');
  const cold = startServer(coldLog, { ...env, CONTENT_INDEX_DIR: path.join(work, 'index-cold') });
  try {
    const { ms, peak } = await cold.ready;
    // The server falls back to its own thread when the workers fail: slower, so a failure here, not a figure.
    const failed = readFileSync(coldLog, 'utf8').split('\n').find((line) => line.includes('Could not fill the content index in worker threads'));
    if (failed) throw new Error(`The server could not fill its content index in worker threads (${coldLog}):\n${failed}`);
    row('server start on an empty content index until first page; peak memory', `${seconds(ms)}; ${mb(peak)}`);
  } finally {
    await cold.stop();
  }
} finally {
  await server.stop();
  if (!values.keep) {
    rmSync(work, { recursive: true, force: true });
    rmSync(path.join(root, env.NEXT_DIST_DIR), { recursive: true, force: true });
  }
}

let commit = '';
try {
  commit = (await import('node:child_process')).execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
} catch {}
console.log(`\n| ${N.toLocaleString('en')} articles (commit ${commit}) | |\n| --- | --- |`);
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
if (values.keep) console.log(`\nKept: ${work}`);
