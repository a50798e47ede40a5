import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/content/article';
import { parseCalendarDate } from '../../../lib/dates';
import { sparkline } from '../../../lib/figures/sparkline';
import { tollByMetric, tollPoints, type FigureSource, type TollPoint } from '../../../lib/figures/toll';
import {
  LATEST_SHOWN,
  SPARKLINE_REPORTS,
  TOLL_PAGE_SIZE,
  tollBreadcrumbs,
  tollMetricMeta,
  tollMetricPage,
  tollMetricPaths,
  tollSummaries,
} from '../../../lib/figures/toll-pages';

const day = (text: string) => parseCalendarDate(text)!;
const figure = (metric: Figure['metric'], value: number, asOf: string, reportedBy = 'WHO'): Figure => ({
  metric,
  value,
  as_of: day(asOf),
  scope: 'people',
  reported_by: reportedBy,
});
const article = (slug: string, figures: Figure[]): FigureSource => ({
  slug,
  title: `Story ${slug}`,
  path: `/articles/${slug}`,
  published: day('2020-01-01'),
  figures,
});
/** `n` killed reports, one a day from 2019-04-01, valued 1..n. */
function killed(n: number) {
  const start = Date.UTC(2019, 3, 1);
  return tollByMetric(
    tollPoints(
      Array.from({ length: n }, (_, i) =>
        article(`s${i}`, [figure('killed', i + 1, new Date(start + i * 86_400_000).toISOString().slice(0, 10))]),
      ),
    ),
  );
}

describe('tollMetricPage', () => {
  const byMetric = killed(TOLL_PAGE_SIZE * 2 + 3);

  it('puts the newest reports on page 1, oldest first within the page, numbered from the oldest report', () => {
    const data = tollMetricPage(byMetric, 'killed')!;
    expect(data.page).toMatchObject({ page: 1, totalPages: 3, previous: undefined, next: 2 });
    expect(data.page.items).toHaveLength(TOLL_PAGE_SIZE);
    expect(data.page.items.at(-1)!.value).toBe(TOLL_PAGE_SIZE * 2 + 3);
    expect(data.first).toBe(TOLL_PAGE_SIZE + 4);
    expect(data.total).toBe(TOLL_PAGE_SIZE * 2 + 3);
  });

  it('ends with a short page of the oldest reports', () => {
    const last = tollMetricPage(byMetric, 'killed', '3')!;
    expect(last.page).toMatchObject({ page: 3, previous: 2, next: undefined });
    expect(last.page.items.map((p) => p.value)).toEqual([1, 2, 3]);
    expect(last.first).toBe(1);
  });

  it('is undefined for an unknown metric, a metric nobody reported, a page past the last or a malformed page', () => {
    expect(tollMetricPage(byMetric, 'oil-output')).toBeUndefined();
    expect(tollMetricPage(byMetric, 'nonsense')).toBeUndefined();
    expect(tollMetricPage(byMetric, 'wounded')).toBeUndefined();
    for (const page of ['4', '0', '01', '-1', '2.5', 'two', '']) expect(tollMetricPage(byMetric, 'killed', page), page).toBeUndefined();
    expect(tollMetricPage(new Map(), 'killed')).toBeUndefined();
  });

  it('splits any number of reports into pages that cover each exactly once, none over the page size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const reports = killed(n);
        const first = tollMetricPage(reports, 'killed')!;
        const pages = Array.from({ length: first.page.totalPages }, (_, i) => tollMetricPage(reports, 'killed', String(i + 1))!);
        expect(tollMetricPage(reports, 'killed', String(first.page.totalPages + 1))).toBeUndefined();
        const values = pages.reverse().flatMap((p) => p.page.items.map((item) => item.value));
        expect(values).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        for (const p of pages) {
          expect(p.page.items.length).toBeGreaterThan(0);
          expect(p.page.items.length).toBeLessThanOrEqual(TOLL_PAGE_SIZE);
          expect(p.page.items[0]!.value).toBe(p.first);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('tollSummaries', () => {
  it("gives each reported metric its latest day's reports, largest first, and its newest reports for the sparkline", () => {
    const byMetric = tollByMetric(
      tollPoints([
        article('a', [figure('killed', 40, '2019-04-05', 'Ministry'), figure('wounded', 7, '2019-04-04')]),
        article('b', [figure('killed', 53, '2019-04-05', 'UN'), figure('killed', 44, '2019-04-05', 'Agency')]),
        article('c', [figure('killed', 10, '2019-04-01'), figure('killed', 60, '2019-04-05', 'Red Crescent')]),
      ]),
    );
    const [killedSummary, wounded] = tollSummaries(byMetric);
    expect(killedSummary!.metric).toBe('killed');
    expect(killedSummary!.latest.map((p) => p.value)).toEqual([60, 53, 44].slice(0, LATEST_SHOWN));
    expect(killedSummary!.latestDayCount).toBe(4);
    expect(killedSummary!.total).toBe(5);
    expect(killedSummary!.since).toEqual(day('2019-04-01'));
    expect(wounded).toMatchObject({ metric: 'wounded', total: 1, latestDayCount: 1 });
    expect(wounded!.latest.map((p) => p.value)).toEqual([7]);
  });

  it('bounds the sparkline to the newest reports', () => {
    const [summary] = tollSummaries(killed(SPARKLINE_REPORTS + 15));
    expect(summary!.recent).toHaveLength(SPARKLINE_REPORTS);
    expect(summary!.recent[0]!.value).toBe(16);
    expect(summary!.latest.map((p) => p.value)).toEqual([SPARKLINE_REPORTS + 15]);
  });

  it('is empty when nothing was reported', () => {
    expect(tollSummaries(new Map())).toEqual([]);
  });
});

describe('tollBreadcrumbs, tollMetricMeta, tollMetricPaths', () => {
  it('trails from the front page to the overview, the metric and its page', () => {
    expect(tollBreadcrumbs().map((c) => c.path)).toEqual(['/', '/libya', '/libya/figures']);
    expect(tollBreadcrumbs('killed').at(-1)).toEqual({ name: 'Killed', path: '/libya/figures/killed' });
    expect(tollBreadcrumbs('killed', 2).slice(-2)).toEqual([
      { name: 'Killed', path: '/libya/figures/killed' },
      { name: 'Page 2', path: '/libya/figures/killed/page/2' },
    ]);
  });

  it('titles later pages with their number', () => {
    const byMetric = killed(TOLL_PAGE_SIZE + 1);
    expect(tollMetricMeta(tollMetricPage(byMetric, 'killed')!).title).toBe('The toll in Libya: killed, as reported');
    expect(tollMetricMeta(tollMetricPage(byMetric, 'killed', '2')!)).toMatchObject({
      title: 'The toll in Libya: killed, page 2',
      heading: 'Killed, as reported: page 2',
    });
    expect(tollMetricMeta(tollMetricPage(byMetric, 'killed')!).description).toContain(`(${TOLL_PAGE_SIZE + 1} in all)`);
  });

  it('lists every page of every reported metric', () => {
    expect(tollMetricPaths(killed(TOLL_PAGE_SIZE + 1))).toEqual(['/libya/figures/killed', '/libya/figures/killed/page/2']);
    expect(tollMetricPaths(new Map())).toEqual([]);
  });
});

describe('sparkline', () => {
  const points = (values: [string, number][]): TollPoint[] =>
    tollPoints([article('a', values.map(([date, value]) => figure('killed', value, date)))]);

  it('draws one dot per report, time left to right, zero at the bottom', () => {
    const spark = sparkline(points([['2019-04-01', 0], ['2019-05-01', 50], ['2019-06-01', 100]]))!;
    const dots = [...spark.dots.matchAll(/M([\d.]+) ([\d.]+)h0/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(dots).toHaveLength(3);
    expect(dots.map(([x]) => x)).toEqual([...dots.map(([x]) => x!)].sort((a, b) => a - b));
    expect(dots[0]![1]).toBe(spark.baseline);
    expect(dots[2]![1]).toBeLessThan(dots[1]![1]!);
    expect(spark).toMatchObject({ min: 0, max: 100, from: day('2019-04-01'), to: day('2019-06-01') });
  });

  it('keeps reports of the same day as separate dots, and centres a single day', () => {
    const spark = sparkline(points([['2019-04-01', 5], ['2019-04-01', 9]]))!;
    const dots = [...spark.dots.matchAll(/M([\d.]+) ([\d.]+)h0/g)];
    expect(dots).toHaveLength(2);
    expect(dots.map((m) => Number(m[1]))).toEqual([spark.width / 2, spark.width / 2]);
  });

  it('is undefined without reports', () => {
    expect(sparkline([])).toBeUndefined();
  });
});
