import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { placeLabels, type Anchor } from '../maps/label-placement';
import { formatTollValue, shortReporter, type TollPoint } from './toll';

/**
 * Drawn for a phone: a 375 px screen shows the chart about 340 px wide, so its 11-unit labels are
 * read at 11 px (drawn 480 wide they were 8 px). Wider screens show it at most 30rem (480 px)
 * wide (app/styles/charts.css), labels at about 15 px.
 */
export const CHART_WIDTH = 340;
export const CHART_HEIGHT = 250;
export const CHART_MARGIN = { top: 16, right: 12, bottom: 32, left: 44 };
export const CHART_LABEL_SIZE = 11;
const POINT_RADIUS = 4.5;
/** Centre-to-centre gap between reports of the same day, drawn side by side. */
const DODGE = POINT_RADIUS * 2 + 3;

export type ChartPoint = {
  /** The report's number, matching the row of the data table (1-based, counted from `first`). */
  n: number;
  x: number;
  y: number;
  r: number;
  href: string;
  label?: { x: number; y: number; anchor: Anchor; width: number; text: string };
};

export type Tick = { at: number; label: string };

export type TollChart = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** Path data joining reports of the same series (same scope, same reporter) over time. */
  lines: string[];
  points: ChartPoint[];
};

const libya = tz('Africa/Tripoli');
/** d3 may give more ticks than asked for; more than this crowd the axis. */
const MAX_X_TICKS = 6;

/** Every other item, then every third…, until at most `max` are left. */
function thin<T>(items: readonly T[], max: number): T[] {
  const step = Math.ceil(items.length / max);
  return items.filter((_, i) => i % step === 0);
}
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Series key: reports that count the same thing by the same source may be joined by a line. */
function seriesKey(point: TollPoint): string {
  return `${point.scope}\u0000${point.reportedBy}`;
}

type ChartOptions = {
  /** Number of the first point (a page of a metric's reports numbers on from the pages before). */
  first?: number;
  width?: number;
  height?: number;
};

/**
 * A scatter of reports over time for one metric (points in the order
 * tollPoints gives). Reports for the same day sit side by side, never
 * averaged; each is labelled with its value and who reported it where
 * there is room, else with its number in the table.
 */
export function tollChart(
  points: readonly TollPoint[],
  { first = 1, width = CHART_WIDTH, height = CHART_HEIGHT }: ChartOptions = {},
): TollChart {
  const plot = {
    left: CHART_MARGIN.left,
    top: CHART_MARGIN.top,
    right: width - CHART_MARGIN.right,
    bottom: height - CHART_MARGIN.bottom,
  };
  const times = points.map((p) => p.asOf.getTime());
  const earliest = Math.min(...times);
  const latest = Math.max(...times);
  // A single day gets a month either side, so it sits in the middle.
  const pad = latest === earliest ? 30 * 86_400_000 : (latest - earliest) * 0.06;
  const x = scaleUtc()
    .domain([new Date(earliest - pad), new Date(latest + pad)])
    .range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...points.map((p) => p.value))])
    .nice(4)
    .range([plot.bottom, plot.top]);

  const byDay = new Map<string, number>();
  for (const p of points) byDay.set(p.day, (byDay.get(p.day) ?? 0) + 1);
  const seen = new Map<string, number>();
  const chartPoints: ChartPoint[] = points.map((p, index) => {
    const count = byDay.get(p.day)!;
    const i = seen.get(p.day) ?? 0;
    seen.set(p.day, i + 1);
    return {
      n: first + index,
      x: round1(x(p.asOf) + (i - (count - 1) / 2) * DODGE),
      y: round1(y(p.value)),
      r: POINT_RADIUS,
      href: p.article.path,
    };
  });

  const request = (point: ChartPoint, text: string, priority: number) => ({
    id: String(point.n),
    x: point.x,
    y: point.y,
    radius: point.r,
    text,
    fontSize: CHART_LABEL_SIZE,
    priority,
  });
  const fullText = (p: TollPoint) => `${formatTollValue(p).replace(/^(At least|More than|About|Up to) /, '')} ${shortReporter(p.reportedBy)}`;
  const area = { left: plot.left, top: 0, width: width - plot.left, height: plot.bottom };
  const inArea = (requests: ReturnType<typeof request>[]) =>
    requests.map((r) => ({ ...r, x: r.x - area.left }));
  const firstPass = placeLabels(
    inArea(chartPoints.map((point, i) => request(point, fullText(points[i]!), points[i]!.value))),
    area.width,
    area.height,
  );
  const placedBoxes = firstPass.placed.map((l) => l.box);
  const unlabelled = (point: ChartPoint) => firstPass.dropped.includes(String(point.n));
  const second = placeLabels(
    inArea(chartPoints.filter(unlabelled).map((point) => request(point, `${point.n}`, 0))),
    area.width,
    area.height,
    placedBoxes,
    // The points labelled in the first pass: a number must not sit on or beside one of them.
    inArea(chartPoints.filter((point) => !unlabelled(point)).map((point) => request(point, '', 0))),
  );
  const labels = new Map(
    [
      ...firstPass.placed.map((l) => ({ ...l, text: fullText(points[Number(l.id) - first]!) })),
      ...second.placed.map((l) => ({ ...l, text: l.id })),
    ].map((l) => [l.id, { x: round1(l.x + area.left), y: l.y, anchor: l.anchor, width: l.width, text: l.text }]),
  );
  for (const point of chartPoints) {
    const label = labels.get(String(point.n));
    if (label) point.label = label;
  }

  const series = new Map<string, ChartPoint[]>();
  points.forEach((p, i) => {
    const key = seriesKey(p);
    series.set(key, [...(series.get(key) ?? []), chartPoints[i]!]);
  });
  const path = line<ChartPoint>()
    .x((p) => p.x)
    .y((p) => p.y)
    .digits(1);
  const lines = [...series.values()]
    .filter((s) => new Set(s.map((p) => p.x)).size > 1)
    .map((s) => path(s) ?? '');

  return {
    width,
    height,
    plot,
    // Month ticks; a span of a few months or less is labelled by day, so no two ticks read the same.
    xTicks: thin(x.ticks(width < 400 ? 3 : 5), MAX_X_TICKS).map((t) => ({
      at: round1(x(t)),
      label: format(t, latest - earliest + 2 * pad < 120 * 86_400_000 ? 'MMM d' : 'MMM yyyy', { in: libya }),
    })),
    yTicks: y.ticks(4).map((t) => ({ at: round1(y(t)), label: compact.format(t) })),
    lines,
    points: chartPoints,
  };
}
