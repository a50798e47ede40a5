import type { Crumb } from '../breadcrumbs';
import { pageCount, parsePageNumber, type Page } from '../pagination';
import { isTollMetric, TOLL_LABELS, TOLL_OVERVIEW_PATH, tollMetricPath, type TollByMetric, type TollMetric, type TollPoint } from './toll';

/**
 * Reports per page of a metric (/libya/figures/<metric>, …/page/2): each
 * report costs about 1.5 KB of HTML (chart point, table row and React's
 * copy of both) on top of a page that already weighs about 80 KB, so
 * eight keep a page under about 95 KB (decision 0019).
 */
export const TOLL_PAGE_SIZE = 8;

/** Most reports the overview's sparkline of a metric draws: its newest ones. */
export const SPARKLINE_REPORTS = 40;

/** Most reports of the latest day the overview shows for a metric (the metric's page has the rest). */
export const LATEST_SHOWN = 2;

export type TollMetricPage = {
  metric: TollMetric;
  /** This page's reports, oldest first. Page 1 holds the newest reports; later pages go back in time. */
  page: Page<TollPoint>;
  /** Number of the page's first report, the metric's reports being numbered from the oldest (1). */
  first: number;
  /** How many reports of the metric there are in all. */
  total: number;
};

export function tollPageCount(total: number): number {
  return pageCount(total, TOLL_PAGE_SIZE);
}

/**
 * Page `pageSegment` of a metric's reports, or undefined when the metric is
 * unknown, nobody has reported it yet, or the page does not exist. Pages are
 * cut from the newest report back, so page 1 always ends with the latest;
 * the work is bounded by the page size, however many reports there are.
 */
export function tollMetricPage(byMetric: TollByMetric, metricSegment: string, pageSegment = '1'): TollMetricPage | undefined {
  if (!isTollMetric(metricSegment)) return undefined;
  const number = parsePageNumber(pageSegment);
  const all = byMetric.get(metricSegment) ?? [];
  if (!number || all.length === 0) return undefined;
  const totalPages = tollPageCount(all.length);
  if (number > totalPages) return undefined;
  const end = all.length - (number - 1) * TOLL_PAGE_SIZE;
  const start = Math.max(0, end - TOLL_PAGE_SIZE);
  return {
    metric: metricSegment,
    page: {
      items: all.slice(start, end),
      page: number,
      totalPages,
      previous: number > 1 ? number - 1 : undefined,
      next: number < totalPages ? number + 1 : undefined,
    },
    first: start + 1,
    total: all.length,
  };
}

/** What the overview shows of one metric. */
export type MetricSummary = {
  metric: TollMetric;
  total: number;
  /** The reports of the newest as-of day, largest number first, at most LATEST_SHOWN. */
  latest: TollPoint[];
  /** How many reports there are for that day (may exceed `latest.length`). */
  latestDayCount: number;
  /** As-of date of the metric's oldest report. */
  since: Date;
  /** The newest SPARKLINE_REPORTS reports, oldest first, for the sparkline. */
  recent: readonly TollPoint[];
};

/**
 * One summary per metric that has reports, in TOLL_METRICS order. Reads only
 * the newest reports of each metric, so its cost does not grow with the archive.
 */
export function tollSummaries(byMetric: TollByMetric): MetricSummary[] {
  return [...byMetric].map(([metric, all]) => {
    const lastDay = all.at(-1)!.day;
    let from = all.length - 1;
    while (from > 0 && all[from - 1]!.day === lastDay) from--;
    const sameDay = all.slice(from);
    return {
      metric,
      total: all.length,
      latest: [...sameDay].sort((a, b) => b.value - a.value).slice(0, LATEST_SHOWN),
      latestDayCount: sameDay.length,
      since: all[0]!.asOf,
      recent: all.slice(-SPARKLINE_REPORTS),
    };
  });
}

/** The trail of the toll pages: Home › Libya coverage › The toll (› metric (› page n)). */
export function tollBreadcrumbs(metric?: TollMetric, page = 1): Crumb[] {
  const crumbs: Crumb[] = [
    { name: 'Home', path: '/' },
    { name: 'Libya coverage', path: '/libya' },
    { name: 'The toll', path: TOLL_OVERVIEW_PATH },
  ];
  if (metric) crumbs.push({ name: TOLL_LABELS[metric].title, path: tollMetricPath(metric) });
  if (metric && page > 1) crumbs.push({ name: `Page ${page}`, path: tollMetricPath(metric, page) });
  return crumbs;
}

/** Every page of every reported metric, for link checks and the publishing paths. */
export function tollMetricPaths(byMetric: TollByMetric): string[] {
  return [...byMetric].flatMap(([metric, all]) =>
    Array.from({ length: tollPageCount(all.length) }, (_, i) => tollMetricPath(metric, i + 1)),
  );
}

/** Title and description of a metric's page. */
export function tollMetricMeta({ metric, page, total }: TollMetricPage): { title: string; heading: string; description: string } {
  const label = TOLL_LABELS[metric].title;
  const heading = page.page === 1 ? `${label}, as reported` : `${label}, as reported: page ${page.page}`;
  return {
    heading,
    title: page.page === 1 ? `The toll in Libya: ${label.toLowerCase()}, as reported` : `The toll in Libya: ${label.toLowerCase()}, page ${page.page}`,
    description: `Every report of ${label.toLowerCase()} in our coverage of the war in western Libya (${total.toLocaleString('en')} in all), charted with who reported it.`,
  };
}
