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

/** A metric's reports, oldest first, by metric in TOLL_METRICS order; metrics with no reports are left out. */
export type TollByMetric = ReadonlyMap<TollMetric, readonly TollPoint[]>;

/** The points (in tollPoints order) grouped by metric, in one pass. */
export function tollByMetric(points: readonly TollPoint[]): TollByMetric {
  const groups = new Map<TollMetric, TollPoint[]>();
  for (const point of points) {
    const group = groups.get(point.metric);
    if (group) group.push(point);
    else groups.set(point.metric, [point]);
  }
  return new Map(TOLL_METRICS.flatMap((metric) => (groups.has(metric) ? [[metric, groups.get(metric)!] as const] : [])));
}

/** The toll overview: every metric's latest reports, each linking to its own page. */
export const TOLL_OVERVIEW_PATH = '/libya/figures';

/** Page `page` of a metric's reports: /libya/figures/<metric>, then /libya/figures/<metric>/page/<n>. */
export function tollMetricPath(metric: TollMetric, page = 1): string {
  return page === 1 ? `${TOLL_OVERVIEW_PATH}/${metric}` : `${TOLL_OVERVIEW_PATH}/${metric}/page/${page}`;
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
