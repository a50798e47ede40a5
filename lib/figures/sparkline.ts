import { scaleLinear, scaleUtc } from 'd3-scale';
import type { TollPoint } from './toll';

export const SPARKLINE_WIDTH = 240;
export const SPARKLINE_HEIGHT = 56;
/** Room around the plot for the dots' round caps. */
const INSET = 4;

export type Sparkline = {
  width: number;
  height: number;
  /** y of the zero line. */
  baseline: number;
  /**
   * Every report as a dot: a zero-length segment drawn with a round cap (one
   * short path instead of an element per report). Reports that fall on the
   * same spot share one dot.
   */
  dots: string;
  /** Smallest and largest number shown, and the as-of dates of the first and last report. */
  min: number;
  max: number;
  from: Date;
  to: Date;
};

/**
 * A small picture of a metric's reports over time (points oldest first, at
 * least one): time left to right, zero at the bottom. Reports of the same
 * day stay separate dots, never averaged. Undefined for no points.
 */
export function sparkline(points: readonly TollPoint[], width = SPARKLINE_WIDTH, height = SPARKLINE_HEIGHT): Sparkline | undefined {
  if (points.length === 0) return undefined;
  const from = points[0]!.asOf;
  const to = points.at(-1)!.asOf;
  const values = points.map((p) => p.value);
  const max = Math.max(...values);
  // A single day sits in the middle.
  const x =
    from.getTime() === to.getTime()
      ? () => width / 2
      : scaleUtc().domain([from, to]).range([INSET, width - INSET]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([height - INSET, INSET]);
  // Whole units are precise enough at this size and keep the path short; a dot drawn twice looks the same, so once is enough.
  const dots = [...new Set(points.map((p) => `M${Math.round(x(p.asOf))} ${Math.round(y(p.value))}h0`))].join('');
  return { width, height, baseline: height - INSET, dots, min: Math.min(...values), max, from, to };
}
