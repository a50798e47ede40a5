// Lighthouse (mobile, simulated throttling: its defaults) against a running
// production server. `npm run lighthouse` prints the median of 3 runs per page
// for the timing figures (docs/BENCHMARKS.md); the end-to-end test
// (tests/e2e/lighthouse.spec.ts) runs each page once and asserts only what
// does not vary with machine load (accessibility, best practices, SEO, CLS).
//   npm start &  npm run lighthouse -- [--runs 3] [base URL] [paths...]
// Without paths: the newest article, /libya and /, and their lite editions.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = path.resolve(import.meta.dirname, '..');
const CLI = path.join(root, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run: category scores (0–100), LCP/TBT in ms, CLS, bytes transferred.
 * A run Lighthouse itself gives up on (a DevTools protocol timeout when the machine is
 * overloaded) is tried again, up to `attempts` times; a finished run is never re-run.
 */
export async function lighthouse(url, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseOnce(url);
    } catch (error) {
      if (attempt >= attempts || !/Runtime error encountered|PROTOCOL_TIMEOUT|exceeded the allotted time/.test(String(error))) throw error;
      console.error(`Lighthouse gave up on ${url} (attempt ${attempt}), trying again: ${String(error).split('\n')[0]}`);
    }
  }
}

async function lighthouseOnce(url) {
  const browser = findBrowser();
  if (!browser) throw new Error('No Chromium found: set CHROMIUM_PATH (see README).');
  // A fresh profile per run: nothing cached between runs.
  const profile = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  // The report, and beside it the run's trace (--save-assets), read for the layout shifts.
  const output = mkdtempSync(path.join(tmpdir(), 'lighthouse-report-'));
  const args = [
    CLI,
    url,
    '--output=json',
    `--output-path=${path.join(output, 'report.json')}`,
    '--save-assets',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${profile}`,
  ];
  try {
    await run(process.execPath, args, { ...process.env, CHROME_PATH: browser.path });
    const report = JSON.parse(readFileSync(path.join(output, 'report.json'), 'utf8'));
    const trace = JSON.parse(readFileSync(path.join(output, 'report-0.trace.json'), 'utf8'));
    const audit = (id) => report.audits[id]?.numericValue;
    return {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      // What moved, to name it when CLS is not 0.
      shifts: (report.audits['layout-shifts']?.details?.items ?? []).map((item) => `${item.node?.selector ?? '?'} (${item.score})`),
      shiftEvents: layoutShiftsIn(trace),
      bytes: audit('total-byte-weight'),
      // Lighthouse's own measure of this machine's CPU speed at the time of the run (higher is
      // faster). TBT is script time under a 4× CPU slowdown, so it moves with this from day to day.
      benchmarkIndex: report.environment?.benchmarkIndex,
      failed: CATEGORIES.flatMap((c) =>
        (report.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id}`),
      ),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(output, { recursive: true, force: true });
  }
}

/**
 * Every layout shift of the page's main frame in a Lighthouse trace, as Chromium recorded it:
 * when (ms after the navigation started), its score, whether Chromium flagged it as following an
 * input, and what moved (each box's old and new [x, y, width, height], in the trace's device pixels).
 *
 * Lighthouse's CLS counts a shift flagged as following an input when it comes within 0.5 s of
 * the emulated viewport being applied: Chromium reports that as an input (crbug.com/1302667).
 * Its "layout-shifts" audit lists only unflagged shifts, so such a shift is invisible there.
 */
export function layoutShiftsIn(trace) {
  const events = trace.traceEvents ?? trace;
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL)?.ts ?? 0;
  return events
    .filter((e) => e.name === 'LayoutShift' && e.args?.data?.is_main_frame)
    .map((e) => ({
      ms: Math.round((e.ts - start) / 1000),
      score: e.args.data.weighted_score_delta,
      afterInput: Boolean(e.args.data.had_recent_input),
      moved: (e.args.data.impacted_nodes ?? []).map((node) => `${JSON.stringify(node.old_rect)} → ${JSON.stringify(node.new_rect)}`),
    }));
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function newestArticle(base) {
  const html = await (await fetch(new URL('/libya', base))).text();
  const match = /href="(\/articles\/[^"/]+)"/.exec(html);
  if (!match) throw new Error(`${base}/libya lists no article`);
  return match[1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt === -1 ? 3 : Number(argv.splice(runsAt, 2)[1]);
  const [base = `http://localhost:${process.env.PORT ?? 3000}`, ...given] = argv;
  const article = await newestArticle(base);
  const paths = given.length > 0 ? given : [article, '/libya', '/', `/lite${article}`, '/lite'];
  console.log(`Lighthouse ${runs} run(s) per page, mobile, simulated throttling; medians:`);
  console.log('page | perf | a11y | bp | seo | LCP s | FCP s | TBT ms | CLS | KiB | runs (perf) | CPU benchmark index');
  for (const page of paths) {
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await lighthouse(new URL(page, base).toString()));
    const m = (key) => median(results.map((r) => r[key]));
    console.log(
      [
        page,
        m('performance'),
        m('accessibility'),
        m('best-practices'),
        m('seo'),
        (m('lcp') / 1000).toFixed(2),
        (m('fcp') / 1000).toFixed(2),
        Math.round(m('tbt')),
        m('cls').toFixed(3),
        Math.round(m('bytes') / 1024),
        results.map((r) => r.performance).join('/'),
        Math.round(m('benchmarkIndex')),
      ].join(' | '),
    );
    const failed = [...new Set(results.flatMap((r) => r.failed))];
    if (failed.length > 0) console.log(`  not passed: ${failed.join(', ')}`);
  }
}
