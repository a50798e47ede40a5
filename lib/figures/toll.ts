import type { Figure } from '../content/article';
import { libyaDayKey } from '../dates';

/** The human toll the chart page shows, in this order. */
export const TOLL_METRICS = ['killed', 'wounded', 'casualties', 'displaced', 'detained', 'bodies-found'] as const;
export type TollMetric = (typeof TOLL_METRICS)[number];

export const TOLL_LABELS: Record<TollMetric, { title: string; noun: string }> = {
  killed: { title: 'Killed', noun: 'killed' },
  wounded: { title: 'Wounded', noun: 'wounded' },
  casualties: { title: 'Casualties (killed and wounded)', noun: 'casualties' },
  displaced: { title: 'Displaced', noun: 'displaced' },
  detained: { title: 'Detained or captured', noun: 'detained or captured' },
  'bodies-found': { title: 'Bodies found', noun: 'bodies found' },
};

export function isTollMetric(metric: string): metric is TollMetric {
  return (TOLL_METRICS as readonly string[]).includes(metric);
}

/** Just what the toll needs of an article: its front matter, never its body. */
export type FigureSource = {
  slug: string;
  title: string;
  path: string;
  published: Date;
  figures: readonly Figure[];
};

/** One reported number, with where it was reported. */
export type TollPoint = {
  metric: TollMetric;
  value: number;
  qualifier?: Figure['qualifier'];
  unit?: string;
  asOf: Date;
  /** The Libya calendar day of `asOf`, YYYY-MM-DD. */
  day: string;
  scope: string;
  reportedBy: string;
  article: { slug: string; title: string; path: string };
};

/**
 * Every toll figure in the articles, one point per report (reports are
 * never merged or averaged), by metric, then date, then value.
 */
export function tollPoints(articles: readonly FigureSource[]): TollPoint[] {
  const points = articles.flatMap((article) =>
    article.figures.flatMap((figure): TollPoint[] =>
      isTollMetric(figure.metric)
        ? [
            {
              metric: figure.metric,
              value: figure.value,
              ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
              ...(figure.unit ? { unit: figure.unit } : {}),
              asOf: figure.as_of,
              day: libyaDayKey(figure.as_of),
              scope: figure.scope,
              reportedBy: figure.reported_by,
              article: { slug: article.slug, title: article.title, path: article.path },
            },
          ]
        : [],
    ),
  );
  const order = (metric: TollMetric) => TOLL_METRICS.indexOf(metric);
  return points.sort(
    (a, b) =>
      order(a.metric) - order(b.metric) ||
      a.asOf.getTime() - b.asOf.getTime() ||
      b.value - a.value ||
      a.article.slug.localeCompare(b.article.slug) ||
      a.reportedBy.localeCompare(b.reportedBy),
  );
}

/** The points grouped by metric, in TOLL_METRICS order; metrics with no reports are left out. */
export function tollByMetric(points: readonly TollPoint[]): { metric: TollMetric; points: TollPoint[] }[] {
  return TOLL_METRICS.map((metric) => ({ metric, points: points.filter((p) => p.metric === metric) })).filter(
    (group) => group.points.length > 0,
  );
}

/**
 * The latest report of each metric: the newest as-of date; on that date,
 * the largest number, with how many other reports share the day.
 */
export function latestTolls(points: readonly TollPoint[]): { point: TollPoint; sameDay: number }[] {
  return tollByMetric(points).map(({ points: group }) => {
    const lastDay = group.at(-1)!.day;
    const sameDay = group.filter((p) => p.day === lastDay);
    const point = sameDay.reduce((best, p) => (p.value > best.value ? p : best));
    return { point, sameDay: sameDay.length - 1 };
  });
}

/** Anchor of a metric's chart on /libya/figures. */
export function tollChartPath(metric: TollMetric): string {
  return `/libya/figures#${metric}`;
}

const number = new Intl.NumberFormat('en-US');

/** "At least 1,048" */
export function formatTollValue(point: Pick<TollPoint, 'value' | 'qualifier' | 'unit'>): string {
  const qualifier = point.qualifier ? `${point.qualifier[0]!.toUpperCase()}${point.qualifier.slice(1)} ` : '';
  return `${qualifier}${number.format(point.value)}${point.unit ? ` ${point.unit}` : ''}`;
}

/** A short name for who reported a figure: the text before the first comma, at most `max` characters, cut between words. */
export function shortReporter(reportedBy: string, max = 28): string {
  const head = reportedBy.split(/,|;| via /)[0]!.trim();
  if (head.length <= max) return head;
  // Cut at the last whole word that fits.
  const cut = head.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Most reports one chart and its table show; the CSV has every report. Keeps the page bounded at any archive size. */
export const TOLL_PAGE_POINTS = 40;

/** Each metric's latest reports (at most `limit`), with how many there are in all. */
export function latestReportsByMetric(
  points: readonly TollPoint[],
  limit = TOLL_PAGE_POINTS,
): { metric: TollMetric; points: TollPoint[]; total: number }[] {
  return tollByMetric(points).map(({ metric, points: all }) => ({ metric, points: all.slice(-limit), total: all.length }));
}
