import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/content/article';
import { parseCalendarDate } from '../../../lib/dates';
import { tollChart } from '../../../lib/figures/toll-chart';
import { TOLL_CSV_HEADER, tollCsv } from '../../../lib/figures/toll-csv';
import { formatTollValue, isTollMetric, shortReporter, tollByMetric, tollMetricPath, tollPoints, type FigureSource } from '../../../lib/figures/toll';

const day = (text: string) => parseCalendarDate(text)!;
const figure = (metric: Figure['metric'], value: number, asOf: string, reportedBy: string, scope = 'people killed'): Figure => ({
  metric,
  value,
  as_of: day(asOf),
  scope,
  reported_by: reportedBy,
});
const article = (slug: string, figures: Figure[]): FigureSource => ({
  slug,
  title: `Story ${slug}`,
  path: `/articles/${slug}`,
  published: day('2020-01-01'),
  figures,
});

const articles = [
  article('b', [
    figure('killed', 1048, '2019-07-04', 'World Health Organization'),
    figure('killed', 106, '2019-07-04', 'World Health Organization', 'civilians killed'),
    figure('oil-output', 800000, '2020-01-18', 'NOC'),
  ]),
  article('a', [
    figure('killed', 25, '2019-04-08', 'Health Ministry, via Reuters'),
    figure('killed', 1000, '2019-07-04', 'GNA'),
    figure('displaced', 2800, '2019-04-08', 'OCHA'),
    figure('killed', 1500, '2019-09-01', 'World Health Organization'),
  ]),
];

describe('tollPoints', () => {
  it('keeps every toll report, drops other metrics, orders by metric then date then value', () => {
    const points = tollPoints(articles);
    expect(points.map((p) => `${p.metric} ${p.day} ${p.value}`)).toEqual([
      'killed 2019-04-08 25',
      'killed 2019-07-04 1048',
      'killed 2019-07-04 1000',
      'killed 2019-07-04 106',
      'killed 2019-09-01 1500',
      'displaced 2019-04-08 2800',
    ]);
    expect(points[1]!.article).toEqual({ slug: 'b', title: 'Story b', path: '/articles/b' });
  });

  it('groups by metric in the metrics\' order, keeping each group\'s order, leaving out metrics nobody reported', () => {
    const groups = tollByMetric(tollPoints(articles));
    expect([...groups].map(([metric, points]) => [metric, points.length])).toEqual([
      ['killed', 5],
      ['displaced', 1],
    ]);
    expect(groups.get('killed')!.map((p) => p.value)).toEqual([25, 1048, 1000, 106, 1500]);
    expect(tollByMetric([]).size).toBe(0);
  });

  it('is empty for articles without toll figures', () => {
    expect(tollPoints([article('x', [figure('oil-output', 1, '2019-04-08', 'NOC')]), article('y', [])])).toEqual([]);
  });
});

describe('tollChart', () => {
  const points = tollByMetric(tollPoints(articles)).get('killed')!;
  const chart = tollChart(points, { width: 480, height: 300 });

  it('maps zero to the bottom of the plot and the largest value near the top', () => {
    expect(chart.yTicks[0]).toEqual({ at: chart.plot.bottom, label: '0' });
    const top = chart.points.find((p) => p.n === 5)!;
    expect(top.y).toBeGreaterThanOrEqual(chart.plot.top);
    expect(top.y).toBeLessThan(chart.plot.bottom / 2);
  });

  it('runs time left to right inside the plot', () => {
    const xs = [chart.points[0]!.x, chart.points[2]!.x, chart.points[4]!.x];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThan(chart.plot.left);
      expect(p.x).toBeLessThan(chart.plot.right);
    }
  });

  it('sets reports of the same day side by side, each at its own value (never averaged)', () => {
    const sameDay = chart.points.slice(1, 4);
    expect(new Set(sameDay.map((p) => p.x)).size).toBe(3);
    expect(sameDay.map((p) => p.y)).toEqual([...sameDay.map((p) => p.y)].sort((a, b) => a - b));
    // Heights above the baseline keep the reported values' ratios.
    const height = (p: { y: number }) => chart.plot.bottom - p.y;
    expect(height(sameDay[0]!) / height(sameDay[2]!)).toBeCloseTo(1048 / 106, 1);
    expect(height(sameDay[0]!) / height(sameDay[1]!)).toBeCloseTo(1048 / 1000, 1);
  });

  it('links every point to its story', () => {
    expect(chart.points.map((p) => p.href)).toEqual(['/articles/a', '/articles/b', '/articles/a', '/articles/b', '/articles/a']);
  });

  it('joins only reports of the same scope by the same source', () => {
    // WHO "people killed" on July 4 and September 1.
    expect(chart.lines).toHaveLength(1);
  });

  it('labels points with value and source, or their number, without overlaps', () => {
    const labelled = chart.points.filter((p) => p.label);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.some((p) => p.label!.text.includes('World Health Organization'))).toBe(true);
  });

  it('numbers points from `first`, keeping each label with its own report', () => {
    const later = tollChart(points, { first: 36 });
    expect(later.points.map((p) => p.n)).toEqual([36, 37, 38, 39, 40]);
    expect(later.points.some((p) => p.label)).toBe(true);
    for (const [i, point] of later.points.entries()) {
      if (!point.label) continue;
      // A full label starts with the point's own value; a fallback label is its number.
      const value = formatTollValue(points[i]!).replace(/^(At least|More than|About|Up to) /, '');
      expect(point.label.text === `${point.n}` || point.label.text.startsWith(`${value} `), point.label.text).toBe(true);
    }
  });

  it('has month ticks', () => {
    expect(chart.xTicks.length).toBeGreaterThan(1);
    expect(chart.xTicks[0]!.label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  });

  it('labels the ticks of a short span by day, never the same label twice', () => {
    for (const span of [[points[0]!], points.slice(1, 4)]) {
      const labels = tollChart(span).xTicks.map((t) => t.label);
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.length).toBeLessThanOrEqual(6);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe('tollCsv', () => {
  it('writes one row per report with absolute links', () => {
    const csv = tollCsv(tollPoints(articles), (path) => `https://example.org${path}`);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(TOLL_CSV_HEADER.join(','));
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('killed,,25,,2019-04-08,people killed,"Health Ministry, via Reuters",Story a,https://example.org/articles/a');
  });
});

describe('shortReporter', () => {
  it('keeps the name before the first comma and shortens long ones', () => {
    expect(shortReporter('UNSMIL, via OCHA')).toBe('UNSMIL');
    expect(shortReporter('IOM Displacement Tracking Matrix', 20)).toBe('IOM Displacement…');
    expect(shortReporter('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

describe('formatTollValue, isTollMetric, tollMetricPath', () => {
  it('writes the qualifier, the number with separators and the unit', () => {
    expect(formatTollValue({ value: 1048, qualifier: 'at least' })).toBe('At least 1,048');
    expect(formatTollValue({ value: 5, unit: 'families' })).toBe('5 families');
  });

  it('knows the toll metrics only', () => {
    expect(isTollMetric('killed')).toBe(true);
    expect(isTollMetric('oil-output')).toBe(false);
    expect(isTollMetric('page')).toBe(false);
  });

  it("gives a metric's page 1 its own address and later pages /page/<n>", () => {
    expect(tollMetricPath('killed')).toBe('/libya/figures/killed');
    expect(tollMetricPath('bodies-found', 1)).toBe('/libya/figures/bodies-found');
    expect(tollMetricPath('wounded', 3)).toBe('/libya/figures/wounded/page/3');
  });
});
