import { expect, test } from '@playwright/test';
import { lighthouse } from '../../scripts/lighthouse.mjs';
import { publishedArticles } from './published-content';

/**
 * Lighthouse 12.2.3 (mobile, simulated throttling) once per page type
 * against the production build. Only what does not depend on machine load
 * is asserted: accessibility, best practices and SEO at 100, and no layout
 * shift (tests/e2e/progressive-render.ts makes every shift a slow network
 * could cause happen, deterministically). Timing (performance score, LCP, TBT) varies with the load of the
 * machine: `npm run lighthouse` reports its median of 3 (docs/BENCHMARKS.md).
 *
 * One exception is run again, once: a CLS made only of shifts Chromium flagged as following an
 * input. No one touches the page here; the "input" is Lighthouse applying its phone viewport,
 * which Chromium reports as one (crbug.com/1302667), and Lighthouse still counts what moves in
 * the next 0.5 s. CI saw this once (CLS 0.0038 on a busy machine, with no shift in the audit's
 * list). A shift of our own comes back on the second run and fails it (decision 0024).
 */
type Shift = { ms: number; score: number; afterInput: boolean; moved: string[] };
type Result = { accessibility: number; 'best-practices': number; seo: number; cls: number; shifts: string[]; shiftEvents: Shift[]; failed: string[] };

const article = publishedArticles()[0]!.path;

const described = (result: Result) =>
  [`CLS ${result.cls}`, ...result.shifts, ...result.shiftEvents.map((s) => `${s.ms} ms, score ${s.score}${s.afterInput ? ', flagged as after an input' : ''}: ${s.moved.join('; ')}`)].join('\n');

const onlyAfterViewportInput = (result: Result) => result.cls > 0 && result.shiftEvents.length > 0 && result.shiftEvents.every((shift) => shift.afterInput);

for (const path of [article, '/libya', '/', `/lite${article}`]) {
  test(`Lighthouse: ${path} scores 100 for accessibility, best practices and SEO, with no layout shift`, async ({ baseURL }, testInfo) => {
    test.setTimeout(360_000);
    const url = new URL(path, baseURL).toString();
    let result = (await lighthouse(url)) as unknown as Result;
    if (onlyAfterViewportInput(result)) {
      testInfo.annotations.push({ type: 'run again', description: described(result) });
      result = (await lighthouse(url)) as unknown as Result;
    }
    const notPassed = result.failed.filter((audit) => !audit.startsWith('performance:'));
    expect({ accessibility: result.accessibility, 'best-practices': result['best-practices'], seo: result.seo, notPassed }).toEqual({
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
      notPassed: [],
    });
    expect(result.cls, described(result)).toBe(0);
  });
}
